import { describe, expect, it } from 'vitest'
import {
	activityMoment,
	amsterdamWeek,
	daysSince,
	followUpAfterLog,
	isCountedContact,
	isFollowUpDue,
	isGoneQuiet,
	suggestNextStep,
	weeklyTarget,
	type NextStepContext,
} from './relationship-rules.ts'

const DAY = 24 * 60 * 60 * 1000
const moment = new Date('2026-03-04T10:00:00.000Z')
const daysAgo = (days: number) => new Date(moment.getTime() - days * DAY)

describe('gone quiet', () => {
	it('counts engaged employers and partners silent for the quiet period, at the boundary', () => {
		for (const stage of ['ENGAGED', 'PARTNER']) {
			expect(isGoneQuiet({ stage, lastActivityAt: daysAgo(59) }, moment, 60)).toBe(false)
			expect(isGoneQuiet({ stage, lastActivityAt: new Date(daysAgo(60).getTime() + 1) }, moment, 60)).toBe(false)
			expect(isGoneQuiet({ stage, lastActivityAt: daysAgo(60) }, moment, 60)).toBe(true)
			expect(isGoneQuiet({ stage, lastActivityAt: daysAgo(61) }, moment, 60)).toBe(true)
			expect(isGoneQuiet({ stage, lastActivityAt: null }, moment, 60)).toBe(true)
		}
	})

	it('never counts prospects, contacted or dormant employers, however long the silence', () => {
		for (const stage of ['PROSPECT', 'CONTACTED', 'DORMANT']) {
			expect(isGoneQuiet({ stage, lastActivityAt: daysAgo(400) }, moment, 60)).toBe(false)
			expect(isGoneQuiet({ stage, lastActivityAt: null }, moment, 60)).toBe(false)
		}
	})

	it('follows the configured number of days', () => {
		expect(isGoneQuiet({ stage: 'ENGAGED', lastActivityAt: daysAgo(31) }, moment, 30)).toBe(true)
		expect(isGoneQuiet({ stage: 'ENGAGED', lastActivityAt: daysAgo(31) }, moment, 90)).toBe(false)
	})

	it('says how many whole days the silence lasts', () => {
		expect(daysSince(daysAgo(61), moment)).toBe(61)
		expect(daysSince(new Date(daysAgo(3).getTime() + 60_000), moment)).toBe(2)
		expect(daysSince(null, moment)).toBeNull()
	})
})

describe('follow-ups', () => {
	it('are due on their day and after it', () => {
		expect(isFollowUpDue('2026-03-04', '2026-03-04')).toBe(true)
		expect(isFollowUpDue(new Date('2026-03-01T00:00:00.000Z'), '2026-03-04')).toBe(true)
		expect(isFollowUpDue('2026-03-05', '2026-03-04')).toBe(false)
		expect(isFollowUpDue(null, '2026-03-04')).toBe(false)
	})

	const due = { nextFollowUpOn: '2026-03-02', followUpNote: 'Bellen over de vacature' }
	const ahead = { nextFollowUpOn: '2026-03-20', followUpNote: 'Bezoek' }
	const none = { nextFollowUpOn: null, followUpNote: null }

	it('take a new date from a logged activity', () => {
		const next = { nextFollowUpOn: '2026-03-18', followUpNote: 'Terugbellen' }
		expect(followUpAfterLog({ kind: 'NOTE', current: ahead, next, today: '2026-03-04' })).toEqual(next)
	})

	it('are settled by a real contact when due, and left alone otherwise', () => {
		expect(followUpAfterLog({ kind: 'CALL', current: due, next: none, today: '2026-03-04' })).toEqual(none)
		expect(followUpAfterLog({ kind: 'VISIT', current: due, next: none, today: '2026-03-04' })).toEqual(none)
		expect(followUpAfterLog({ kind: 'NOTE', current: due, next: none, today: '2026-03-04' })).toBeNull()
		expect(followUpAfterLog({ kind: 'CALL', current: ahead, next: none, today: '2026-03-04' })).toBeNull()
		expect(followUpAfterLog({ kind: 'CALL', current: null, next: none, today: '2026-03-04' })).toBeNull()
	})
})

describe('the moment of a logged activity', () => {
	it('is now for today and midday in Amsterdam for an earlier day', () => {
		expect(activityMoment('2026-03-04', moment)).toEqual(moment)
		expect(activityMoment('2026-03-02', moment)).toEqual(new Date('2026-03-02T11:00:00.000Z'))
		// Summer time: midday is 10:00 UTC.
		expect(activityMoment('2026-06-15', moment)).toEqual(new Date('2026-06-15T10:00:00.000Z'))
	})
})

describe('the Amsterdam week', () => {
	it('runs from Monday 00:00 to the next Monday 00:00 in Amsterdam', () => {
		const week = amsterdamWeek(new Date('2026-03-04T10:00:00.000Z'))
		expect(week).toEqual({
			monday: '2026-03-02',
			sunday: '2026-03-08',
			start: new Date('2026-03-01T23:00:00.000Z'),
			end: new Date('2026-03-08T23:00:00.000Z'),
		})
	})

	it('puts Sunday night and Monday just after midnight in different weeks', () => {
		// 23:30 on Sunday 8 March in Amsterdam is still the week of 2 March…
		expect(amsterdamWeek(new Date('2026-03-08T22:30:00.000Z')).monday).toBe('2026-03-02')
		// …while 00:30 on Monday 9 March (23:30 UTC on Sunday) starts the next one.
		expect(amsterdamWeek(new Date('2026-03-08T23:30:00.000Z')).monday).toBe('2026-03-09')
	})

	it('follows the switch to summer time', () => {
		const week = amsterdamWeek(new Date('2026-03-31T10:00:00.000Z'))
		expect(week.monday).toBe('2026-03-30')
		expect(week.start).toEqual(new Date('2026-03-29T22:00:00.000Z'))
		const across = amsterdamWeek(new Date('2026-03-25T10:00:00.000Z'))
		expect(across.start).toEqual(new Date('2026-03-22T23:00:00.000Z'))
		expect(across.end).toEqual(new Date('2026-03-29T22:00:00.000Z'))
	})
})

describe('weekly contacts', () => {
	it('count calls, visits and meetings only', () => {
		expect(['CALL', 'VISIT', 'MEETING'].every(isCountedContact)).toBe(true)
		expect(['EMAIL', 'NOTE', 'EVENT_ATTENDANCE', 'PROPOSAL', 'PLACEMENT'].some(isCountedContact)).toBe(false)
	})

	it("use the person's own target, or the default", () => {
		expect(weeklyTarget(5, 3)).toBe(5)
		expect(weeklyTarget(0, 3)).toBe(0)
		expect(weeklyTarget(null, 3)).toBe(3)
	})
})

describe('the suggested next step', () => {
	const meeting = { id: 'e1', title: 'Werkgeversontbijt', startsAt: new Date('2026-04-02T07:00:00.000Z') }
	const nothing: NextStepContext = { stage: 'ENGAGED', openPledges: [], openPlaces: [], nextMeeting: null }

	it('asks about an open pledge first', () => {
		expect(
			suggestNextStep({
				...nothing,
				stage: 'PARTNER',
				openPledges: [{ description: 'Twee werkervaringsplekken in de keuken' }],
				openPlaces: [{ id: 'p1', title: 'Medewerker groen' }],
				nextMeeting: meeting,
			}),
		).toEqual({ kind: 'ASK_PLEDGE', pledge: 'Twee werkervaringsplekken in de keuken' })
	})

	it('then calls about an open place', () => {
		expect(suggestNextStep({ ...nothing, openPlaces: [{ id: 'p1', title: 'Medewerker groen' }] })).toEqual({
			kind: 'CALL_ABOUT_PLACE',
			placeId: 'p1',
			place: 'Medewerker groen',
		})
	})

	it('then plans a visit to a partner', () => {
		expect(suggestNextStep({ ...nothing, stage: 'PARTNER', nextMeeting: meeting })).toEqual({ kind: 'PLAN_VISIT' })
	})

	it('then invites to the next employer meeting', () => {
		expect(suggestNextStep({ ...nothing, nextMeeting: meeting })).toEqual({
			kind: 'INVITE_TO_MEETING',
			eventId: 'e1',
			event: 'Werkgeversontbijt',
			startsAt: '2026-04-02T07:00:00.000Z',
		})
	})

	it('and otherwise suggests a call', () => {
		expect(suggestNextStep(nothing)).toEqual({ kind: 'CALL' })
	})
})
