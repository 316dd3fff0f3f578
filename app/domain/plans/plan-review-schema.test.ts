import { describe, expect, it } from 'vitest'
import { parseSubmission } from '#app/utils/forms.ts'
import { createPlanReviewSchema } from './plan-review-schema.ts'

const schema = createPlanReviewSchema({ goalIds: ['goal-a', 'goal-b'] })

function parse(entries: Record<string, string>) {
	const formData = new FormData()
	for (const [name, value] of Object.entries(entries)) formData.set(name, value)
	return parseSubmission(formData, schema)
}

/** The field errors of a failed submission (none for a successful one). */
const errorsOf = (submission: ReturnType<typeof parse>) =>
	submission.status === 'success' ? {} : (submission.error ?? {})

const valid = {
	'goals.goal-a.progress': 'GOOD',
	'goals.goal-a.note': ' Loopt goed ',
	'goals.goal-b.progress': 'NOT_STARTED',
	balance: '3',
	decision: 'TAPER',
	motivation: 'Minder begeleiding nodig.',
}

describe('the review form', () => {
	it('reads progress per goal, the balance as a number and the proposal', () => {
		const submission = parse({ ...valid, 'goals.goal-x.progress': 'ACHIEVED', checkInCount: '99' })
		expect(submission.status).toBe('success')
		// Unknown goals and the history's figures are not part of the form.
		expect(submission.status === 'success' && submission.value).toEqual({
			goals: { 'goal-a': { progress: 'GOOD', note: 'Loopt goed' }, 'goal-b': { progress: 'NOT_STARTED' } },
			balance: 3,
			decision: 'TAPER',
			motivation: 'Minder begeleiding nodig.',
		})
	})

	it.each(['', '0', '6', '2.5', 'goed'])('refuses the balance %j', (balance) => {
		const submission = parse({ ...valid, balance })
		expect(errorsOf(submission).balance).toEqual(['planReviews:errors.balance'])
	})

	it('asks for every goal, a known decision and a motivation', () => {
		const { 'goals.goal-b.progress': _dropped, ...rest } = valid
		const submission = parse({ ...rest, 'goals.goal-a.progress': 'DONE', decision: 'PAUSE', motivation: '  ' })
		expect(errorsOf(submission)).toMatchObject({
			'goals.goal-a.progress': ['planReviews:errors.progressRequired'],
			'goals.goal-b.progress': ['planReviews:errors.progressRequired'],
			decision: ['planReviews:errors.decisionRequired'],
			motivation: ['planReviews:errors.motivationRequired'],
		})
	})

	it('works for a plan without active goals', () => {
		const submission = parseSubmission(new FormData(), createPlanReviewSchema({ goalIds: [] }))
		expect(submission.status).not.toBe('success')
		expect(Object.keys((submission.status !== 'success' && submission.error) || {}).sort()).toEqual([
			'balance',
			'decision',
			'motivation',
		])
	})
})
