import { type Submission } from '@conform-to/react'
import { data } from '@remix-run/node'
import { type z } from 'zod'
import { parseSubmission } from './forms.ts'

export async function parseFormRequest<Schema extends z.ZodTypeAny>(request: Request, schema: Schema) {
	return parseSubmission(await request.formData(), schema)
}

/** A failed submission answers 400 with the reply Conform shows next to the fields. */
export function invalidSubmission(
	submission: Submission<unknown>,
	options: { formErrors?: string[]; fieldErrors?: Record<string, string[]>; hideFields?: string[] } = {},
) {
	return data({ result: submission.reply(options) }, { status: 400 })
}
