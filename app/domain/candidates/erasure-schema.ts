// The erasure confirmation: client-safe, so the page validates with the same schema as the action.
import { z } from 'zod'

/** The confirmation form: the coach types the candidate's code. */
export const EraseCandidateSchema = z.object({
	confirmCode: z.string({ required_error: 'errors:validation.required' }).trim().min(1).max(20),
})

/** Whether the typed code is the candidate's (case and surrounding spaces do not matter). */
export function confirmsCode(typed: string, code: string) {
	return typed.trim().toUpperCase() === code.toUpperCase()
}
