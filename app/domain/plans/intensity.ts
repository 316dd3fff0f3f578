// Municipalities set the intensity of jobcoaching by one of three rules of thumb. The plan keeps a
// figure for each so the yearly hours can be put side by side: the research found the rules often
// give very different answers for the same person. The constants are the plan's own conventions,
// explained in docs/decisions/010-support-plans-and-agreements.md.
import { intensityMethods, type IntensityMethod, type SupportRegime } from './plan-options.ts'

/** Support is counted per calendar week, as the municipalities in the research budget it. */
export const WEEKS_PER_YEAR = 52

/** Yearly hours of each regime: 1, 2 and 4 hours a week. */
export const regimeYearlyHours: Record<SupportRegime, number> = { LIGHT: 52, MEDIUM: 104, HEAVY: 208 }

export type IntensityFigures = {
	supportHoursPerWeek: number
	/** Percentage of the contract hours, 0–100. */
	supportPercent: number
	supportRegime: SupportRegime
}

const oneDecimal = (value: number) => Math.round(value * 10) / 10

/** Unrounded yearly hours of each method; round once, where a figure is shown. */
function exactYearlyHours(figures: IntensityFigures, contractHoursPerWeek: number): Record<IntensityMethod, number> {
	return {
		HOURS_PER_WEEK: figures.supportHoursPerWeek * WEEKS_PER_YEAR,
		PERCENT_OF_CONTRACT: (figures.supportPercent / 100) * contractHoursPerWeek * WEEKS_PER_YEAR,
		REGIME: regimeYearlyHours[figures.supportRegime],
	}
}

/** Yearly hours of support by each method, for the placement's contract hours a week. */
export function yearlyHoursByMethod(
	figures: IntensityFigures,
	contractHoursPerWeek: number,
): Record<IntensityMethod, number> {
	const exact = exactYearlyHours(figures, contractHoursPerWeek)
	return {
		HOURS_PER_WEEK: oneDecimal(exact.HOURS_PER_WEEK),
		PERCENT_OF_CONTRACT: oneDecimal(exact.PERCENT_OF_CONTRACT),
		REGIME: oneDecimal(exact.REGIME),
	}
}

/** The side-by-side comparison, the chosen method marked, plus the hours over the plan's whole duration. */
export function intensityComparison(
	figures: IntensityFigures & { intensityMethod: IntensityMethod; durationMonths: number },
	contractHoursPerWeek: number,
) {
	const exact = exactYearlyHours(figures, contractHoursPerWeek)
	return intensityMethods.map((method) => ({
		method,
		chosen: method === figures.intensityMethod,
		yearlyHours: oneDecimal(exact[method]),
		hoursPerWeek: oneDecimal(exact[method] / WEEKS_PER_YEAR),
		totalHours: oneDecimal((exact[method] * figures.durationMonths) / 12),
	}))
}
