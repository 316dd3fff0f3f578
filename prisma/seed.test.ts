import { execSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { buildDemoData, demoLogins, demoPassword } from './demo-data.ts'
import { demoStakeholders } from './demo-network.ts'

// The database module reads DATABASE_URL once, when it is first imported: set it before that.
const tmpDir = mkdtempSync(path.join(os.tmpdir(), 'werkverbinder-seed-'))
const databaseUrl = `file:${path.join(tmpDir, 'seed.db')}`
process.env.DATABASE_URL = databaseUrl

const { prisma } = await import('#app/utils/db.server.ts')
const { getEnv } = await import('#app/utils/env.server.ts')
const { verifyPassword } = await import('#app/domain/auth/password.server.ts')
const { seedDemoData } = await import('./seed.server.ts')
const { getPlacementPlanSummary } = await import('#app/domain/plans/placement-plan-summary.server.ts')
const { checklistFor } = await import('#app/domain/plans/checklists.ts')
const { amsterdamDate } = await import('#app/utils/amsterdam-time.ts')

type Summary = Awaited<ReturnType<typeof seedDemoData>>

/** Every row the seed writes, with its timestamps, so any write on a second run shows up. */
async function snapshot() {
	return {
		users: await prisma.user.findMany({ orderBy: { email: 'asc' } }),
		passwords: await prisma.password.findMany({ orderBy: { userId: 'asc' } }),
		organizations: await prisma.organization.findMany({ orderBy: { id: 'asc' } }),
		memberships: await prisma.membership.findMany({ orderBy: { id: 'asc' } }),
		contactPersons: await prisma.contactPerson.findMany({ orderBy: { id: 'asc' } }),
	}
}

let first: Summary
let second: Summary
let afterFirst: Awaited<ReturnType<typeof snapshot>>
let afterSecond: Awaited<ReturnType<typeof snapshot>>

beforeAll(async () => {
	execSync('npx prisma migrate deploy', {
		env: { ...process.env, DATABASE_URL: databaseUrl },
		stdio: 'pipe',
	})
	first = await seedDemoData()
	afterFirst = await snapshot()
	second = await seedDemoData()
	afterSecond = await snapshot()
}, 120_000)

afterAll(async () => {
	await prisma.$disconnect()
	rmSync(tmpDir, { recursive: true, force: true })
})

describe('seedDemoData', () => {
	test('uses the temporary database', () => {
		expect(getEnv().DATABASE_URL).toBe(databaseUrl)
	})

	test('loads the whole demo data set', () => {
		const data = buildDemoData()
		const employerAccounts = data.employers.filter((employer) => employer.accountHolder).length
		const contactPersons = [...data.employers, ...demoStakeholders].reduce(
			(sum, organization) => sum + organization.contactPersons.length,
			0,
		)
		expect(first).toMatchObject({
			organizations: data.employers.length + demoStakeholders.length + 2,
			users: 1 + data.coachingOrganization.members.length + employerAccounts,
			contactPersons,
		})
		expect(afterFirst.organizations).toHaveLength(first.organizations)
		expect(afterFirst.users).toHaveLength(first.users)
		expect(afterFirst.passwords).toHaveLength(first.users)
		expect(afterFirst.memberships).toHaveLength(first.users)
		expect(afterFirst.contactPersons).toHaveLength(first.contactPersons)
		expect(first.changes.updated).toBe(0)
	})

	test('is idempotent: a second run writes nothing and duplicates nothing', () => {
		expect(second).toEqual({ ...first, changes: { created: 0, updated: 0 } })
		expect(afterSecond).toEqual(afterFirst)
	})

	test('hashes the password once: every account shares the same hash', () => {
		expect(new Set(afterFirst.passwords.map((password) => password.hash)).size).toBe(1)
	})

	test('has one confirmed login per role, with the right membership role and organisation kind', async () => {
		const kindForRole = { ADMIN: 'PLATFORM', COORDINATOR: 'COACHING', JOBCOACH: 'COACHING', EMPLOYER: 'EMPLOYER' }
		const logins = demoLogins()
		expect(logins.map((login) => login.role).sort()).toEqual(['ADMIN', 'COORDINATOR', 'EMPLOYER', 'JOBCOACH'])
		for (const login of logins) {
			const user = await prisma.user.findUnique({
				where: { email: login.email },
				include: { memberships: { include: { organization: true } } },
			})
			expect(user, login.email).not.toBeNull()
			expect(user?.emailVerifiedAt).toBeInstanceOf(Date)
			expect(user?.disabledAt).toBeNull()
			expect(user?.memberships).toHaveLength(1)
			expect(user?.memberships[0]?.role).toBe(login.role)
			expect(user?.memberships[0]?.organization.kind).toBe(kindForRole[login.role])
		}
		const platform = await prisma.organization.findMany({ where: { kind: 'PLATFORM' } })
		expect(platform.map((organization) => organization.name)).toEqual(['Werkverbinder'])
	})

	test('the demo password verifies for the employer login', async () => {
		const employer = demoLogins().find((login) => login.role === 'EMPLOYER')
		const password = await prisma.password.findFirst({ where: { user: { email: employer?.email } } })
		expect(password).not.toBeNull()
		expect(await verifyPassword(password?.hash ?? '', demoPassword)).toBe(true)
		expect(await verifyPassword(password?.hash ?? '', 'wrong-password')).toBe(false)
	})

	test('every employer has a unique KvK number and at least one contact person', async () => {
		const employers = await prisma.organization.findMany({
			where: { kind: 'EMPLOYER' },
			include: { _count: { select: { contactPersons: true } } },
		})
		expect(employers).toHaveLength(buildDemoData().employers.length)
		const kvkNumbers = employers.map((employer) => employer.kvkNumber)
		for (const kvkNumber of kvkNumbers) expect(kvkNumber).toMatch(/^\d{8}$/)
		expect(new Set(kvkNumbers).size).toBe(employers.length)
		for (const employer of employers) expect(employer._count.contactPersons, employer.name).toBeGreaterThanOrEqual(1)
	})

	test('gives the work-experience placement a plan with a review, two agreement versions and a checklist', async () => {
		const placement = await prisma.placement.findFirstOrThrow({
			where: { place: { type: 'WORK_EXPERIENCE' } },
			include: {
				supportPlan: {
					include: {
						goals: true,
						reviewDates: true,
						reviews: { include: { goalProgress: true } },
					},
				},
				agreements: { orderBy: { version: 'asc' }, include: { acceptances: true } },
				checklistItems: true,
			},
		})
		const plan = placement.supportPlan
		expect(plan).toMatchObject({ funder: 'MUNICIPALITY', funderName: 'Gemeente Doetinchem' })
		expect(plan?.intensityMethod).toBe('PERCENT_OF_CONTRACT')
		expect(plan?.goals.map((goal) => goal.text).every((text) => text.startsWith('Ik wil'))).toBe(true)
		expect(plan?.reviewDates.length).toBeGreaterThanOrEqual(2)
		expect(plan?.reviews).toHaveLength(1)
		expect(plan?.reviews[0]).toMatchObject({ kind: 'REVIEW', decision: 'CONTINUE' })
		expect(plan?.reviews[0]?.goalProgress).toHaveLength(plan?.goals.length ?? -1)

		const [version1, version2] = placement.agreements
		expect(placement.agreements).toHaveLength(2)
		expect(version1).toMatchObject({ version: 1, status: 'ACCEPTED' })
		expect(version1?.lockedAt).toBeInstanceOf(Date)
		expect(version1?.acceptances.filter((acceptance) => acceptance.acceptedAt)).toHaveLength(3)
		expect(version2).toMatchObject({ version: 2, status: 'PENDING', lockedAt: null })
		const waiting = version2?.acceptances.filter((acceptance) => !acceptance.acceptedAt).map((row) => row.party)
		expect(waiting).toEqual(['EMPLOYER'])

		const steps = checklistFor('WORK_EXPERIENCE').map((step) => step.key) as string[]
		expect(placement.checklistItems).toHaveLength(3)
		for (const item of placement.checklistItems) expect(steps).toContain(item.itemKey)

		// The placement page's section reads the same rows.
		const summary = await getPlacementPlanSummary(placement.id, 'WORK_EXPERIENCE', amsterdamDate(new Date()))
		expect(summary.plan.state).toBe('review-planned')
		expect(summary.agreement).toMatchObject({ state: 'pending', version: 2, waitingFor: ['EMPLOYER'] })
		expect(summary.agreement.state === 'pending' && summary.agreement.inForce?.version).toBe(1)
	})
})
