import { beforeAll, describe, expect, it } from 'vitest'
import * as extendRoute from '#app/routes/plek-verlengen.tsx'
import * as editRoute from '#app/routes/werkgever.plekken.$placeId.bewerken.tsx'
import * as placeRoute from '#app/routes/werkgever.plekken.$placeId._index.tsx'
import * as listRoute from '#app/routes/werkgever.plekken._index.tsx'
import * as newRoute from '#app/routes/werkgever.plekken.nieuw.tsx'
import * as homeRoute from '#app/routes/werkgever._index.tsx'
import { prisma } from '#app/utils/db.server.ts'
import { roles, type Role } from '#app/utils/permissions.ts'
import {
	callRoute,
	createSessionCookie,
	createUser,
	expectLoginRedirect,
	expectRefused,
	makeRequest,
} from '#tests/factories.ts'

type RouteModule = Parameters<typeof callRoute>[0]
type Actor = Role | 'anonymous' | 'other employer'

const cookies = {} as Record<Role | 'other employer', string>
let ownPlaceId = ''
let ownTitle = ''

beforeAll(async () => {
	let ownOrganizationId = ''
	for (const role of roles) {
		const { user, organization } = await createUser({ role })
		cookies[role] = await createSessionCookie(user.id)
		if (role === 'EMPLOYER') ownOrganizationId = organization.id
	}
	// Another employer organisation, whose member tries to reach the first one's place.
	cookies['other employer'] = await createSessionCookie((await createUser({ role: 'EMPLOYER' })).user.id)
	const place = await prisma.place.create({
		data: {
			organizationId: ownOrganizationId,
			type: 'WORK_EXPERIENCE',
			title: 'Alleen voor de eigen organisatie',
			description: 'Een plek',
			hoursMin: 8,
			hoursMax: 16,
		},
	})
	ownPlaceId = place.id
	ownTitle = place.title
})

const placeForm = {
	type: 'WORK_EXPERIENCE',
	title: 'Gewijzigd door een ander',
	description: 'Een plek',
	locationMode: 'TOWN',
	town: 'Ulft',
	workMode: 'ON_SITE',
	hoursMin: '8',
	hoursMax: '16',
	spots: '1',
}

type Case = {
	name: string
	module: RouteModule
	method: 'GET' | 'POST'
	path: (placeId: string) => string
	withPlace: boolean
	form?: Record<string, string>
	/** What the own organisation's employer gets. */
	ownEmployer: 200 | 302 | 400
}

const cases: Case[] = [
	{
		name: 'start page',
		module: homeRoute,
		method: 'GET',
		path: () => '/werkgever',
		withPlace: false,
		ownEmployer: 200,
	},
	{
		name: 'list',
		module: listRoute,
		method: 'GET',
		path: () => '/werkgever/plekken',
		withPlace: false,
		ownEmployer: 200,
	},
	{
		name: 'new form',
		module: newRoute,
		method: 'GET',
		path: () => '/werkgever/plekken/nieuw',
		withPlace: false,
		ownEmployer: 200,
	},
	{
		name: 'new post',
		module: newRoute,
		method: 'POST',
		path: () => '/werkgever/plekken/nieuw',
		withPlace: false,
		form: { title: '' },
		ownEmployer: 400,
	},
	{
		name: 'place page',
		module: placeRoute,
		method: 'GET',
		path: (id) => `/werkgever/plekken/${id}`,
		withPlace: true,
		ownEmployer: 200,
	},
	{
		name: 'place action',
		module: placeRoute,
		method: 'POST',
		path: (id) => `/werkgever/plekken/${id}`,
		withPlace: true,
		form: { intent: 'pause' },
		ownEmployer: 400,
	},
	{
		name: 'edit form',
		module: editRoute,
		method: 'GET',
		path: (id) => `/werkgever/plekken/${id}/bewerken`,
		withPlace: true,
		ownEmployer: 200,
	},
	{
		name: 'edit post',
		module: editRoute,
		method: 'POST',
		path: (id) => `/werkgever/plekken/${id}/bewerken`,
		withPlace: true,
		form: { ...placeForm, title: '' },
		ownEmployer: 400,
	},
]

function run(testCase: Case, actor: Actor, placeId = ownPlaceId) {
	const path = testCase.path(placeId)
	return callRoute(testCase.module, {
		request: makeRequest(path, {
			method: testCase.method,
			form: testCase.method === 'POST' ? testCase.form : undefined,
			cookie: actor === 'anonymous' ? null : cookies[actor],
		}),
		params: testCase.withPlace ? { placeId } : {},
	})
}

describe('employer place pages', () => {
	const staff: Role[] = ['JOBCOACH', 'COORDINATOR', 'ADMIN']
	const matrix = cases.flatMap((testCase) => [
		{ ...testCase, actor: 'anonymous' as const, outcome: 'login redirect' },
		...staff.map((actor) => ({ ...testCase, actor, outcome: '403' })),
		{ ...testCase, actor: 'EMPLOYER' as const, outcome: String(testCase.ownEmployer) },
	])

	it.each(matrix)('$name ($method) as $actor → $outcome', async ({ actor, ...testCase }) => {
		const result = await run(testCase, actor)
		if (actor === 'anonymous') {
			expectLoginRedirect(result, testCase.path(ownPlaceId))
		} else if (actor === 'EMPLOYER') {
			expect(result.status).toBe(testCase.ownEmployer)
			expect(result.thrown).toBe(false)
		} else {
			expectRefused(result, 403)
		}
	})

	const placeCases = cases.filter((testCase) => testCase.withPlace)
	it.each(placeCases)(
		'$name ($method): another organisation’s place is a 404, and nothing changes',
		async (testCase) => {
			const before = await prisma.place.findUniqueOrThrow({ where: { id: ownPlaceId } })
			const foreign = await run(
				{ ...testCase, form: testCase.name === 'edit post' ? placeForm : testCase.form },
				'other employer',
			)
			expectRefused(foreign, 404)
			expect(await prisma.place.findUniqueOrThrow({ where: { id: ownPlaceId } })).toEqual(before)
			expect(before.title).toBe(ownTitle)
			expect(await prisma.auditEvent.count({ where: { entityId: ownPlaceId } })).toBe(0)
		},
	)

	it.each(placeCases)('$name ($method): an unknown or malformed id is the same 404', async (testCase) => {
		for (const placeId of ['cm0000000000000000000000a', 'not-a-cuid', '../werkgever']) {
			expectRefused(await run(testCase, 'EMPLOYER', placeId), 404)
		}
	})
})

describe('the extend link page', () => {
	it('needs no login and tells a visitor without a token that the link is invalid', async () => {
		const result = await callRoute(extendRoute, { request: makeRequest('/plek-verlengen') })
		expect(result.status).toBe(200)
		expect(result.data).toMatchObject({ outcome: 'invalid' })
	})
})
