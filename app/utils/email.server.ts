import { createHash } from 'node:crypto'

import { render } from '@react-email/render'
import { createElement, type ReactElement } from 'react'
import { Resend } from 'resend'

import CheckInDueEmail, { checkInDueSubject } from '#emails/check-in-due.tsx'
import EmailConfirmationEmail, { emailConfirmationSubject } from '#emails/email-confirmation.tsx'
import InvitationEmail, { invitationSubject, type InvitationRole } from '#emails/invitation.tsx'
import PasswordResetEmail, { passwordResetSubject } from '#emails/password-reset.tsx'
import PlaceExpiryReminderEmail, { placeExpiryReminderSubject } from '#emails/place-expiry-reminder.tsx'

import { isUniqueViolation, prisma } from './db.server.ts'
import { getEnv } from './env.server.ts'
import { defaultLocale, isLocale, type Locale } from './i18n.ts'

export type EmailStatus = 'OUTBOX' | 'SENT' | 'FAILED'

/** A text file sent with the message (a calendar invitation); `content` is the file's text. */
export type EmailAttachment = { filename: string; content: string; contentType?: string }

export type SendEmailInput = {
	to: string
	subject: string
	react: ReactElement
	/** Same key = same logical message: a second call is a no-op. Also sent to Resend as Idempotency-Key. */
	idempotencyKey: string
	attachments?: EmailAttachment[]
	/**
	 * The recipient's personal preferences page (network mail to contacts). Sent as List-Unsubscribe
	 * with one-click POST (RFC 8058); the template shows the same link in its footer.
	 */
	unsubscribeUrl?: string
}

export type SendEmailResult = {
	status: 'sent' | 'stored' | 'duplicate' | 'failed'
	/** EmailMessage row id (absent only when even recording the failure failed). */
	id?: string
	/** Resend's email id when status is 'sent'. */
	providerId?: string
	error?: string
}

/**
 * Renders and delivers one email; never throws. Without RESEND_API_KEY the message only lands in the
 * local outbox (EmailMessage, status OUTBOX). Call it after your transaction has committed, never
 * inside one: a network call must not hold the SQLite write lock, and a rollback cannot unsend mail.
 */
export async function sendEmail(input: SendEmailInput): Promise<SendEmailResult> {
	try {
		return await deliver(input)
	} catch (error) {
		return { status: 'failed', error: describeError(error) }
	}
}

async function deliver({
	to,
	subject,
	react,
	idempotencyKey,
	attachments = [],
	unsubscribeUrl,
}: SendEmailInput): Promise<SendEmailResult> {
	const recipient = normalizeAddress(to)
	const existing = await prisma.emailMessage.findUnique({
		where: { idempotencyKey },
		select: { id: true, status: true },
	})
	// A FAILED attempt may be retried with the same key; anything else already went out (or is queued).
	if (existing && existing.status !== 'FAILED') return { status: 'duplicate', id: existing.id }

	let html: string
	let text: string
	try {
		;[html, text] = await Promise.all([render(react), render(react, { plainText: true })])
	} catch (error) {
		const message = `render failed: ${describeError(error)}`
		const row = await record(existing?.id, {
			idempotencyKey,
			to: recipient,
			subject,
			html: '',
			text: '',
			status: 'FAILED',
			error: message,
		})
		return { status: 'failed', id: row.id, error: message }
	}

	// Read per call (not at module load) so configuration is whatever getEnv() holds now.
	const env = getEnv()
	// The outbox row has no column for files: the stored text carries them after the message.
	const base = { idempotencyKey, to: recipient, subject, html, text: text + attachmentsAppendix(attachments) }

	if (!env.RESEND_API_KEY) {
		const row = await record(existing?.id, { ...base, status: 'OUTBOX' })
		return row.duplicate ? { status: 'duplicate', id: row.id } : { status: 'stored', id: row.id }
	}

	const outcome = await sendWithResend({
		apiKey: env.RESEND_API_KEY,
		baseUrl: env.RESEND_BASE_URL,
		from: env.EMAIL_FROM,
		...base,
		text,
		attachments,
		headers: unsubscribeUrl
			? { 'List-Unsubscribe': `<${unsubscribeUrl}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' }
			: undefined,
	})
	if (outcome.ok) {
		const row = await record(existing?.id, {
			...base,
			status: 'SENT',
			providerId: outcome.providerId,
			sentAt: new Date(),
		})
		// A concurrent call with the same key won the insert; Resend de-duplicated the send by key.
		if (row.duplicate) return { status: 'duplicate', id: row.id }
		return { status: 'sent', id: row.id, providerId: outcome.providerId }
	}
	const row = await record(existing?.id, { ...base, status: 'FAILED', error: outcome.error })
	if (row.duplicate) return { status: 'duplicate', id: row.id }
	return { status: 'failed', id: row.id, error: outcome.error }
}

type RecordData = {
	idempotencyKey: string
	to: string
	subject: string
	html: string
	text: string
	status: EmailStatus
	providerId?: string
	error?: string
	sentAt?: Date
}

/** Inserts the row, or overwrites the earlier FAILED attempt being retried. */
async function record(existingId: string | undefined, data: RecordData) {
	const fields = {
		...data,
		providerId: data.providerId ?? null,
		error: data.error ?? null,
		sentAt: data.sentAt ?? null,
	}
	if (existingId) {
		const row = await prisma.emailMessage.update({ where: { id: existingId }, data: fields, select: { id: true } })
		return { id: row.id, duplicate: false }
	}
	try {
		const row = await prisma.emailMessage.create({ data: fields, select: { id: true } })
		return { id: row.id, duplicate: false }
	} catch (error) {
		if (!isUniqueViolation(error)) throw error
		const other = await prisma.emailMessage.findUniqueOrThrow({
			where: { idempotencyKey: data.idempotencyKey },
			select: { id: true },
		})
		return { id: other.id, duplicate: true }
	}
}

async function sendWithResend(options: {
	apiKey: string
	baseUrl?: string
	from: string
	to: string
	subject: string
	html: string
	text: string
	idempotencyKey: string
	attachments: EmailAttachment[]
	headers?: Record<string, string>
}): Promise<{ ok: true; providerId: string } | { ok: false; error: string }> {
	try {
		// The SDK falls back to process.env.RESEND_BASE_URL in its constructor; pass ours explicitly so a
		// value that came from elsewhere than process.env still wins. It appends "/emails" verbatim.
		const resend = new Resend(options.apiKey, {
			baseUrl: options.baseUrl ? options.baseUrl.replace(/\/+$/, '') : undefined,
		})
		const { data, error } = await resend.emails.send(
			{
				from: options.from,
				to: [options.to],
				subject: options.subject,
				html: options.html,
				text: options.text,
				...(options.headers ? { headers: options.headers } : {}),
				// A string would be read as base64: send the file's text as bytes.
				...(options.attachments.length > 0
					? {
							attachments: options.attachments.map((file) => ({
								filename: file.filename,
								content: Buffer.from(file.content, 'utf8'),
								contentType: file.contentType,
							})),
						}
					: {}),
			},
			{ idempotencyKey: options.idempotencyKey },
		)
		if (error) {
			const status = 'statusCode' in error && error.statusCode ? `${error.statusCode} ` : ''
			return { ok: false, error: `${status}${error.name}: ${error.message}` }
		}
		if (!data?.id) return { ok: false, error: 'Resend accepted the request but returned no id' }
		return { ok: true, providerId: data.id }
	} catch (error) {
		return { ok: false, error: describeError(error) }
	}
}

/** The attached files as the stored text shows them, after the message itself. */
function attachmentsAppendix(attachments: EmailAttachment[]) {
	return attachments
		.map(
			(file) =>
				`\n\n--- attachment: ${file.filename} (${file.contentType ?? 'application/octet-stream'}) ---\n${file.content}`,
		)
		.join('')
}

// Addresses are compared case-insensitively everywhere in the app, so store them one way.
function normalizeAddress(address: string) {
	return address.trim().toLowerCase()
}

function describeError(error: unknown) {
	return error instanceof Error ? error.message : String(error)
}

function toLocale(locale: string | null | undefined): Locale {
	return isLocale(locale) ? locale : defaultLocale
}

// --- Dev outbox and test helpers ---

/** Newest first, with the plain-text body (links are read from it); for the dev-only outbox page. */
export function listOutbox({ take = 50 }: { take?: number } = {}) {
	return prisma.emailMessage.findMany({
		orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
		take: Math.min(Math.max(Math.trunc(take), 1), 200),
		select: {
			id: true,
			to: true,
			subject: true,
			status: true,
			providerId: true,
			error: true,
			createdAt: true,
			sentAt: true,
			text: true,
		},
	})
}

export function getOutboxMessage(id: string) {
	return prisma.emailMessage.findUnique({ where: { id } })
}

/** The most recent message to an address, whatever its status; handy in tests. */
export function findLatestEmailTo(address: string) {
	return prisma.emailMessage.findFirst({
		where: { to: normalizeAddress(address) },
		orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
	})
}

// --- Typed senders: template + translated subject + idempotency key in one place ---

export type { InvitationRole }

export function sendInvitationEmail({
	to,
	locale,
	organizationName,
	role,
	inviterName,
	acceptUrl,
	expiresAt,
	invitationId,
}: {
	to: string
	/** The recipient's language; anything unknown falls back to Dutch. */
	locale?: string | null
	organizationName: string
	role: InvitationRole
	inviterName?: string | null
	acceptUrl: string
	expiresAt: Date
	invitationId: string
}) {
	const lang = toLocale(locale)
	return sendEmail({
		to,
		subject: invitationSubject({ locale: lang, organizationName }),
		react: createElement(InvitationEmail, { locale: lang, organizationName, role, inviterName, acceptUrl, expiresAt }),
		// Re-sending an invitation issues a new token (only its hash is stored), so the link is part of
		// the key: same link = same message, new link = new message.
		idempotencyKey: `invitation:${invitationId}:${fingerprint(acceptUrl)}`,
	})
}

export function sendPasswordResetEmail({
	to,
	locale,
	resetUrl,
	verificationId,
}: {
	to: string
	locale?: string | null
	resetUrl: string
	verificationId: string
}) {
	const lang = toLocale(locale)
	return sendEmail({
		to,
		subject: passwordResetSubject({ locale: lang }),
		react: createElement(PasswordResetEmail, { locale: lang, resetUrl }),
		idempotencyKey: `password-reset:${verificationId}`,
	})
}

export function sendEmailConfirmation({
	to,
	locale,
	confirmUrl,
	verificationId,
}: {
	to: string
	locale?: string | null
	confirmUrl: string
	verificationId: string
}) {
	const lang = toLocale(locale)
	return sendEmail({
		to,
		subject: emailConfirmationSubject({ locale: lang }),
		react: createElement(EmailConfirmationEmail, { locale: lang, confirmUrl }),
		idempotencyKey: `email-confirmation:${verificationId}`,
	})
}

export function sendPlaceExpiryReminder({
	to,
	locale,
	placeId,
	placeTitle,
	organizationName,
	expiresAt,
	extendUrl,
	manageUrl,
	recipientId,
}: {
	to: string
	locale?: string | null
	placeId: string
	placeTitle: string
	organizationName: string
	expiresAt: Date
	extendUrl: string
	manageUrl: string
	/** The contact person or member it goes to: one message per recipient, per place, per expiry date. */
	recipientId: string
}) {
	const lang = toLocale(locale)
	return sendEmail({
		to,
		subject: placeExpiryReminderSubject({ locale: lang, placeTitle }),
		react: createElement(PlaceExpiryReminderEmail, {
			locale: lang,
			placeTitle,
			organizationName,
			expiresAt,
			extendUrl,
			manageUrl,
		}),
		// A retry after a crash reuses the key and sends nothing; a new expiry date is a new message.
		idempotencyKey: `place-expiry-reminder:${placeId}:${expiresAt.toISOString()}:${recipientId}`,
	})
}

// Short and one-way: the key ends up in logs and at Resend, the token in the link must not.
function fingerprint(value: string) {
	return createHash('sha256').update(value).digest('base64url').slice(0, 16)
}

export function sendCheckInDueEmail({
	to,
	locale,
	checkInId,
	dueOn,
	candidateCode,
	placeTitle,
	employerName,
	placementUrl,
}: {
	to: string
	locale?: string | null
	/** The check-in it reminds of: one message per check-in and due day. */
	checkInId: string
	/** The calendar day it is due (yyyy-mm-dd). */
	dueOn: string
	candidateCode: string
	placeTitle: string
	employerName: string
	placementUrl: string
}) {
	const lang = toLocale(locale)
	return sendEmail({
		to,
		subject: checkInDueSubject({ locale: lang, candidateCode }),
		react: createElement(CheckInDueEmail, {
			locale: lang,
			candidateCode,
			placeTitle,
			employerName,
			dueOn,
			placementUrl,
		}),
		// A retry after a crash reuses the key and sends nothing; a rescheduled check-in is a new message.
		idempotencyKey: `check-in-due:${checkInId}:${dueOn}`,
	})
}
