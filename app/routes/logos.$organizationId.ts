import { type LoaderFunctionArgs } from '@remix-run/node'
import { z } from 'zod'
import { readLogo } from '#app/domain/organizations/logos.server.ts'

const ParamsSchema = z.object({ organizationId: z.string().min(1).max(40) })

/**
 * An organisation's logo. Public: employers' logos show on the public board. Addresses carry the
 * logo's version (?v=), so a versioned request may be cached for long; anything else revalidates.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
	const parsed = ParamsSchema.safeParse(params)
	const logo = parsed.success ? await readLogo(parsed.data.organizationId) : null
	if (!logo) throw new Response('Not Found', { status: 404, headers: { 'cache-control': 'no-store' } })
	const requestedVersion = new URL(request.url).searchParams.get('v')
	return new Response(logo.bytes, {
		headers: {
			'content-type': logo.contentType,
			'content-length': String(logo.bytes.byteLength),
			'content-disposition': `inline; filename="logo.${logo.extension}"`,
			'x-content-type-options': 'nosniff',
			'cache-control':
				requestedVersion && requestedVersion === logo.version
					? 'public, max-age=31536000, immutable'
					: 'public, max-age=0, must-revalidate',
			// An image is never a document: nothing in it may run, even when opened on its own.
			'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; sandbox",
		},
	})
}
