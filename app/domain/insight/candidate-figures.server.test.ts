import { describe, expect, it } from 'vitest'
import {
	computeCandidateFigures,
	inProgramme,
	isParticipant,
	stateOn,
	trendDates,
	type HistoryEvent,
} from './candidate-figures.server.ts'

const intake = (day: string, toStage: HistoryEvent['toStage'] = 'ORIENTING'): HistoryEvent => ({
	kind: 'INTAKE',
	fromStage: null,
	toStage,
	day,
})
const move = (kind: HistoryEvent['kind'], day: string, toStage: HistoryEvent['toStage'] = null): HistoryEvent => ({
	kind,
	fromStage: null,
	toStage,
	day,
})

describe('a candidate’s state on a day', () => {
	const history = [
		intake('2025-01-10'),
		move('STAGE', '2025-03-01', 'DEVELOPING'),
		move('STEP_BACK', '2025-04-01'),
		move('STEP_BACK', '2025-05-01'),
		move('RETURN', '2025-12-01', 'JOB_SEEKING'),
	]

	it('follows intake, stage change, step back and return', () => {
		expect(stateOn(history, '2025-01-09').started).toBe(false)
		expect(stateOn(history, '2025-01-10')).toMatchObject({ started: true, stage: 'ORIENTING', active: true })
		expect(stateOn(history, '2025-03-01')).toMatchObject({ stage: 'DEVELOPING', active: true })
		// A second step back keeps the day of the first.
		expect(stateOn(history, '2025-06-01')).toMatchObject({
			stage: 'DEVELOPING',
			active: false,
			inactiveSince: '2025-04-01',
		})
		expect(stateOn(history, '2025-12-01')).toMatchObject({ stage: 'JOB_SEEKING', active: true, inactiveSince: null })
	})

	it('leaves the programme 6 months after stepping back, until the return', () => {
		expect(inProgramme(stateOn(history, '2025-09-30'), '2025-09-30')).toBe(true)
		expect(inProgramme(stateOn(history, '2025-10-01'), '2025-10-01')).toBe(false)
		expect(inProgramme(stateOn(history, '2025-12-01'), '2025-12-01')).toBe(true)
	})

	it('ends the route at an erasure', () => {
		const erased = [intake('2025-01-10'), move('ERASED', '2025-02-01')]
		expect(inProgramme(stateOn(erased, '2025-01-31'), '2025-01-31')).toBe(true)
		expect(inProgramme(stateOn(erased, '2025-02-01'), '2025-02-01')).toBe(false)
		expect(stateOn(erased, '2025-02-01').active).toBe(false)
	})
})

describe('participants', () => {
	it('are in the programme at the start and not completed, or moved on in the period', () => {
		const completedBefore = [intake('2024-01-01'), move('STAGE', '2024-06-01', 'COMPLETED')]
		expect(isParticipant(completedBefore, '2025-01-01', '2025-12-31')).toBe(false)
		// Completing within the period counts.
		expect(isParticipant(completedBefore, '2024-01-01', '2024-12-31')).toBe(true)
		// Left long ago, back in the period.
		const back = [intake('2023-01-01'), move('STEP_BACK', '2023-02-01'), move('RETURN', '2025-03-01', 'ORIENTING')]
		expect(isParticipant(back, '2025-01-01', '2025-02-28')).toBe(false)
		expect(isParticipant(back, '2025-01-01', '2025-03-01')).toBe(true)
		// Taken in after the period.
		expect(isParticipant([intake('2026-01-01')], '2025-01-01', '2025-12-31')).toBe(false)
	})
})

describe('trendDates', () => {
	it('takes weeks up to 26 of them, then months, quarters, years; the last day always last', () => {
		expect(trendDates({ from: '2026-01-01', to: '2026-01-20' })).toEqual(['2026-01-07', '2026-01-14', '2026-01-20'])
		expect(trendDates({ from: '2026-01-01', to: '2026-01-01' })).toEqual(['2026-01-01'])
		const months = trendDates({ from: '2025-05-07', to: '2026-05-06' })
		expect(months).toHaveLength(13)
		expect(months.slice(0, 3)).toEqual(['2025-05-31', '2025-06-30', '2025-07-31'])
		expect(months.at(-1)).toBe('2026-05-06')
		expect(trendDates({ from: '2020-02-15', to: '2026-01-10' })).toEqual([
			...['2020-03-31', '2020-06-30', '2020-09-30', '2020-12-31'],
			...['2021-03-31', '2021-06-30', '2021-09-30', '2021-12-31'],
			...['2022-03-31', '2022-06-30', '2022-09-30', '2022-12-31'],
			...['2023-03-31', '2023-06-30', '2023-09-30', '2023-12-31'],
			...['2024-03-31', '2024-06-30', '2024-09-30', '2024-12-31'],
			...['2025-03-31', '2025-06-30', '2025-09-30', '2025-12-31'],
			'2026-01-10',
		])
		expect(trendDates({ from: '2010-01-01', to: '2019-06-30' })).toHaveLength(10)
	})
})

describe('computeCandidateFigures', () => {
	it('counts a small organisation by hand', () => {
		const period = { from: '2025-01-01', to: '2025-01-31' }
		const figures = computeCandidateFigures(
			[
				// Taken in straight into job-seeking, then working: new → J, J → W.
				[intake('2025-01-05', 'JOB_SEEKING'), move('STAGE', '2025-01-20', 'WORKING')],
				// Returns in the same stage: no flow; active again.
				[intake('2024-11-01'), move('STEP_BACK', '2024-12-01'), move('RETURN', '2025-01-15', 'ORIENTING')],
				// A stage change after the period does not count.
				[intake('2024-10-01'), move('STAGE', '2025-02-01', 'DEVELOPING')],
			],
			period,
		)
		expect(figures).toMatchObject({
			participants: 3,
			active: 3,
			inactive: 0,
			left: 0,
			newIntakes: 1,
			byStage: { ORIENTING: 2, DEVELOPING: 0, JOB_SEEKING: 0, WORKING: 1, COMPLETED: 0 },
			flows: [
				{ from: null, to: 'JOB_SEEKING', count: 1 },
				{ from: 'JOB_SEEKING', to: 'WORKING', count: 1 },
			],
		})
		// Weekly points: on 7 January the second candidate was still stepped back.
		expect(figures.trend[0]).toEqual({
			date: '2025-01-07',
			byStage: { ORIENTING: 2, DEVELOPING: 0, JOB_SEEKING: 1, WORKING: 0, COMPLETED: 0 },
			active: 2,
		})
	})
})
