// Importing candidates into a coaching organisation. A row is the same person as an existing
// candidate by email (within the organisation), else by first name, last name and birth year. A new
// candidate is created as the intake form creates one (an INTAKE event opens the history, the profile
// counts as confirmed); an existing one gets only the values the file holds that differ, and a new
// stage is a STAGE event, as on the stage tab. A new candidate's intake is dated by the file's intake
// date (else today), and one the file marks as not active steps back on that day, as the stage flow
// records it; an existing candidate's intake date and active flag are their own history's, and a
// file does not rewrite them. Every change marks the candidate for the search index
// and is audited (field names only) in the chunk's transaction.
import { randomCandidateCode } from '#app/domain/candidates/candidates.server.ts'
import { isCandidateStage, type CandidateStage } from '#app/domain/candidates/candidate-options.ts'
import { currentAmsterdamYear } from '#app/domain/candidates/profile.server.ts'
import { findTown } from '#app/domain/geo/towns.server.ts'
import { amsterdamDate, calendarDay } from '#app/utils/amsterdam-time.ts'
import { now } from '#app/utils/clock.server.ts'
import { prisma, type Prisma } from '#app/utils/db.server.ts'
import { markForReindex } from '#search/outbox.server.ts'
import { createCandidateImportSchema, type CandidateImportRow } from './candidate-import-schema.ts'
import { candidateProfileImportFields } from './column-mapping.ts'
import { messageWithValues, normalizeText } from './import-values.ts'
import {
	auditMany,
	changedFields,
	outcomeOf,
	pickFields,
	rowParser,
	type AuditEntry,
	type ChunkPlan,
	type Importer,
	type ImporterContext,
	type RowError,
	type RowOutcome,
	type ValidRow,
} from './importer.server.ts'

/** The candidate columns an import may set, as the import compares them (lists as key arrays). */
type TrackedValues = {
	firstName: string | null
	lastName: string | null
	email: string | null
	phone: string | null
	birthYear: number | null
	homeTown: string | null
	primaryCoachId: string | null
	happyWhen: string | null
	interests: string | null
	talents: string | null
	experience: string | null
	training: string | null
	hoursMin: number | null
	hoursMax: number | null
	placeTypes: string[]
	languages: string[]
}
type TrackedField = keyof TrackedValues

const trackedFields = [
	'firstName',
	'lastName',
	'email',
	'phone',
	'birthYear',
	'homeTown',
	'primaryCoachId',
	...candidateProfileImportFields,
] as const satisfies readonly TrackedField[]

const listFields = new Set<TrackedField>(['placeTypes', 'languages'])

/** A candidate as this run knows it: loaded, or planned by an earlier row (id null until written). */
type KnownCandidate = { id: string | null; stage: CandidateStage; active: boolean; values: TrackedValues }

function parseList(json: string) {
	try {
		const value: unknown = JSON.parse(json)
		return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []
	} catch {
		return []
	}
}

function nameKey(values: { firstName: string | null; lastName?: string | null; birthYear?: number | null }) {
	return `${normalizeText(values.firstName ?? '')}|${normalizeText(values.lastName ?? '')}|${values.birthYear ?? ''}`
}

/** The organisation's candidates by email and by name and birth year, kept up to date as rows are planned. */
class KnownCandidates {
	private byEmail = new Map<string, KnownCandidate>()
	private byName = new Map<string, KnownCandidate[]>()

	add(candidate: KnownCandidate) {
		if (candidate.values.email) this.byEmail.set(candidate.values.email.toLowerCase(), candidate)
		const key = nameKey(candidate.values)
		this.byName.set(key, [...(this.byName.get(key) ?? []), candidate])
	}

	remove(candidate: KnownCandidate) {
		if (candidate.values.email && this.byEmail.get(candidate.values.email.toLowerCase()) === candidate) {
			this.byEmail.delete(candidate.values.email.toLowerCase())
		}
		const key = nameKey(candidate.values)
		this.byName.set(
			key,
			(this.byName.get(key) ?? []).filter((known) => known !== candidate),
		)
	}

	/** By email first; else by name and birth year, never someone known under another email address. */
	find(row: CandidateImportRow) {
		if (row.email) {
			const byEmail = this.byEmail.get(row.email)
			if (byEmail) return byEmail
		}
		return (
			this.byName
				.get(nameKey(row))
				?.find((known) => !row.email || !known.values.email || known.values.email === row.email) ?? null
		)
	}
}

function trackedFromRow(row: CandidateImportRow): Partial<TrackedValues> {
	return pickFields(row, trackedFields)
}

/** The Candidate columns for these values: lists as JSON, the home town with its municipality and coordinates. */
function columnsFor(values: Partial<TrackedValues>, fields: readonly TrackedField[]) {
	const data: Record<string, unknown> = {}
	for (const field of fields) {
		const value = values[field]
		if (listFields.has(field)) data[field] = JSON.stringify(value ?? [])
		else if (field === 'homeTown') {
			const town = typeof value === 'string' ? findTown(value) : null
			data.homeTown = town?.label ?? null
			data.homeMunicipality = town?.municipality || null
			data.latitude = town?.latitude ?? null
			data.longitude = town?.longitude ?? null
		} else data[field] = value ?? null
	}
	return data as Prisma.CandidateUncheckedUpdateInput
}

type CreateOperation = {
	row: number
	code: string
	stage: CandidateStage
	known: KnownCandidate
	/** yyyy-mm-dd; absent: the day of the import. */
	intakeDate?: string
}
type UpdateOperation = {
	row: number
	known: KnownCandidate
	fields: TrackedField[]
	stage: { from: CandidateStage; to: CandidateStage } | null
}

export async function createCandidateImporter(context: ImporterContext): Promise<Importer<CandidateImportRow>> {
	const { organizationId, actorId, jobId } = context
	const [memberships, existing] = await Promise.all([
		prisma.membership.findMany({
			where: { organizationId, role: 'JOBCOACH', user: { disabledAt: null } },
			select: { user: { select: { id: true, name: true, email: true } } },
		}),
		prisma.candidate.findMany({
			where: { organizationId, erasedAt: null },
			select: {
				id: true,
				stage: true,
				active: true,
				firstName: true,
				lastName: true,
				email: true,
				phone: true,
				birthYear: true,
				homeTown: true,
				primaryCoachId: true,
				happyWhen: true,
				interests: true,
				talents: true,
				experience: true,
				training: true,
				hoursMin: true,
				hoursMax: true,
				placeTypes: true,
				languages: true,
			},
		}),
	])
	// New candidates without a coach in the file get the importing coach, while they are one.
	const defaultCoachId = actorId && memberships.some((membership) => membership.user.id === actorId) ? actorId : null
	const schema = createCandidateImportSchema({
		currentYear: currentAmsterdamYear(),
		today: amsterdamDate(now()),
		coaches: memberships.map((membership) => membership.user),
		defaultCoachId: defaultCoachId ?? 'none',
		townLabel: (text) => findTown(text)?.label ?? null,
	})

	const known = new KnownCandidates()
	for (const candidate of existing) {
		const { id, stage, active, placeTypes, languages, ...values } = candidate
		known.add({
			id,
			stage: isCandidateStage(stage) ? stage : 'ORIENTING',
			active,
			values: {
				...values,
				email: values.email?.toLowerCase() ?? null,
				placeTypes: parseList(placeTypes),
				languages: parseList(languages),
			},
		})
	}
	const drawnCodes = new Set<string>()

	/** Free pseudonyms for a chunk's new candidates, checked against the database in one query per round. */
	async function drawCodes(count: number) {
		const codes: string[] = []
		for (let round = 0; codes.length < count; round++) {
			if (round === 20) throw new Error('Could not find free candidate codes')
			const fresh = new Set<string>()
			while (fresh.size < count - codes.length) {
				const code = randomCandidateCode()
				if (!drawnCodes.has(code)) fresh.add(code)
			}
			const taken = await prisma.candidate.findMany({ where: { code: { in: [...fresh] } }, select: { code: true } })
			const takenCodes = new Set(taken.map((candidate) => candidate.code))
			for (const code of fresh) {
				if (takenCodes.has(code)) continue
				codes.push(code)
				drawnCodes.add(code)
			}
		}
		return codes
	}

	async function plan(
		rows: ReadonlyArray<ValidRow<CandidateImportRow>>,
		{ dryRun }: { dryRun: boolean },
	): Promise<ChunkPlan> {
		const outcomes: Array<{ row: number; outcome: RowOutcome }> = []
		const errors: RowError[] = []
		const creates: CreateOperation[] = []
		const updates: UpdateOperation[] = []
		for (const { row, value } of rows) {
			const match = known.find(value)
			const next = trackedFromRow(value)
			if (!match) {
				const values = Object.fromEntries(
					trackedFields.map((field) => [field, next[field] ?? (listFields.has(field) ? [] : null)]),
				) as TrackedValues
				values.primaryCoachId ??= defaultCoachId
				const candidate: KnownCandidate = {
					id: null,
					stage: value.stage ?? 'ORIENTING',
					active: value.active ?? true,
					values,
				}
				known.add(candidate)
				creates.push({ row, code: '', stage: candidate.stage, known: candidate, intakeDate: value.intakeDate })
				outcomes.push({ row, outcome: 'created' })
				continue
			}
			const stageChange = value.stage && value.stage !== match.stage ? { from: match.stage, to: value.stage } : null
			if (stageChange && !match.active) {
				// A candidate who stepped back comes back on their own page ("Komt terug"), not by a file.
				errors.push({ row, field: 'stage', message: 'imports:errors.inactiveStage' })
				outcomes.push({ row, outcome: 'skipped' })
				continue
			}
			const fields = changedFields(match.values, next, trackedFields)
			const hoursMin = next.hoursMin ?? match.values.hoursMin
			const hoursMax = next.hoursMax ?? match.values.hoursMax
			if (hoursMin !== null && hoursMax !== null && hoursMin > hoursMax) {
				// One bound in the file, the other on the profile: together they must still make sense.
				errors.push({
					row,
					field: next.hoursMax === undefined ? 'hoursMin' : 'hoursMax',
					message: 'candidates:errors.hoursOrder',
				})
				outcomes.push({ row, outcome: 'skipped' })
				continue
			}
			if (fields.length > 0) {
				known.remove(match)
				for (const field of fields) (match.values as Record<string, unknown>)[field] = next[field]
				known.add(match)
			}
			if (stageChange) match.stage = stageChange.to
			if (fields.length > 0 || stageChange) updates.push({ row, known: match, fields, stage: stageChange })
			outcomes.push({ row, outcome: outcomeOf(false, fields.length > 0 || stageChange !== null) })
		}
		if (!dryRun && creates.length > 0) {
			const codes = await drawCodes(creates.length)
			creates.forEach((create, index) => (create.code = codes[index]!))
		}
		return { outcomes, errors, apply: (tx) => apply(tx, creates, updates) }
	}

	async function apply(tx: Prisma.TransactionClient, creates: CreateOperation[], updates: UpdateOperation[]) {
		const moment = now()
		const today = calendarDay(amsterdamDate(moment))
		const audits: AuditEntry[] = []
		const entityType = 'Candidate'
		if (creates.length > 0) {
			const created = await tx.candidate.createManyAndReturn({
				data: creates.map((create) => ({
					...(columnsFor(create.known.values, trackedFields) as Prisma.CandidateCreateManyInput),
					organizationId,
					code: create.code,
					stage: create.stage,
					active: create.known.active,
					confirmedAt: moment,
					createdById: actorId,
				})),
				select: { id: true, code: true },
			})
			const idByCode = new Map(created.map((candidate) => [candidate.code, candidate.id]))
			for (const create of creates) create.known.id = idByCode.get(create.code) ?? null
			const intakeOn = (create: CreateOperation) => (create.intakeDate ? calendarDay(create.intakeDate) : today)
			await tx.candidateEvent.createMany({
				data: creates.map((create) => ({
					candidateId: create.known.id!,
					kind: 'INTAKE',
					toStage: create.stage,
					occurredOn: intakeOn(create),
					recordedById: actorId,
					createdAt: moment,
				})),
			})
			// Not active: stepping back from the day of the intake, after it (a later moment orders it so).
			const steppedBack = creates.filter((create) => !create.known.active)
			if (steppedBack.length > 0) {
				await tx.candidateEvent.createMany({
					data: steppedBack.map((create) => ({
						candidateId: create.known.id!,
						kind: 'STEP_BACK',
						fromStage: create.stage,
						toStage: create.stage,
						occurredOn: intakeOn(create),
						recordedById: actorId,
						createdAt: new Date(moment.getTime() + 1),
					})),
				})
			}
			for (const create of creates) {
				audits.push({
					action: 'candidate.created',
					entityType,
					entityId: create.known.id!,
					details: { stage: create.stage, active: create.known.active, importJobId: jobId },
				})
			}
		}
		for (const update of updates) {
			const candidateId = update.known.id!
			const data = columnsFor(update.known.values, update.fields)
			if (update.stage) data.stage = update.stage.to
			await tx.candidate.update({ where: { id: candidateId }, data })
			if (update.fields.length > 0) {
				const fields = [...new Set(update.fields.map((field) => (field === 'primaryCoachId' ? 'coaches' : field)))]
				audits.push({
					action: 'candidate.updated',
					entityType,
					entityId: candidateId,
					details: { fields, importJobId: jobId },
				})
			}
			if (update.stage) {
				await tx.candidateEvent.create({
					data: {
						candidateId,
						kind: 'STAGE',
						fromStage: update.stage.from,
						toStage: update.stage.to,
						occurredOn: today,
						recordedById: actorId,
					},
				})
				audits.push({
					action: 'candidate.stage-changed',
					entityType,
					entityId: candidateId,
					details: { fromStage: update.stage.from, toStage: update.stage.to, importJobId: jobId },
				})
			}
		}
		await markForReindex(tx, 'candidates', [
			...creates.map((create) => create.known.id!),
			...updates.map((update) => update.known.id!),
		])
		await auditMany(tx, actorId, audits)
	}

	return {
		parse: rowParser(schema),
		findRepeats(rows) {
			const repeats = new Map<number, RowError[]>()
			const byEmail = new Map<string, number>()
			const byName = new Map<string, number>()
			for (const { row, value } of rows) {
				const key = nameKey(value)
				const earlier = value.email ? byEmail.get(value.email) : byName.get(key)
				if (earlier !== undefined) {
					repeats.set(row, [
						{
							row,
							field: value.email ? 'email' : null,
							message: messageWithValues('imports:errors.duplicateInFile', { row: earlier }),
						},
					])
					continue
				}
				if (value.email) byEmail.set(value.email, row)
				if (!byName.has(key)) byName.set(key, row)
			}
			return repeats
		},
		plan,
	}
}
