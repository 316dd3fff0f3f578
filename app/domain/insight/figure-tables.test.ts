import { describe, expect, it } from 'vitest'
import { getFixedT } from '#app/utils/i18n.ts'
import {
	exportValue,
	figureBySlug,
	figureKeys,
	figureSlugs,
	figureTable,
	formatCell,
	percentOfShare,
} from './figure-tables.ts'
import { type Insight } from './insight.ts'

describe('cells', () => {
	it('shows counts, whole percentages and one decimal, in the reader’s language', () => {
		expect(formatCell(1234, 'count', 'nl')).toBe('1.234')
		expect(formatCell(1234, 'count', 'en')).toBe('1,234')
		expect(formatCell(0.125, 'percent', 'nl')).toBe('13%')
		expect(formatCell(2 / 3, 'percent', 'en')).toBe('67%')
		expect(formatCell(4 / 14, 'decimal', 'nl')).toBe('0,3')
		expect(formatCell(null, 'count', 'nl')).toBe('–')
		expect(percentOfShare(0.145)).toBe(15)
	})

	it('exports plain numbers', () => {
		expect(exportValue(0.5, 'percent')).toBe(50)
		expect(exportValue(4 / 14, 'decimal')).toBe(0.3)
		expect(exportValue(7, 'count')).toBe(7)
		expect(exportValue(null, 'count')).toBeNull()
	})
})

describe('figures', () => {
	it('finds each figure by its file name, and nothing else', () => {
		for (const key of figureKeys) expect(figureBySlug(figureSlugs[key])).toBe(key)
		expect(figureBySlug('kandidaten')).toBeNull()
		expect(figureBySlug(undefined)).toBeNull()
	})

	it('gives an unknown decline reason its key as label, and every table a caption in both languages', () => {
		const insight = {
			proposals: {
				funnel: { proposed: 0, introduced: 0, placed: 0, durable: 0 },
				declineReasons: [{ reason: 'NEW_REASON', count: 2 }],
			},
		} as Insight
		for (const locale of ['nl', 'en'] as const) {
			const table = figureTable('declineReasons', insight, { t: getFixedT(locale, 'insight'), locale })
			expect(table.rows).toEqual([{ header: 'NEW_REASON', cells: [2] }])
			expect(table.caption).not.toContain('figures.')
		}
		// No share of nothing.
		const funnel = figureTable('funnel', insight, { t: getFixedT('nl', 'insight'), locale: 'nl' })
		expect(funnel.rows[0]?.cells).toEqual([0, null])
	})
})
