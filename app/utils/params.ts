import { z } from 'zod'

/** An organisation's id as a route param. */
export const OrganizationParamsSchema = z.object({ organizationId: z.string().min(1).max(40) })

/**
 * What the route params name, loaded, or a 404: a malformed param answers just like an unknown one,
 * so the address tells nothing about what exists.
 */
export async function requireFromParams<Schema extends z.ZodTypeAny, Found>(
	params: unknown,
	schema: Schema,
	load: (params: z.infer<Schema>) => Promise<Found | null>,
): Promise<Found> {
	const parsed = schema.safeParse(params)
	const found = parsed.success ? await load(parsed.data) : null
	if (!found) throw new Response('Not Found', { status: 404 })
	return found
}
