// The yearly report's free text, the "social return overview": what the figures do not show, in
// the coordinator's own words. Client-safe: the same schema checks the form in the browser and in
// the action.
import { z } from 'zod'

/** About two printed pages: the overview is meant to be short. */
export const NARRATIVE_MAX = 5000

/** Windows and old Mac line endings as plain newlines, so the text is stored and counted the same everywhere. */
export function normalizeLineEndings(value: string) {
	return value.replace(/\r\n?/g, '\n')
}

export const NarrativeSchema = z.object({
	/** Empty clears the overview. */
	text: z.preprocess(
		(value) => (typeof value === 'string' ? normalizeLineEndings(value) : value),
		z.string().trim().max(NARRATIVE_MAX).optional(),
	),
})
