import { describe, expect, it } from 'vitest'
import { parseSubmission } from '#app/utils/forms.ts'
import { planEndsOn, plannedReviewsHeld } from './plan-dates.ts'
import { parseDecimal, suggestReviewDates, SupportPlanSchema } from './plan-schema.ts'

/** The field errors of a submission (none when it succeeded). */
function errorsOf(values: Record<string, string>) {
	const submission = parseSubmission(form(values), SupportPlanSchema)
	return submission.status === 'error' ? (submission.error ?? {}) : {}
}

function form(values: Record<string, string>) {
	const data = new FormData()
	for (const [name, value] of Object.entries(values)) data.append(name, value)
	return data
}

const valid = {
	'goals[0].text': 'Ik wil zelf de planning lezen.',
	coachTasks: 'Wekelijks contact.',
	employerTasks: 'Een vaste werkplek.',
	supervisorTasks: 'Dagstart.',
	intensityMethod: 'HOURS_PER_WEEK',
	supportHoursPerWeek: '2',
	supportPercent: '10',
	supportRegime: 'MEDIUM',
	startsOn: '2026-01-31',
	durationMonths: '1',
	'reviewDates[0]': '2026-02-28',
	requestedBy: 'JOBCOACH',
	funder: 'MUNICIPALITY',
	funderName: 'Gemeente Rotterdam',
}

describe('the plan’s days', () => {
	it('ends the day before the same date `durationMonths` later, clamped to the month’s end', () => {
		expect(planEndsOn('2026-03-02', 24)).toBe('2028-03-01')
		expect(planEndsOn('2026-01-28', 1)).toBe('2026-02-27')
		// February has no 31st (nor a 29th in 2029): the plan runs to February's last day.
		expect(planEndsOn('2026-01-31', 1)).toBe('2026-02-28')
		expect(planEndsOn('2026-08-31', 6)).toBe('2027-02-28')
		expect(planEndsOn('2028-02-29', 12)).toBe('2029-02-28')
		expect(planEndsOn('2028-01-30', 1)).toBe('2028-02-29')
		expect(planEndsOn('2026-03-31', 1)).toBe('2026-04-30')
		expect(planEndsOn('2026-12-31', 2)).toBe('2027-02-28')
	})

	it('puts each held review next to the nearest planned date within 31 days', () => {
		expect(
			plannedReviewsHeld(
				['2026-09-02', '2027-03-02', '2027-09-02'],
				// 4 September: two days late; 1 February: 29 days early; 1 June: far from both; 2 April: 31 days late.
				['2026-09-04', '2027-02-01', '2027-06-01', '2026-09-04', '2027-04-02'],
			),
		).toEqual([
			{ dueOn: '2026-09-02', heldOn: ['2026-09-04'] },
			{ dueOn: '2027-03-02', heldOn: ['2027-02-01', '2027-04-02'] },
			{ dueOn: '2027-09-02', heldOn: [] },
		])
		// 32 days late is no longer that date's review; on a tie the earlier planned date gets it.
		expect(plannedReviewsHeld(['2026-09-02'], ['2026-10-04'])).toEqual([{ dueOn: '2026-09-02', heldOn: [] }])
		expect(plannedReviewsHeld(['2026-09-01', '2026-09-11'], ['2026-09-06'])).toEqual([
			{ dueOn: '2026-09-01', heldOn: ['2026-09-06'] },
			{ dueOn: '2026-09-11', heldOn: [] },
		])
	})

	it('suggests a review every six months within the plan, or its last day for a short plan', () => {
		expect(suggestReviewDates('2026-03-02', 24)).toEqual(['2026-09-02', '2027-03-02', '2027-09-02'])
		expect(suggestReviewDates('2026-03-02', 25)).toEqual(['2026-09-02', '2027-03-02', '2027-09-02', '2028-03-02'])
		expect(suggestReviewDates('2026-03-02', 4)).toEqual(['2026-07-01'])
		expect(suggestReviewDates('2026-01-01', 60)).toHaveLength(9)
	})
})

describe('the plan form', () => {
	it('reads decimals with a comma or a point', () => {
		expect(parseDecimal('1,5')).toBe(1.5)
		expect(parseDecimal(' 2.25 ')).toBe(2.25)
		expect(parseDecimal('1,5,0')).toBeNaN()
		expect(parseDecimal('-1')).toBeNaN()
		const submission = parseSubmission(
			form({ ...valid, supportHoursPerWeek: '0,5', supportPercent: '12.5' }),
			SupportPlanSchema,
		)
		expect(submission.status).toBe('success')
		expect(submission.status === 'success' && submission.value).toMatchObject({
			supportHoursPerWeek: 0.5,
			supportPercent: 12.5,
			durationMonths: 1,
			goals: [{ text: 'Ik wil zelf de planning lezen.' }],
		})
	})

	it('keeps hours, percentage and duration within their bounds', () => {
		for (const [field, value] of [
			['supportHoursPerWeek', '0,4'],
			['supportHoursPerWeek', '40,5'],
			['supportPercent', '0'],
			['supportPercent', '101'],
			['durationMonths', '0'],
			['durationMonths', '61'],
			['durationMonths', '2.5'],
		] as const) {
			expect(errorsOf({ ...valid, [field]: value })[field], `${field} ${value}`).toHaveLength(1)
		}
	})

	it('accepts a review on the plan’s last day and refuses the day after', () => {
		expect(parseSubmission(form(valid), SupportPlanSchema).status).toBe('success')
		expect(errorsOf({ ...valid, 'reviewDates[0]': '2026-03-01' })['reviewDates[0]']).toEqual([
			'plans:errors.reviewDateOutside',
		])
	})

	it('allows at most eight goals and twelve review dates', () => {
		const goals = Object.fromEntries(Array.from({ length: 9 }, (_, index) => [`goals[${index}].text`, `Doel ${index}`]))
		expect(errorsOf({ ...valid, ...goals }).goals).toEqual(['plans:errors.goalsMax|{"count":8}'])
		const dates = Object.fromEntries(
			Array.from({ length: 13 }, (_, index) => [
				`reviewDates[${index}]`,
				`2026-02-${String(index + 1).padStart(2, '0')}`,
			]),
		)
		expect(errorsOf({ ...valid, ...dates }).reviewDates).toEqual(['plans:errors.reviewDatesMax|{"count":12}'])
	})
})
