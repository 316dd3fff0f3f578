import { useForm, type DefaultValue, type SubmissionResult } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod'
import { type z } from 'zod'
import { validationErrorMap } from './validation.ts'

export function parseSubmission<Schema extends z.ZodTypeAny>(formData: FormData, schema: Schema) {
	return parseWithZod(formData, { schema, errorMap: validationErrorMap })
}

/** Conform with the route's own Zod schema on the client, the same one the action uses. */
export function useValidatedForm<Schema extends z.ZodTypeAny>(
	schema: Schema,
	options: { id: string; lastResult?: SubmissionResult<string[]> | null; defaultValue?: Record<string, unknown> },
) {
	return useForm<z.input<Schema>>({
		id: options.id,
		lastResult: options.lastResult,
		defaultValue: options.defaultValue as DefaultValue<z.input<Schema>> | undefined,
		shouldValidate: 'onBlur',
		shouldRevalidate: 'onInput',
		onValidate: ({ formData }) => parseSubmission(formData, schema),
	})
}
