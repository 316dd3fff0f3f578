// The coordinator's form on the dashboard: each jobcoach's contracted hours a week, all coaches at
// once. Client-safe: the same schema checks the form in the browser and in the action.
import { z } from 'zod'

export const CONTRACT_HOURS_MIN = 0
export const CONTRACT_HOURS_MAX = 60
/** Hours are entered in half hours. */
export const CONTRACT_HOURS_STEP = 0.5

const HOURS_MESSAGE = `insight:contractHours.invalid|${JSON.stringify({ min: CONTRACT_HOURS_MIN, max: CONTRACT_HOURS_MAX })}`

/** Hours a week as typed (a decimal comma or point), or empty for "not known" (null). */
export const ContractHoursValueSchema = z
	.string()
	.trim()
	.max(10, HOURS_MESSAGE)
	.optional()
	.transform((value, context) => {
		if (value === undefined || value === '') return null
		const hours = /^\d+([.,]\d+)?$/.test(value) ? Number(value.replace(',', '.')) : Number.NaN
		if (
			!Number.isFinite(hours) ||
			hours < CONTRACT_HOURS_MIN ||
			hours > CONTRACT_HOURS_MAX ||
			!Number.isInteger(hours / CONTRACT_HOURS_STEP)
		) {
			context.addIssue({ code: 'custom', message: HOURS_MESSAGE })
			return z.NEVER
		}
		return hours
	})

/** A jobcoach of the organisation with their contracted hours (null = not known). */
export type CoachContractHours = { membershipId: string; name: string; contractHours: number | null }

export const ContractHoursSchema = z.object({
	coaches: z
		.array(z.object({ membershipId: z.string().trim().min(1).max(40), hours: ContractHoursValueSchema }))
		.min(1)
		.max(500),
})
