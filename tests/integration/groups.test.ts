import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { attachOpenTopics, listTopicsForEvent } from '#app/domain/network/group-topics.server.ts'
import * as topicRoute from '#app/routes/klankbord.$token.tsx'
import * as groupRoute from '#app/routes/netwerk.klankbordgroepen.$groupId.tsx'
import * as listRoute from '#app/routes/netwerk.klankbordgroepen._index.tsx'
import * as newRoute from '#app/routes/netwerk.klankbordgroepen.nieuw.tsx'
import { setClock } from '#app/utils/clock.server.ts'
import { prisma } from '#app/utils/db.server.ts'
import {
	createContact,
	createEmployerOrganization,
	createGroupWithMembers,
	createNetworkWorld,
	createPersonalToken,
	createStakeholder,
	signedInByRole,
	type NetworkWorld,
} from '#tests/contact-factories.ts'
import { createGroupSession } from '#tests/event-factories.ts'
import {
	checkMatrixCase,
	emailsTo,
	expectRefused,
	getRoute,
	initialValue,
	loaderData,
	postRoute,
	roleMatrix,
	signInAgain,
	submissionErrors,
	type MatrixCase,
	type SignedInUser,
} from '#tests/factories.ts'

// 09:00 in Amsterdam on Monday 2 March 2026.
const start = new Date('2026-03-02T08:00:00.000Z')
const DAY = 24 * 60 * 60 * 1000
const daysFromStart = (days: number) => new Date(start.getTime() + days * DAY)

let world: NetworkWorld
let employerId = ''
let agencyId = ''

beforeAll(async () => {
	setClock(start)
	world = await createNetworkWorld()
	employerId = (await createEmployerOrganization('Timmerfabriek Oost')).id
	agencyId = (await createStakeholder('Uitzendbureau Aan de Slag')).id
})
beforeEach(() => setClock(start))
afterAll(() => setClock(null))

type ListData = Awaited<ReturnType<typeof listRoute.loader>>
type GroupData = Awaited<ReturnType<typeof groupRoute.loader>>

const groupPath = (groupId: string) => `/netwerk/klankbordgroepen/${groupId}`

async function travelTo(moment: Date) {
	setClock(moment)
	await signInAgain(world.coordinator)
}

function loadGroup(groupId: string, who: SignedInUser = world.coordinator) {
	return getRoute(groupRoute, groupPath(groupId), who.cookie, { groupId })
}

async function groupData(groupId: string) {
	return (await loaderData<GroupData>(groupRoute, groupPath(groupId), world.coordinator.cookie, { groupId })).group
}

function postGroup(groupId: string, form: Record<string, string>) {
	return postRoute(groupRoute, groupPath(groupId), world.coordinator.cookie, form, { groupId })
}

function postNewGroup(form: URLSearchParams) {
	return postRoute(newRoute, '/netwerk/klankbordgroepen/nieuw', world.coordinator.cookie, form)
}

async function listedGroups() {
	return (await loaderData<ListData>(listRoute, '/netwerk/klankbordgroepen', world.coordinator.cookie)).groups
}

function openTopics(token: string) {
	return getRoute(topicRoute, `/klankbord/${token}`, null, { token })
}

function sendTopic(token: string, form: Record<string, string>) {
	return postRoute(topicRoute, `/klankbord/${token}`, null, form, { token })
}

async function twoContacts() {
	return [
		await createContact({ organizationId: employerId, name: 'Anna Timmer' }),
		await createContact({ organizationId: agencyId, name: 'Bas Uitzend' }),
	]
}

describe('starting a group', () => {
	it('creates the group of this network with the chosen contacts as members', async () => {
		const [anna, bas] = await twoContacts()
		const form = new URLSearchParams([
			['name', 'Klankbordgroep Achterhoek'],
			['purpose', 'Samen leren hoe mensen duurzaam aan het werk blijven.'],
			['memberIds', anna!.id],
			['memberIds', bas!.id],
		])
		const result = await postNewGroup(form)
		expect(result.status, JSON.stringify(result.data)).toBe(302)
		const groupId = result.location!.split('/').pop()!
		const group = await prisma.soundingBoardGroup.findUniqueOrThrow({
			where: { id: groupId },
			include: { members: true },
		})
		expect(group).toMatchObject({
			organizationId: world.networkId,
			name: 'Klankbordgroep Achterhoek',
			status: 'ACTIVE',
			createdById: world.coordinator.user.id,
		})
		expect(group.members.map((member) => member.contactPersonId).sort()).toEqual([anna!.id, bas!.id].sort())
	})

	it('refuses a missing name or purpose and unknown members, keeping what was typed', async () => {
		const colleague = await createContact({ organizationId: world.networkId, name: 'Collega' })
		const empty = await postNewGroup(new URLSearchParams({ name: '', purpose: '' }))
		expect(empty.status).toBe(400)
		expect(submissionErrors(empty)).toMatchObject({
			name: ['errors:validation.required'],
			purpose: ['errors:validation.required'],
		})
		const unknown = await postNewGroup(
			new URLSearchParams({ name: 'Groep X', purpose: 'Doel', memberIds: colleague.id }),
		)
		expect(unknown.status).toBe(400)
		expect(submissionErrors(unknown).memberIds).toEqual(['contacts:validation.contactUnknown'])
		expect(initialValue(unknown)).toMatchObject({ name: 'Groep X', purpose: 'Doel' })
		expect(await prisma.soundingBoardGroup.count({ where: { name: 'Groep X' } })).toBe(0)
	})
})

describe('members and status', () => {
	it('adds a member, lets one leave (kept with leftAt) and brings them back', async () => {
		const [anna, bas] = await twoContacts()
		const group = await createGroupWithMembers(world.networkId, [anna!.id])
		expect((await postGroup(group.id, { intent: 'add-member', contactPersonId: bas!.id })).status).toBe(302)
		let data = await groupData(group.id)
		expect(data.activeMembers.map((member) => member.name).sort()).toEqual(['Anna Timmer', 'Bas Uitzend'])

		const annaMember = data.activeMembers.find((member) => member.contactPersonId === anna!.id)!
		await travelTo(daysFromStart(1))
		expect((await postGroup(group.id, { intent: 'remove-member', memberId: annaMember.id })).status).toBe(302)
		const row = await prisma.groupMember.findUniqueOrThrow({ where: { id: annaMember.id } })
		expect(row.leftAt?.toISOString()).toBe(daysFromStart(1).toISOString())
		data = await groupData(group.id)
		expect(data.activeMembers.map((member) => member.name)).toEqual(['Bas Uitzend'])
		expect(data.formerMembers.map((member) => member.name)).toEqual(['Anna Timmer'])
		// Leaving twice, or a member of another group, is not found.
		expect((await postGroup(group.id, { intent: 'remove-member', memberId: annaMember.id })).status).toBe(404)

		expect((await postGroup(group.id, { intent: 'add-member', contactPersonId: anna!.id })).status).toBe(302)
		expect((await prisma.groupMember.findUniqueOrThrow({ where: { id: annaMember.id } })).leftAt).toBeNull()
		expect(await prisma.groupMember.count({ where: { groupId: group.id } })).toBe(2)

		const invalid = await postGroup(group.id, { intent: 'add-member', contactPersonId: 'onbekend' })
		expect(invalid.status).toBe(400)
		expect(submissionErrors(invalid).contactPersonId).toEqual(['contacts:validation.contactUnknown'])
	})

	it('puts the group on hold and back, recording since when', async () => {
		const group = await createGroupWithMembers(world.networkId, [], 'Groep Status')
		await travelTo(daysFromStart(3))
		expect((await postGroup(group.id, { intent: 'set-status', status: 'ON_HOLD' })).status).toBe(302)
		let data = await groupData(group.id)
		expect(data.status).toBe('ON_HOLD')
		expect(new Date(data.statusChangedAt!).toISOString()).toBe(daysFromStart(3).toISOString())
		const listed = (await listedGroups()).find((item) => item.id === group.id)!
		expect(listed).toMatchObject({ status: 'ON_HOLD' })

		// Asking for the status it already has changes nothing (not even the date).
		await travelTo(daysFromStart(4))
		await postGroup(group.id, { intent: 'set-status', status: 'ON_HOLD' })
		expect(new Date((await groupData(group.id)).statusChangedAt!).toISOString()).toBe(daysFromStart(3).toISOString())

		await postGroup(group.id, { intent: 'set-status', status: 'ACTIVE' })
		data = await groupData(group.id)
		expect(data.status).toBe('ACTIVE')
		expect((await postGroup(group.id, { intent: 'set-status', status: 'GONE' })).status).toBe(400)
	})
})

describe('sessions', () => {
	it('shows when the group last met (cancelled sessions do not count) and its next session', async () => {
		const group = await createGroupWithMembers(world.networkId, [], 'Groep Sessies')
		const base = { networkId: world.networkId, groupId: group.id }
		await createGroupSession({ ...base, startsAt: daysFromStart(-60), title: 'Eerste sessie' })
		const lastHeld = await createGroupSession({ ...base, startsAt: daysFromStart(-10), title: 'Tweede sessie' })
		await createGroupSession({ ...base, startsAt: daysFromStart(-3), status: 'CANCELLED', title: 'Afgelast' })
		await createGroupSession({ ...base, startsAt: daysFromStart(2), status: 'CANCELLED', title: 'Ook afgelast' })
		const next = await createGroupSession({ ...base, startsAt: daysFromStart(7), title: 'Volgende sessie' })
		await createGroupSession({ ...base, startsAt: daysFromStart(40), title: 'Daarna' })

		const listed = (await listedGroups()).find((item) => item.id === group.id)!
		expect(new Date(listed.lastMetAt!).toISOString()).toBe(lastHeld.startsAt.toISOString())
		expect(listed.nextSession?.id).toBe(next.id)

		const data = await groupData(group.id)
		expect(new Date(data.lastMetAt!).toISOString()).toBe(lastHeld.startsAt.toISOString())
		expect(data.sessions.filter((session) => session.past).map((session) => session.title)).toEqual([
			'Eerste sessie',
			'Tweede sessie',
			'Afgelast',
		])
		expect(data.sessions.filter((session) => !session.past).map((session) => session.title)).toEqual([
			'Ook afgelast',
			'Volgende sessie',
			'Daarna',
		])

		// A week later the next session has taken place.
		await travelTo(daysFromStart(8))
		const later = (await listedGroups()).find((item) => item.id === group.id)!
		expect(new Date(later.lastMetAt!).toISOString()).toBe(next.startsAt.toISOString())
	})

	it('says a new group has not met', async () => {
		const group = await createGroupWithMembers(world.networkId, [], 'Groep Nieuw')
		const listed = (await listedGroups()).find((item) => item.id === group.id)!
		expect(listed).toMatchObject({ lastMetAt: null, nextSession: null })
	})
})

describe('asking members for topics', () => {
	it('mails each current member who may get group mail a personal link, once a day', async () => {
		const reachable = await createContact({ organizationId: employerId, name: 'Rik Bereikbaar' })
		const bounced = await createContact({ organizationId: employerId, name: 'Bo Bounce', bouncedAt: start })
		const optedOut = await createContact({ organizationId: agencyId, name: 'Olga Uit', mailOptOuts: ['GROUP'] })
		const noEmail = await createContact({ organizationId: agencyId, name: 'Nina Zonder', email: null })
		const leaver = await createContact({ organizationId: agencyId, name: 'Lars Weg' })
		const group = await createGroupWithMembers(
			world.networkId,
			[reachable.id, bounced.id, optedOut.id, noEmail.id, leaver.id],
			'Groep Onderwerpen',
		)
		await prisma.groupMember.updateMany({
			where: { groupId: group.id, contactPersonId: leaver.id },
			data: { leftAt: start },
		})

		const asked = await postGroup(group.id, { intent: 'request-topics' })
		expect(asked.status).toBe(302)
		const [mail] = await emailsTo(reachable.email!)
		expect(mail).toBeDefined()
		expect(mail!.subject).toBe('Wat wil je bespreken in Groep Onderwerpen?')
		expect(mail!.text).toMatch(/\/klankbord\/[a-z2-7]{52}/)
		expect(mail!.text).toMatch(/\/afmelden\/[a-z2-7]{52}/)
		for (const contact of [bounced, optedOut, leaver]) expect(await emailsTo(contact.email!)).toHaveLength(0)

		// Again the same day: nothing new. The next day: a new mail.
		await postGroup(group.id, { intent: 'request-topics' })
		expect(await emailsTo(reachable.email!)).toHaveLength(1)
		await travelTo(daysFromStart(1))
		await postGroup(group.id, { intent: 'request-topics' })
		expect(await emailsTo(reachable.email!)).toHaveLength(2)

		// The link in the mail opens the member's own topic page.
		const token = /\/klankbord\/([a-z2-7]{52})/.exec(mail!.text)![1]!
		const page = await openTopics(token)
		expect(page.status).toBe(200)
		expect(page.data).toMatchObject({
			problem: null,
			page: { member: { name: 'Rik Bereikbaar' }, group: { name: 'Groep Onderwerpen' }, nextSession: null },
		})
	})
})

describe('bringing in topics through the personal link', () => {
	async function memberWithToken() {
		const contact = await createContact({ organizationId: employerId, name: 'Tess Topic' })
		const group = await createGroupWithMembers(world.networkId, [contact.id], `Groep ${contact.id}`)
		const member = group.members[0]!
		return { contact, group, member, token: await createPersonalToken('GROUP_TOPICS', member.id, 60) }
	}

	it('keeps a topic open while no session is planned, and attachOpenTopics puts it on the next one', async () => {
		const { group, member, token } = await memberWithToken()
		const sent = await sendTopic(token, {
			kind: 'CHALLENGE',
			title: 'Begeleiding op de werkvloer',
			body: 'Hoe houden we een buddy beschikbaar in drukke weken?',
		})
		expect(sent.status, JSON.stringify(sent.data)).toBe(302)
		expect(sent.location).toBe(`/klankbord/${token}`)
		const topic = await prisma.groupTopic.findFirstOrThrow({ where: { memberId: member.id } })
		expect(topic).toMatchObject({ groupId: group.id, eventId: null, kind: 'CHALLENGE' })

		const session = await createGroupSession({
			networkId: world.networkId,
			groupId: group.id,
			startsAt: daysFromStart(14),
		})
		expect(await attachOpenTopics(prisma, group.id, session.id)).toBe(1)
		expect(await attachOpenTopics(prisma, group.id, session.id)).toBe(0)
		const onAgenda = await listTopicsForEvent(session.id)
		expect(onAgenda).toEqual([
			expect.objectContaining({
				id: topic.id,
				kind: 'CHALLENGE',
				title: 'Begeleiding op de werkvloer',
				body: 'Hoe houden we een buddy beschikbaar in drukke weken?',
				memberName: 'Tess Topic',
			}),
		])
		// The member sees it on that session's agenda.
		const page = (await openTopics(token)).data as Extract<
			Awaited<ReturnType<typeof topicRoute.loader>>,
			{ problem: null }
		>
		expect(page.page?.topics[0]?.event?.title).toBe('Klankbordsessie')
	})

	it('puts a topic sent while a session is planned straight onto the next session', async () => {
		const { group, member, token } = await memberWithToken()
		const base = { networkId: world.networkId, groupId: group.id }
		await createGroupSession({ ...base, startsAt: daysFromStart(-5), title: 'Vorige' })
		await createGroupSession({ ...base, startsAt: daysFromStart(3), status: 'CANCELLED', title: 'Afgelast' })
		const next = await createGroupSession({ ...base, startsAt: daysFromStart(10), title: 'Volgende' })
		await createGroupSession({ ...base, startsAt: daysFromStart(30), title: 'Later' })

		const page = await openTopics(token)
		expect(page.data).toMatchObject({ page: { nextSession: { id: next.id, title: 'Volgende' } } })
		expect((await sendTopic(token, { kind: 'EXPERIENCE', title: 'Een geslaagde start' })).status).toBe(302)
		const topic = await prisma.groupTopic.findFirstOrThrow({ where: { memberId: member.id } })
		expect(topic.eventId).toBe(next.id)
		expect((await listTopicsForEvent(next.id)).map((item) => item.title)).toEqual(['Een geslaagde start'])
	})

	it('refuses an invalid topic with messages per field and keeps what was typed', async () => {
		const { member, token } = await memberWithToken()
		const result = await sendTopic(token, { kind: 'COMPLAINT', title: 'ab', body: 'Mijn toelichting' })
		expect(result.status).toBe(400)
		expect(submissionErrors(result)).toMatchObject({
			kind: ['errors:validation.choose'],
			title: ['errors:validation.tooShort|{"count":3}'],
		})
		expect(initialValue(result)).toMatchObject({ title: 'ab', body: 'Mijn toelichting' })
		expect(await prisma.groupTopic.count({ where: { memberId: member.id } })).toBe(0)
	})

	it('explains a tampered, foreign or expired link, or a member who left, and takes no topic', async () => {
		const { contact, member, token } = await memberWithToken()
		const tampered = `${token.slice(0, -2)}${token.endsWith('aa') ? 'bb' : 'aa'}`
		const unsubscribeToken = await createPersonalToken('UNSUBSCRIBE', contact.id)
		for (const unknown of [tampered, unsubscribeToken, 'nep']) {
			const page = await openTopics(unknown)
			expect(page.status).toBe(404)
			expect(page.data).toMatchObject({ problem: 'unknown', page: null })
			expect((await sendTopic(unknown, { kind: 'CHALLENGE', title: 'Niet doen' })).status).toBe(404)
		}

		setClock(daysFromStart(61))
		expect((await openTopics(token)).status).toBe(410)
		expect((await openTopics(token)).data).toMatchObject({ problem: 'expired' })
		expect((await sendTopic(token, { kind: 'CHALLENGE', title: 'Te laat' })).status).toBe(410)

		setClock(start)
		await prisma.groupMember.update({ where: { id: member.id }, data: { leftAt: start } })
		expect((await openTopics(token)).status).toBe(410)
		expect((await openTopics(token)).data).toMatchObject({ problem: 'left' })
		expect((await sendTopic(token, { kind: 'CHALLENGE', title: 'Na vertrek' })).status).toBe(410)
		expect(await prisma.groupTopic.count({ where: { memberId: member.id } })).toBe(0)
	})
})

describe('authorisation', () => {
	let groupId = ''
	let otherGroupId = ''
	beforeAll(async () => {
		groupId = (await createGroupWithMembers(world.networkId, [], 'Groep Matrix')).id
		otherGroupId = (await createGroupWithMembers(world.otherNetworkId, [], 'Groep Elders')).id
	})
	const expected = { ADMIN: 403, COORDINATOR: 200, JOBCOACH: 403, EMPLOYER: 403 } as const
	const cases: MatrixCase<SignedInUser>[] = [
		{ route: 'groups list', module: listRoute, target: () => ({ path: '/netwerk/klankbordgroepen' }), expected },
		{ route: 'new group', module: newRoute, target: () => ({ path: '/netwerk/klankbordgroepen/nieuw' }), expected },
		{
			route: 'new group (post)',
			module: newRoute,
			method: 'POST',
			target: () => ({ path: '/netwerk/klankbordgroepen/nieuw' }),
			form: () => ({ name: 'Matrixgroep', purpose: 'Testen' }),
			expected: { ...expected, COORDINATOR: 302 },
		},
		{
			route: 'group page',
			module: groupRoute,
			target: () => ({ path: groupPath(groupId), params: { groupId } }),
			expected,
		},
		{
			route: 'group page (post)',
			module: groupRoute,
			method: 'POST',
			target: () => ({ path: groupPath(groupId), params: { groupId } }),
			form: () => ({ intent: 'set-status', status: 'ACTIVE' }),
			expected: { ...expected, COORDINATOR: 302 },
		},
	]

	it.each(roleMatrix(cases))('$route as $actor: $outcome', async (testCase) => {
		await checkMatrixCase(testCase, signedInByRole(world))
	})

	it("answers 404 for another network's group and never lists it", async () => {
		for (const id of [otherGroupId, 'onbekend']) {
			expect((await loadGroup(id)).status).toBe(404)
			expectRefused(await postGroup(id, { intent: 'set-status', status: 'ON_HOLD' }), 404)
		}
		expect((await prisma.soundingBoardGroup.findUniqueOrThrow({ where: { id: otherGroupId } })).status).toBe('ACTIVE')
		expect((await listedGroups()).map((group) => group.id)).not.toContain(otherGroupId)
		// The other network's coordinator sees theirs, not ours.
		const theirs = await loadGroup(otherGroupId, world.otherCoordinator)
		expect(theirs.status).toBe(200)
		expect((await loadGroup(groupId, world.otherCoordinator)).status).toBe(404)
	})
})
