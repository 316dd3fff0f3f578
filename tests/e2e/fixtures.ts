/**
 * Shared e2e fixtures. `./env.ts` must stay the first import: it points DATABASE_URL at the e2e
 * database before the app modules below create their Prisma client.
 */
import { e2eBaseUrl } from './env.ts'
import { AxeBuilder } from '@axe-core/playwright'
import { test as base, expect, type BrowserContext, type ConsoleMessage, type Page } from '@playwright/test'
import { prisma } from '#app/utils/db.server.ts'
import { createSession, serializeSessionCookie } from '#app/utils/session.server.ts'

export { expect }
export { prisma }

export const demoPassword = 'werkverbinder-demo'
export const demoLogins = {
	admin: 'beheer@werkverbinder.test',
	coordinator: 'netwerk@wisselplaats.test',
	jobcoach: 'jobcoach@wisselplaats.test',
	employer: 'werkgever@hofje.test',
	otherEmployer: 'werkgever@wilgenhoek.test',
} as const

export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

type AxeResults = Awaited<ReturnType<AxeBuilder['analyze']>>

function describeViolations(violations: AxeResults['violations']) {
	return violations.map((violation) => {
		const nodes = violation.nodes.map(
			(node) => `    - ${node.target.join(' ')}\n      ${node.failureSummary?.replace(/\n/g, '\n      ') ?? ''}`,
		)
		return `${violation.id} [${violation.impact ?? 'n/a'}] ${violation.help} (${violation.helpUrl})\n${nodes.join('\n')}`
	})
}

/** Runs axe (WCAG 2.1 A + AA) on the page as it is now and fails with the rule ids and targets. */
export async function expectNoAxeViolations(page: Page) {
	await waitForHydration(page)
	const results = await new AxeBuilder({ page }).withTags(axeTags).analyze()
	expect(describeViolations(results.violations), `axe violations on ${page.url()}`).toEqual([])
}

/**
 * Resolves once React has hydrated the document (event handlers are attached to the DOM nodes).
 * Remix renders on the server first, so without this a test could interact with inert markup.
 */
export async function waitForHydration(page: Page) {
	await page.waitForFunction(() => {
		const main = document.getElementById('main') ?? document.body
		return '__remixRouter' in window && Object.keys(main).some((key) => key.startsWith('__reactProps$'))
	})
}

/** Console messages that mean the Content Security Policy blocked something. */
export function isCspMessage(message: string) {
	return /Content[ -]Security[ -]Policy|Refused to (execute|load|apply|connect|frame|evaluate)/i.test(message)
}

type PageProblems = { csp: string[]; errors: string[]; serverErrors: string[] }

/** Collects console errors, uncaught exceptions and 5xx answers of one page. */
function watchPage(page: Page, problems: PageProblems) {
	page.on('response', (response) => {
		if (response.status() >= 500)
			problems.serverErrors.push(`${response.status()} ${response.request().method()} ${response.url()}`)
	})
	page.on('console', (message: ConsoleMessage) => {
		if (message.type() !== 'error') return
		const text = `${message.text()} (${message.location().url || page.url()})`
		if (isCspMessage(message.text())) problems.csp.push(text)
		// A failed resource load (e.g. the 404 page's own status) is expected in the access tests.
		else if (!/^Failed to load resource/.test(message.text())) problems.errors.push(text)
	})
	page.on('pageerror', (error) => problems.errors.push(`uncaught: ${error.message} (${page.url()})`))
}

export type LoginResult = { userId: string; sessionId: string; cookieValue: string }

type Fixtures = {
	/** Signs a user in by creating a session in the database and setting its cookie (default: this test's context). */
	login: (email: string, context?: BrowserContext) => Promise<LoginResult>
	/** A unique address on the reserved .test domain; the account, organisation and mail made for it are removed afterwards. */
	uniqueEmail: (label: string) => string
	/** A new, logged-out browser context and page (for a second person), watched like `page`. */
	newVisitor: () => Promise<Page>
	/** Fails the test on CSP errors, other console errors, uncaught exceptions and 5xx answers of every page it opened. */
	pageProblems: PageProblems
}

// The second fixture argument is called `provide` (Playwright's docs say `use`) so the React hooks
// lint rule does not mistake it for React's use().
export const test = base.extend<Fixtures>({
	pageProblems: [
		async ({ context }, provide) => {
			const problems: PageProblems = { csp: [], errors: [], serverErrors: [] }
			for (const page of context.pages()) watchPage(page, problems)
			context.on('page', (page) => watchPage(page, problems))
			await provide(problems)
			expect(problems.csp, 'Content Security Policy violations in the browser console').toEqual([])
			expect(problems.errors, 'console errors or uncaught exceptions in the browser').toEqual([])
			expect(problems.serverErrors, 'responses with a 5xx status').toEqual([])
		},
		{ auto: true },
	],

	newVisitor: async ({ browser, pageProblems }, provide) => {
		const contexts: BrowserContext[] = []
		await provide(async () => {
			const context = await browser.newContext({ baseURL: e2eBaseUrl, locale: 'nl-NL' })
			contexts.push(context)
			const page = await context.newPage()
			watchPage(page, pageProblems)
			return page
		})
		for (const context of contexts) await context.close()
	},

	login: async ({ context }, provide) => {
		const sessionIds: string[] = []
		await provide(async (email, target = context) => {
			const user = await prisma.user.findUnique({ where: { email: email.toLowerCase() }, select: { id: true } })
			if (!user) throw new Error(`login fixture: no user with email ${email}`)
			const { token, session } = await createSession(user.id, 'Playwright e2e')
			sessionIds.push(session.id)
			const serialized = await serializeSessionCookie(token, session.expiresAt)
			const [pair] = serialized.split(';')
			const separator = pair?.indexOf('=') ?? -1
			if (!pair || separator < 0) throw new Error(`login fixture: unexpected cookie ${serialized}`)
			const cookieValue = pair.slice(separator + 1)
			await target.addCookies([
				{
					name: pair.slice(0, separator),
					value: cookieValue,
					domain: 'localhost',
					path: '/',
					httpOnly: true,
					secure: /;\s*Secure/i.test(serialized),
					sameSite: 'Lax',
					expires: Math.floor(session.expiresAt.getTime() / 1000),
				},
			])
			return { userId: user.id, sessionId: session.id, cookieValue }
		})
		await prisma.session.deleteMany({ where: { id: { in: sessionIds } } })
	},

	// Playwright requires the object pattern even when no other fixture is needed.
	// eslint-disable-next-line no-empty-pattern
	uniqueEmail: async ({}, provide, testInfo) => {
		const addresses: string[] = []
		await provide((label) => {
			const suffix = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`
			const address = `e2e-${label}-${testInfo.workerIndex}-${suffix}@werkverbinder.test`.toLowerCase()
			addresses.push(address)
			return address
		})
		if (addresses.length === 0) return
		const users = await prisma.user.findMany({
			where: { email: { in: addresses } },
			select: { id: true, memberships: { select: { organizationId: true } } },
		})
		const organizationIds = users.flatMap((user) => user.memberships.map((membership) => membership.organizationId))
		await prisma.user.deleteMany({ where: { id: { in: users.map((user) => user.id) } } })
		// Organisations they made (employer sign-up) go too, once nobody else belongs to them.
		await prisma.organization.deleteMany({
			where: { id: { in: organizationIds }, kind: 'EMPLOYER', memberships: { none: {} } },
		})
		await prisma.invitation.deleteMany({ where: { email: { in: addresses } } })
		await prisma.emailMessage.deleteMany({ where: { to: { in: addresses } } })
	},
})

/**
 * The newest outbox message to an address. Same query as findLatestEmailTo() in
 * app/utils/email.server.ts, which cannot be imported here: it pulls in the email templates, whose
 * JSON imports (no `with { type: 'json' }`) Playwright's ESM loader rejects.
 */
export function findLatestEmailTo(address: string) {
	return prisma.emailMessage.findFirst({
		where: { to: address.trim().toLowerCase() },
		orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
	})
}

/** The organisation id of the first membership of a user (looked up in the e2e database). */
export async function organizationIdOf(email: string) {
	const membership = await prisma.membership.findFirst({
		where: { user: { email } },
		orderBy: { createdAt: 'asc' },
		select: { organizationId: true },
	})
	if (!membership) throw new Error(`no membership for ${email}`)
	return membership.organizationId
}
