import { type ActionFunctionArgs } from '@remix-run/node'
import { Resend } from 'resend'
import { DeliveryEventSchema, handleDeliveryEvent } from '#app/domain/network/bounces.server.ts'
import { getEnv } from '#app/utils/env.server.ts'
import { getLogger } from '#app/utils/logger.server.ts'

// Resend's delivery events (Standard Webhooks, sent with svix-* headers). No login and no CSRF token:
// the signature over the raw body is the authorisation, and the server's origin check lets this path
// through. The timestamp must be recent (five minutes), so a captured request cannot be replayed later;
// a redelivery of the same message id is recognised and changes nothing.

const MAX_BODY_BYTES = 256 * 1024

/** A resource route answers with a real Response (a plain object would lose its status). */
function reply(body: Record<string, unknown>, status = 200) {
	return Response.json(body, { status })
}

export async function loader() {
	return new Response('Method Not Allowed', { status: 405, headers: { allow: 'POST' } })
}

export async function action({ request }: ActionFunctionArgs) {
	if (request.method !== 'POST') return new Response('Method Not Allowed', { status: 405, headers: { allow: 'POST' } })
	const secret = getEnv().RESEND_WEBHOOK_SECRET
	if (!secret) {
		getLogger().error('webhook: RESEND_WEBHOOK_SECRET is not set; delivery events are refused')
		return reply({ error: 'not configured' }, 503)
	}
	const id = request.headers.get('svix-id')
	const timestamp = request.headers.get('svix-timestamp')
	const signature = request.headers.get('svix-signature')
	const payload = await request.text()
	if (!id || !timestamp || !signature || id.length > 200 || payload.length > MAX_BODY_BYTES) {
		return reply({ error: 'invalid signature' }, 401)
	}
	let verified: unknown
	try {
		// Verifying needs no API key; the SDK insists on one, so it gets a placeholder.
		verified = new Resend('re_verify_only').webhooks.verify({
			payload,
			headers: { id, timestamp, signature },
			webhookSecret: secret,
		})
	} catch (error) {
		getLogger().warn({ reason: (error as Error).message }, 'webhook: signature refused')
		return reply({ error: 'invalid signature' }, 401)
	}
	const event = DeliveryEventSchema.safeParse(verified)
	if (!event.success) return reply({ error: 'unexpected payload' }, 400)
	const outcome = await handleDeliveryEvent(id, event.data)
	getLogger().info({ type: event.data.type, outcome: outcome.handled ? outcome.type : outcome.reason }, 'webhook')
	return reply({ ok: true, ...outcome })
}
