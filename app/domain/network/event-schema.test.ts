import { describe, expect, it } from 'vitest'
import { parseSubmission } from '#app/utils/forms.ts'
import { createEventFormSchema, eventMoments, isWebUrl, readInviteeFilter } from './event-schema.ts'

const form = (values: Record<string, string>) => {
	const data = new FormData()
	for (const [key, value] of Object.entries(values)) data.set(key, value)
	return data
}

const valid = {
	kind: 'WORKSHOP',
	title: 'Workshop jobcarving',
	date: '2026-03-10',
	startTime: '09:30',
	endTime: '12:00',
	location: 'Stadskamer',
}

describe('the event form', () => {
	it('turns an Amsterdam date and times into UTC, in winter and in summer', () => {
		expect(eventMoments({ date: '2026-01-13', startTime: '19:00', endTime: '21:00' })).toEqual({
			startsAt: new Date('2026-01-13T18:00:00.000Z'),
			endsAt: new Date('2026-01-13T20:00:00.000Z'),
		})
		expect(eventMoments({ date: '2026-07-14', startTime: '19:00', endTime: '21:00' })?.startsAt).toEqual(
			new Date('2026-07-14T17:00:00.000Z'),
		)
		expect(eventMoments({ date: '2026-02-30', startTime: '19:00', endTime: '21:00' })).toBeNull()
	})

	it('needs a place or an online link, and only web links', () => {
		const schema = createEventFormSchema()
		expect(parseSubmission(form(valid), schema).status).toBe('success')
		expect(
			parseSubmission(form({ ...valid, location: '', onlineUrl: 'https://meet.example.test/x' }), schema).status,
		).toBe('success')
		const neither = parseSubmission(form({ ...valid, location: '' }), schema)
		expect(neither.status === 'error' && neither.error?.location).toEqual(['events:errors.placeRequired'])
		for (const url of ['javascript:alert(1)', 'data:text/html,hi', 'meet.example.test', 'mailto:a@b.nl']) {
			expect(isWebUrl(url)).toBe(false)
		}
		expect(isWebUrl('http://example.test/a')).toBe(true)
	})

	it('checks the order of the times, the capacity and, when planning, that it starts later', () => {
		const planning = createEventFormSchema({ nowLocal: '2026-03-10T10:00' })
		const errors = (values: Record<string, string>) => {
			const submission = parseSubmission(form({ ...valid, ...values }), planning)
			return submission.status === 'error' ? submission.error : null
		}
		expect(errors({ startTime: '12:00', endTime: '12:00' })?.endTime).toEqual(['events:errors.endBeforeStart'])
		expect(errors({})?.date).toEqual(['events:errors.startInPast'])
		expect(errors({ startTime: '10:30' })).toBeNull()
		expect(errors({ startTime: '10:30', capacity: '0' })?.capacity).toEqual(['events:errors.capacityRange'])
		expect(errors({ startTime: '10:30', capacity: '2.5' })?.capacity).toEqual(['events:errors.capacityRange'])
		// Correcting an event afterwards is allowed.
		expect(parseSubmission(form(valid), createEventFormSchema()).status).toBe('success')
	})
})

describe('the invitee filter', () => {
	it('keeps what it knows and ignores the rest', () => {
		expect(
			readInviteeFilter(new URLSearchParams('sector=C&town=+Ulft+&stage=PARTNER&organizationKind=EMPLOYER')),
		).toEqual({
			sector: 'C',
			town: 'Ulft',
			stage: 'PARTNER',
			groupId: undefined,
			organizationKind: 'EMPLOYER',
		})
		expect(readInviteeFilter(new URLSearchParams('sector=ZZ&stage=BEST&organizationKind=COACHING'))).toEqual({
			sector: undefined,
			town: undefined,
			stage: undefined,
			groupId: undefined,
			organizationKind: undefined,
		})
	})
})
