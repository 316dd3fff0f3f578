import { describe, expect, it } from 'vitest'
import { placeTypes } from '#app/domain/places/place-options.ts'
import { parseSubmission } from '#app/utils/forms.ts'
import nl from '#app/locales/nl/checklists.json'
import {
	checklistFor,
	checklistItems,
	checklists,
	createChecklistSchema,
	isDerivedChecklistItem,
} from './checklists.ts'

function form(entries: Array<[string, string]>) {
	const data = new FormData()
	for (const [name, value] of entries) data.append(name, value)
	return data
}

describe('checklists per place type', () => {
	it('has four to seven steps for every place type, each once, each with a label and a hint', () => {
		for (const type of placeTypes) {
			const keys = checklists[type]
			expect(keys.length, type).toBeGreaterThanOrEqual(4)
			expect(keys.length, type).toBeLessThanOrEqual(7)
			expect(new Set(keys).size, type).toBe(keys.length)
			for (const key of keys) {
				expect(nl.items[key].label, key).toBeTruthy()
				expect(nl.items[key].hint, key).toBeTruthy()
			}
		}
	})

	it('uses every step somewhere', () => {
		const used = new Set(placeTypes.flatMap((type) => checklists[type]))
		expect([...used].sort()).toEqual(Object.keys(checklistItems).sort())
	})

	it('asks the practical Dutch steps of each type', () => {
		expect(checklists.PAID_JOB).toEqual(
			expect.arrayContaining(['wageCostSubsidy', 'noRiskPolicy', 'jobcoachProvision', 'employmentContractSigned']),
		)
		expect(checklists.GARANTIEBAAN).toContain('targetGroupRegister')
		expect(checklists.PAID_JOB).not.toContain('targetGroupRegister')
		expect(checklists.WORK_EXPERIENCE).toEqual(
			expect.arrayContaining([
				'liabilityInsurance',
				'maxDurationAgreed',
				'benefitsAgencyInformed',
				'placementAgreementAccepted',
			]),
		)
		expect(checklists.INTERNSHIP).toEqual(
			expect.arrayContaining(['internshipAgreementSigned', 'internshipInsurance', 'supervisorAssigned']),
		)
		expect(checklists.VOLUNTEER).toEqual(
			expect.arrayContaining(['volunteerInsurance', 'expenseAllowanceAgreed', 'conductCertificate']),
		)
	})

	it('names who is responsible for each step', () => {
		expect(checklistFor('PAID_JOB').find((item) => item.key === 'noRiskPolicy')?.responsible).toBe('JOBCOACH')
		expect(checklistFor('PAID_JOB').find((item) => item.key === 'employmentContractSigned')?.responsible).toBe(
			'EMPLOYER',
		)
		expect(checklistFor('WORK_EXPERIENCE')[0]).toEqual({ key: 'placementAgreementAccepted', responsible: 'BOTH' })
		expect(checklistFor('UNKNOWN_TYPE')).toEqual([])
	})
})

describe('the checklist form', () => {
	it('takes the ticked steps of the type, none when nothing is ticked', () => {
		const schema = createChecklistSchema('WORK_EXPERIENCE')
		const one = parseSubmission(
			form([
				['intent', 'checklist'],
				['done', 'maxDurationAgreed'],
			]),
			schema,
		)
		expect(one.status === 'success' && one.value).toEqual({
			intent: 'checklist',
			done: ['maxDurationAgreed'],
			shown: [],
		})
		const none = parseSubmission(form([['intent', 'checklist']]), schema)
		expect(none.status === 'success' && none.value.done).toEqual([])
	})

	it('takes the steps that were ticked when the page was drawn', () => {
		const result = parseSubmission(
			form([
				['intent', 'checklist'],
				['shown', 'liabilityInsurance'],
				['shown', 'maxDurationAgreed'],
				['done', 'maxDurationAgreed'],
			]),
			createChecklistSchema('WORK_EXPERIENCE'),
		)
		expect(result.status === 'success' && result.value.shown).toEqual(['liabilityInsurance', 'maxDurationAgreed'])
	})

	it('refuses the agreement step, which follows from the agreement, with its own message', () => {
		const schema = createChecklistSchema('WORK_EXPERIENCE')
		for (const name of ['done', 'shown']) {
			const result = parseSubmission(
				form([
					['intent', 'checklist'],
					[name, 'placementAgreementAccepted'],
				]),
				schema,
			)
			expect(result.status).toBe('error')
			expect(result.reply().error?.[name]).toEqual(['checklists:errors.derivedItem'])
		}
		expect(isDerivedChecklistItem('placementAgreementAccepted')).toBe(true)
		expect(isDerivedChecklistItem('maxDurationAgreed')).toBe(false)
	})

	it('refuses a step of another place type or an unknown key', () => {
		const schema = createChecklistSchema('WORK_EXPERIENCE')
		for (const key of ['noRiskPolicy', 'madeUp']) {
			const result = parseSubmission(
				form([
					['intent', 'checklist'],
					['done', 'maxDurationAgreed'],
					['done', key],
				]),
				schema,
			)
			expect(result.status).toBe('error')
			expect(result.reply().error?.done).toEqual(['checklists:errors.unknownItem'])
		}
	})
})
