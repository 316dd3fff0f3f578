import { prisma } from '#app/utils/db.server.ts'
import { now } from '#app/utils/clock.server.ts'
import { generateSessionToken, hashToken } from '#app/utils/session.server.ts'

export type VerificationPurpose = 'EMAIL_CONFIRMATION' | 'PASSWORD_RESET'

const HOUR = 60 * 60 * 1000
export const verificationLifetimes: Record<VerificationPurpose, number> = {
	EMAIL_CONFIRMATION: 72 * HOUR,
	PASSWORD_RESET: 1 * HOUR,
}

/** A one-time link token; only its hash is stored, and a new one voids the earlier ones. */
export async function createVerification(userId: string, purpose: VerificationPurpose) {
	const token = generateSessionToken()
	const [, verification] = await prisma.$transaction([
		prisma.verification.deleteMany({ where: { userId, purpose, usedAt: null } }),
		prisma.verification.create({
			data: {
				userId,
				purpose,
				tokenHash: hashToken(token),
				expiresAt: new Date(now().getTime() + verificationLifetimes[purpose]),
			},
		}),
	])
	return { token, verification }
}

export async function findValidVerification(token: string, purpose: VerificationPurpose) {
	const verification = await prisma.verification.findUnique({ where: { tokenHash: hashToken(token) } })
	if (!verification || verification.purpose !== purpose || verification.usedAt) return null
	if (verification.expiresAt.getTime() <= now().getTime()) return null
	return verification
}

/** Marks the token used; returns the user id, or null when the link is invalid, used or expired. */
export async function consumeVerification(token: string, purpose: VerificationPurpose) {
	const verification = await findValidVerification(token, purpose)
	if (!verification) return null
	const { count } = await prisma.verification.updateMany({
		where: { id: verification.id, usedAt: null },
		data: { usedAt: now() },
	})
	return count === 1 ? verification.userId : null
}
