// The yearly report's free text (the social return overview), one per coaching organisation and
// period. Coordinators write it; everyone who may read the report reads it.
import { prisma } from '#app/utils/db.server.ts'
import { type Period } from './insight.ts'

export type InsightNarrativeView = {
	text: string
	updatedAt: Date
	/** Who saved it last; null when that account is gone. */
	updatedByName: string | null
}

const periodKey = (organizationId: string, period: Period) => ({
	organizationId_periodFrom_periodTo: { organizationId, periodFrom: period.from, periodTo: period.to },
})

/** The saved overview of this organisation for exactly this period, or null when none was written. */
export async function getNarrative(organizationId: string, period: Period): Promise<InsightNarrativeView | null> {
	const narrative = await prisma.insightNarrative.findUnique({
		where: periodKey(organizationId, period),
		select: { text: true, updatedAt: true, updatedById: true },
	})
	if (!narrative || narrative.text === '') return null
	const author = narrative.updatedById
		? await prisma.user.findUnique({ where: { id: narrative.updatedById }, select: { name: true } })
		: null
	return { text: narrative.text, updatedAt: narrative.updatedAt, updatedByName: author?.name ?? null }
}

/** Writes (or clears, with an empty text) the overview of this organisation for this period. */
export async function saveNarrative({
	organizationId,
	period,
	text,
	userId,
}: {
	organizationId: string
	period: Period
	text: string
	userId: string
}) {
	await prisma.insightNarrative.upsert({
		where: periodKey(organizationId, period),
		create: { organizationId, periodFrom: period.from, periodTo: period.to, text, updatedById: userId },
		update: { text, updatedById: userId },
	})
}
