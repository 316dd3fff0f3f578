import { describe, expect, it } from 'vitest'
import { parseSubmission } from '#app/utils/forms.ts'
import {
	ACTIVITY_SUMMARY_MAX,
	createRelationshipActionSchema,
	defaultRelationshipFilters,
	defaultRelationshipSort,
	parseRelationshipSearchParams,
	relationshipSearchParams,
	WeeklyTargetSchema,
} from './relationship-schema.ts'

const bounds = { today: '2026-03-04', contactPersonIds: ['c1'], ownerIds: ['u1'], currentFollowUpOn: '2026-02-20' }

function parse(fields: Record<string, string>) {
	const formData = new FormData()
	for (const [key, value] of Object.entries(fields)) formData.set(key, value)
	return parseSubmission(formData, createRelationshipActionSchema(bounds))
}

function errors(fields: Record<string, string>) {
	const submission = parse(fields)
	expect(submission.status).toBe('error')
	return submission.status === 'error' ? submission.error : {}
}

describe('logging an activity', () => {
	it('takes a kind and a day, the rest optional', () => {
		const submission = parse({ intent: 'log', kind: 'CALL', occurredOn: '2026-03-04' })
		expect(submission.status).toBe('success')
		expect(submission.status === 'success' && submission.value).toEqual({
			intent: 'log',
			kind: 'CALL',
			occurredOn: '2026-03-04',
		})
	})

	it('refuses a day in the future, a contact of another employer and a summary that is too long', () => {
		expect(
			errors({
				intent: 'log',
				kind: 'VISIT',
				occurredOn: '2026-03-05',
				contactPersonId: 'someone-else',
				summary: 'x'.repeat(ACTIVITY_SUMMARY_MAX + 1),
			}),
		).toMatchObject({
			occurredOn: ['relationships:errors.dateInFuture'],
			contactPersonId: ['relationships:errors.contactNotOfEmployer'],
			summary: [expect.stringContaining('errors:validation.tooLong')],
		})
	})

	it('refuses kinds that record themselves, and a follow-up note without its day', () => {
		expect(errors({ intent: 'log', kind: 'PROPOSAL', occurredOn: '2026-03-04' })).toHaveProperty('kind')
		expect(
			errors({ intent: 'log', kind: 'CALL', occurredOn: '2026-03-04', followUpNote: 'Terugbellen' }),
		).toMatchObject({ nextFollowUpOn: ['relationships:errors.followUpDateMissing'] })
		expect(
			errors({ intent: 'log', kind: 'CALL', occurredOn: '2026-03-04', nextFollowUpOn: '2026-03-01' }),
		).toMatchObject({
			nextFollowUpOn: ['relationships:errors.dateInPast'],
		})
	})
})

describe('changing a relationship', () => {
	it('takes a stage, a member as owner, and keeps an overdue follow-up day', () => {
		const submission = parse({ intent: 'relationship', stage: 'PARTNER', ownerId: 'u1', nextFollowUpOn: '2026-02-20' })
		expect(submission.status).toBe('success')
	})

	it('refuses an owner from outside the network and a new day in the past', () => {
		expect(
			errors({ intent: 'relationship', stage: 'ENGAGED', ownerId: 'outsider', nextFollowUpOn: '2026-02-21' }),
		).toMatchObject({
			ownerId: ['relationships:errors.ownerNotMember'],
			nextFollowUpOn: ['relationships:errors.dateInPast'],
		})
		expect(errors({ intent: 'relationship', stage: 'FRIENDS' })).toHaveProperty('stage')
	})
})

describe('the weekly target', () => {
	it('is a whole number from 0 to 50', () => {
		const target = (value: string) => {
			const formData = new FormData()
			formData.set('intent', 'weekly-target')
			formData.set('weeklyContactTarget', value)
			return parseSubmission(formData, WeeklyTargetSchema).status
		}
		expect(['0', '4', '50'].map(target)).toEqual(['success', 'success', 'success'])
		expect(['-1', '51', '2.5', 'veel', ''].map(target)).toEqual(['error', 'error', 'error', 'error', 'error'])
	})
})

describe('the list filters in the URL', () => {
	it('read every valid param', () => {
		const parsed = parseRelationshipSearchParams(
			new URLSearchParams('zoek=bakker&fase=ENGAGED&eigenaar=u1&opvolgen=1&stil=1&sorteer=lastActivity&richting=desc'),
			{ ownerIds: ['u1'] },
		)
		expect(parsed).toEqual({
			filters: { q: 'bakker', stage: 'ENGAGED', owner: 'u1', due: true, quiet: true },
			sort: { key: 'lastActivity', direction: 'desc' },
			invalid: [],
		})
		expect(relationshipSearchParams(parsed.filters, parsed.sort).toString()).toBe(
			'zoek=bakker&fase=ENGAGED&eigenaar=u1&opvolgen=1&stil=1&sorteer=lastActivity&richting=desc',
		)
	})

	it('fall back to the defaults for tampered params, naming them, and keep the others', () => {
		const parsed = parseRelationshipSearchParams(
			new URLSearchParams('zoek=bakker&fase=BEST_FRIENDS&eigenaar=someone-else&opvolgen=ja&sorteer=hack&richting=up'),
			{ ownerIds: ['u1'] },
		)
		expect(parsed.filters).toEqual({ ...defaultRelationshipFilters, q: 'bakker' })
		expect(parsed.sort).toEqual(defaultRelationshipSort)
		expect(parsed.invalid.sort()).toEqual(['direction', 'due', 'owner', 'sort', 'stage'])
	})
})
