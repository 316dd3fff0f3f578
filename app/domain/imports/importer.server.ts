// What the import runner asks of each kind of import (candidates; employers with contacts). The
// runner reads the file, parses every row, lets the importer find rows that repeat an earlier one, and
// then hands over the rows in chunks: `plan` decides each row's outcome against what exists and what
// earlier rows of this run made (a dry run stops there), `apply` writes the chunk in one transaction.
import { type z } from 'zod'
import { type AuditAction } from '#app/utils/audit.server.ts'
import { type Prisma } from '#app/utils/db.server.ts'
import { validationErrorMap } from '#app/utils/validation.ts'

export type RowOutcome = 'created' | 'updated' | 'unchanged' | 'skipped'

/** Why a row was skipped: its number as the spreadsheet shows it, the field (null: the row) and a message key. */
export type RowError = { row: number; field: string | null; message: string }

/** A data row with the mapped columns' text by field key. */
export type RawRow = { row: number; values: Record<string, string> }

export type ParsedRow<Value> = { ok: true; value: Value } | { ok: false; errors: Array<Omit<RowError, 'row'>> }

export type ValidRow<Value> = { row: number; value: Value }

export type ChunkPlan = {
	outcomes: Array<{ row: number; outcome: RowOutcome }>
	errors: RowError[]
	/** Writes what the plan decided; only a real import calls it, inside the chunk's transaction. */
	apply: (tx: Prisma.TransactionClient) => Promise<void>
}

export type Importer<Value> = {
	parse: (row: RawRow) => ParsedRow<Value>
	/** Rows that repeat an earlier row of the file (or contradict it), by row number: they are skipped. */
	findRepeats: (rows: ReadonlyArray<ValidRow<Value>>) => Map<number, RowError[]>
	/** A dry run plans without preparing the writes (no candidate codes are drawn). */
	plan: (rows: ReadonlyArray<ValidRow<Value>>, options: { dryRun: boolean }) => Promise<ChunkPlan>
}

export type ImporterContext = {
	jobId: string
	organizationId: string
	/** Who imports: recorded as creator, and the default jobcoach of new candidates. */
	actorId: string | null
}

/** Zod issues as row errors: the first path segment is the field. */
export function issuesToErrors(issues: ReadonlyArray<{ path: ReadonlyArray<string | number>; message: string }>) {
	const seen = new Set<string>()
	const errors: Array<Omit<RowError, 'row'>> = []
	for (const issue of issues) {
		const field = issue.path[0] === undefined ? null : String(issue.path[0])
		const key = `${field}|${issue.message}`
		if (seen.has(key)) continue
		seen.add(key)
		errors.push({ field, message: issue.message })
	}
	return errors
}

/** An importer's `parse`: the row schema with the app's messages, its issues as the row's errors. */
export function rowParser<Value>(schema: z.ZodType<Value, z.ZodTypeDef, unknown>): Importer<Value>['parse'] {
	return (raw) => {
		const result = schema.safeParse(raw.values, { errorMap: validationErrorMap })
		return result.success
			? { ok: true, value: result.data }
			: { ok: false, errors: issuesToErrors(result.error.issues) }
	}
}

/** The values of these fields (an absent one stays absent): what a row holds for a record, to compare with it. */
export function pickFields<Values, Field extends keyof Values>(values: Values, fields: readonly Field[]) {
	return Object.fromEntries(fields.map((field) => [field, values[field]])) as Pick<Values, Field>
}

/** The outcome of a row that may have created, updated or only matched records. */
export function outcomeOf(created: boolean, updated: boolean): RowOutcome {
	return created ? 'created' : updated ? 'updated' : 'unchanged'
}

/** Two values are the same when both are empty or equal; lists when they hold the same keys. */
export function sameValue(a: unknown, b: unknown) {
	if (Array.isArray(a) && Array.isArray(b)) {
		return a.length === b.length && a.every((item) => b.includes(item))
	}
	return (a ?? null) === (b ?? null)
}

/** The keys of `next` whose value is given and differs from `current` (only what the file holds changes). */
export function changedFields<Values extends Record<string, unknown>>(
	current: Values,
	next: Partial<Values>,
	fields: ReadonlyArray<keyof Values & string>,
) {
	return fields.filter((field) => next[field] !== undefined && !sameValue(current[field], next[field]))
}

export type AuditEntry = { action: AuditAction; entityType: string; entityId: string; details: Record<string, unknown> }

/** The chunk's audit rows, written with its changes (field names and ids only, never a value). */
export async function auditMany(tx: Prisma.TransactionClient, actorId: string | null, entries: readonly AuditEntry[]) {
	if (entries.length === 0) return
	await tx.auditEvent.createMany({
		data: entries.map((entry) => ({
			action: entry.action,
			actorId,
			entityType: entry.entityType,
			entityId: entry.entityId,
			details: JSON.stringify(entry.details),
		})),
	})
}
