// Delivery events from the email provider (Resend, through its signed webhook): a bounce marks every
// contact with that address as bouncing, a spam complaint turns off all their network mail. Each event
// is kept once by its webhook message id, so a redelivery changes nothing.
import { z } from 'zod'
import { now } from '#app/utils/clock.server.ts'
import { isUniqueViolation, prisma } from '#app/utils/db.server.ts'
import { ALL_MAIL_OPTED_OUT } from './contact-mail.ts'

const BOUNCE_REASON_MAX_LENGTH = 500

/** The part of a delivery event we act on; anything else in it is ignored. */
export const DeliveryEventSchema = z.object({
	type: z.string().max(100),
	created_at: z.string().max(50).optional(),
	data: z
		.object({
			to: z.union([z.string().max(320), z.array(z.string().max(320)).max(50)]).optional(),
			bounce: z
				.object({
					message: z.string().max(2000).optional(),
					type: z.string().max(100).optional(),
					subType: z.string().max(100).optional(),
				})
				.partial()
				.optional(),
		})
		.passthrough(),
})
export type DeliveryEvent = z.infer<typeof DeliveryEventSchema>

export type DeliveryOutcome =
	| { handled: false; reason: 'ignored-type' | 'no-recipient' }
	| { handled: false; reason: 'duplicate' }
	| { handled: true; type: 'BOUNCED' | 'COMPLAINED'; contactsUpdated: number }

/** "Name <a@b.nl>" or "A@B.nl" as the stored, lower-case address. */
export function normalizeRecipient(value: string) {
	const bracketed = /<([^>]+)>/.exec(value)
	return (bracketed?.[1] ?? value).trim().toLowerCase()
}

/** "Permanent (Suppressed): The address is on the suppression list", cut to fit. */
export function describeBounce(bounce: DeliveryEvent['data']['bounce']) {
	if (!bounce) return null
	const kind = [bounce.type, bounce.subType ? `(${bounce.subType})` : null].filter(Boolean).join(' ')
	const text = [kind, bounce.message].filter(Boolean).join(': ')
	return text ? text.slice(0, BOUNCE_REASON_MAX_LENGTH) : null
}

function occurredAt(event: DeliveryEvent) {
	const parsed = event.created_at ? new Date(event.created_at) : null
	return parsed && !Number.isNaN(parsed.getTime()) ? parsed : now()
}

const handledTypes = { 'email.bounced': 'BOUNCED', 'email.complained': 'COMPLAINED' } as const

/**
 * Acts on one verified delivery event. `providerEventId` is the webhook message id (svix-id): the
 * record of it and the change to the contacts commit together, so a redelivery is a no-op.
 */
export async function handleDeliveryEvent(providerEventId: string, event: DeliveryEvent): Promise<DeliveryOutcome> {
	const type = handledTypes[event.type as keyof typeof handledTypes]
	if (!type) return { handled: false, reason: 'ignored-type' }
	const recipients = [event.data.to ?? []].flat().map(normalizeRecipient).filter(Boolean)
	if (recipients.length === 0) return { handled: false, reason: 'no-recipient' }
	const known = await prisma.emailDeliveryEvent.findUnique({ where: { providerEventId }, select: { id: true } })
	if (known) return { handled: false, reason: 'duplicate' }
	const at = occurredAt(event)
	const detail = type === 'BOUNCED' ? describeBounce(event.data.bounce) : null
	try {
		return await prisma.$transaction(async (tx) => {
			await tx.emailDeliveryEvent.create({
				data: { providerEventId, type, email: recipients.join(', '), detail, occurredAt: at },
			})
			const { count } = await tx.contactPerson.updateMany({
				where: { email: { in: recipients } },
				data: type === 'BOUNCED' ? { bouncedAt: at, bounceReason: detail } : { mailOptOuts: ALL_MAIL_OPTED_OUT },
			})
			return { handled: true as const, type, contactsUpdated: count }
		})
	} catch (error) {
		// Two deliveries of the same event at once: the other one recorded it.
		if (isUniqueViolation(error)) return { handled: false, reason: 'duplicate' }
		throw error
	}
}
