// The checklist of a placement: which steps of its place type are done, by whom and when. A ticked
// step is a row; unticking removes it. Only the difference is written, so a step ticked earlier keeps
// its original who and when. The agreement step has no row: it follows from the agreement itself.
import { userNames } from '#app/domain/candidates/consents.server.ts'
import { auditInTransaction } from '#app/domain/candidates/stages.server.ts'
import { now } from '#app/utils/clock.server.ts'
import { prisma } from '#app/utils/db.server.ts'
import { checklistFor, isDerivedChecklistItem, manualChecklistKeys, type ChecklistItemKey } from './checklists.ts'
import { type AgreementSummary } from './placement-plan-summary.server.ts'

export type ChecklistProblem = 'ended'
export type ChecklistResult = { ok: true; ticked: number; unticked: number } | { ok: false; problem: ChecklistProblem }

export const checklistProblemMessages: Record<ChecklistProblem, string> = {
	ended: 'checklists:errors.ended',
}

/** The type of the placement's place, which decides its steps. */
export async function getChecklistPlaceType(placementId: string) {
	const placement = await prisma.placement.findUniqueOrThrow({
		where: { id: placementId },
		select: { place: { select: { type: true } } },
	})
	return placement.place.type
}

/**
 * The steps of the placement's place type, each with when and by whom it was ticked, and the count
 * done. The agreement step carries the agreement's summary (as read for the placement page) and is
 * done when the latest version is accepted.
 */
export async function getPlacementChecklist(placementId: string, placeType: string, agreement: AgreementSummary) {
	const steps = checklistFor(placeType)
	const rows = await prisma.placementChecklistItem.findMany({
		where: {
			placementId,
			itemKey: { in: manualChecklistKeys(placeType) },
		},
		select: { itemKey: true, doneAt: true, doneById: true },
	})
	const names = await userNames(rows.map((row) => row.doneById))
	const done = new Map(rows.map((row) => [row.itemKey, row]))
	const items = steps.map((step) => {
		if (isDerivedChecklistItem(step.key)) {
			return {
				...step,
				done: agreement.state === 'accepted' ? { doneAt: agreement.acceptedOn, doneByName: null } : null,
				agreement,
			}
		}
		const row = done.get(step.key)
		return {
			...step,
			done: row
				? {
						doneAt: row.doneAt.toISOString(),
						doneByName: row.doneById ? (names.get(row.doneById) ?? null) : null,
					}
				: null,
			agreement: null,
		}
	})
	return { items, doneCount: items.filter((item) => item.done).length, total: items.length }
}

export type PlacementChecklist = Awaited<ReturnType<typeof getPlacementChecklist>>

/**
 * Ticks the steps in `done` that are not ticked yet, recorded with the actor and this moment, and
 * unticks only the steps in `shown` (ticked when the page was drawn) that are no longer in `done`:
 * a step a colleague ticked after the page was loaded stays. Derived steps and rows of keys outside
 * the type's list (the place changed type) are left alone. An ended placement is read-only.
 */
export async function saveChecklist({
	placementId,
	actorId,
	done,
	shown,
}: {
	placementId: string
	actorId: string
	done: ChecklistItemKey[]
	shown: ChecklistItemKey[]
}): Promise<ChecklistResult> {
	const moment = now()
	return prisma.$transaction(async (tx): Promise<ChecklistResult> => {
		const placement = await tx.placement.findUniqueOrThrow({
			where: { id: placementId },
			select: { status: true, place: { select: { type: true } } },
		})
		if (placement.status === 'ENDED') return { ok: false, problem: 'ended' }
		const keys = manualChecklistKeys(placement.place.type)
		const wanted = new Set(done)
		const seen = new Set(shown)
		const existing = await tx.placementChecklistItem.findMany({
			where: { placementId, itemKey: { in: keys } },
			select: { itemKey: true },
		})
		const have = new Set(existing.map((row) => row.itemKey))
		const untick = keys.filter((key) => have.has(key) && seen.has(key) && !wanted.has(key))
		const tick = keys.filter((key) => wanted.has(key) && !have.has(key))
		if (untick.length) {
			await tx.placementChecklistItem.deleteMany({ where: { placementId, itemKey: { in: untick } } })
		}
		for (const itemKey of tick) {
			// Two tabs saving at once: whichever comes first keeps its who and when.
			await tx.placementChecklistItem.upsert({
				where: { placementId_itemKey: { placementId, itemKey } },
				create: { placementId, itemKey, doneAt: moment, doneById: actorId },
				update: {},
			})
		}
		if (tick.length || untick.length) {
			await auditInTransaction(tx, 'placement.checklist-changed', {
				actorId,
				entityType: 'Placement',
				entityId: placementId,
				details: { ticked: tick, unticked: untick },
			})
		}
		return { ok: true, ticked: tick.length, unticked: untick.length }
	})
}
