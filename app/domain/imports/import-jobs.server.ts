// Spreadsheet imports as jobs: upload (the file is read, checked and kept under DATA_DIR/imports),
// map the columns, preview by a dry run, then import in the background in chunks of CHUNK_SIZE rows,
// each chunk one transaction that also moves the job's progress on, with a turn of the event loop in
// between so the server keeps answering. A restart loses nothing: `resumeImports` (the worker calls it
// every minute) picks up a queued or running job where its last chunk ended; a chunk is written
// whole or not at all, and matching on email, KvK number and names makes a row safe to import twice.
import crypto from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'
import {
	MaxPartSizeExceededError,
	unstable_createMemoryUploadHandler,
	unstable_parseMultipartFormData,
} from '@remix-run/node'
import { data } from '@remix-run/node'
import { z } from 'zod'
import { hasPermission, requirePermission, requireUser, type SessionUser } from '#app/utils/auth.server.ts'
import { now } from '#app/utils/clock.server.ts'
import { prisma, type Prisma } from '#app/utils/db.server.ts'
import { getEnv } from '#app/utils/env.server.ts'
import { getLogger } from '#app/utils/logger.server.ts'
import { type PermissionRequest } from '#app/utils/permissions.ts'
import { redirectWithToast } from '#app/utils/toast.server.ts'
import { createCandidateImporter } from './candidate-importer.server.ts'
import {
	cleanMapping,
	isImportKind,
	isMappable,
	mappableStatuses,
	parseStoredMapping,
	suggestMapping,
	type ColumnMapping,
	type ImportKind,
} from './column-mapping.ts'
import { createEmployerImporter } from './employer-importer.server.ts'
import { type Importer, type ImporterContext, type RawRow, type RowError, type RowOutcome } from './importer.server.ts'
import { IMPORT_MAX_BYTES, readSheet, type Sheet, type SheetProblem } from './read-sheet.server.ts'

export const CHUNK_SIZE = 200
/** The row errors a job keeps (the counts stay exact beyond it). */
export const MAX_STORED_ERRORS = 5000
/** A job nobody started is removed, with its file, after this many days. */
const ABANDONED_AFTER_DAYS = 14
/** A chunk that fails (a unique number taken meanwhile, a busy database) is planned and tried again this often. */
const MAX_ATTEMPTS = 3

export const importJobStatuses = ['UPLOADED', 'READY', 'QUEUED', 'RUNNING', 'DONE', 'FAILED'] as const
export type ImportJobStatus = (typeof importJobStatuses)[number]

type ImportJobRecord = Prisma.ImportJobGetPayload<object>
/** A job whose kind has been checked to be one we import. */
type KnownKindJob = ImportJobRecord & { kind: ImportKind }

/** Who may import what: candidates are the jobcoaches', employers the coordinators'. */
export const importPermissions: Record<ImportKind, PermissionRequest> = {
	CANDIDATES: 'create:candidate',
	EMPLOYERS: 'create:employer',
}

/** The page each kind's imports start from, and the list the imported records end up in. */
export const importPaths: Record<ImportKind, { start: string; list: string }> = {
	CANDIDATES: { start: '/jobcoach/kandidaten/importeren', list: '/jobcoach/kandidaten' },
	EMPLOYERS: { start: '/werkgevers/importeren', list: '/werkgevers' },
}

function yieldToEventLoop() {
	return new Promise<void>((resolve) => setImmediate(resolve))
}

// --- Files ---------------------------------------------------------------------------------------

function importsDirectory() {
	return path.join(getEnv().DATA_DIR, 'imports')
}

const storedFileName = /^[a-f0-9]{32}\.(xlsx|csv)$/

/** Only names we made ourselves: never a path from the database that leaves the imports directory. */
function storedPath(fileName: string | null) {
	return fileName && storedFileName.test(fileName) ? path.join(importsDirectory(), fileName) : null
}

async function removeStoredFile(fileName: string | null) {
	const file = storedPath(fileName)
	if (file) await fs.rm(file, { force: true })
	if (fileName) sheetCache().delete(fileName)
}

type CachedSheet = { sheet: Sheet; usedAt: number }
const CACHE_SIZE = 3
const CACHE_TTL_MS = 10 * 60 * 1000

/** The last few files read: the mapping page, the dry run and the run read the same file in a row. */
function sheetCache() {
	const state = globalThis as unknown as { importSheetCache?: Map<string, CachedSheet> }
	return (state.importSheetCache ??= new Map())
}

function cacheSheet(fileName: string, sheet: Sheet) {
	const cache = sheetCache()
	cache.set(fileName, { sheet, usedAt: Date.now() })
	const expired = Date.now() - CACHE_TTL_MS
	for (const [key, entry] of cache) if (entry.usedAt < expired) cache.delete(key)
	while (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!)
}

class ImportFileMissing extends Error {}

/** The job's file, read; throws ImportFileMissing when it is gone. */
async function loadJobSheet(job: Pick<ImportJobRecord, 'storedFile' | 'fileName'>): Promise<Sheet> {
	const file = storedPath(job.storedFile)
	if (!file || !job.storedFile) throw new ImportFileMissing()
	const cached = sheetCache().get(job.storedFile)
	// The file is what counts: a cached copy of a file that is gone is not used.
	if (cached && (await fs.stat(file).catch(() => null))) {
		cached.usedAt = Date.now()
		return cached.sheet
	}
	let bytes: Buffer
	try {
		bytes = await fs.readFile(file)
	} catch {
		sheetCache().delete(job.storedFile)
		throw new ImportFileMissing()
	}
	const result = await readSheet(new Uint8Array(bytes), job.storedFile)
	if (!result.ok) throw new ImportFileMissing()
	cacheSheet(job.storedFile, result.sheet)
	return result.sheet
}

// --- Upload --------------------------------------------------------------------------------------

/** Room for the multipart boundaries around the file. */
const MULTIPART_OVERHEAD_BYTES = 64 * 1024

export type UploadResult = { ok: true; fileName: string; bytes: Uint8Array } | { ok: false; problem: SheetProblem }

/** Reads the upload form (multipart, field `file`); a file over the limit stops the reading. */
export async function readImportUpload(request: Request): Promise<UploadResult> {
	const declaredLength = Number(request.headers.get('content-length') ?? Number.NaN)
	if (declaredLength > IMPORT_MAX_BYTES + MULTIPART_OVERHEAD_BYTES) return { ok: false, problem: 'tooLarge' }
	if (!request.headers.get('content-type')?.startsWith('multipart/form-data')) return { ok: false, problem: 'required' }
	let formData: FormData
	try {
		formData = await unstable_parseMultipartFormData(
			request,
			unstable_createMemoryUploadHandler({ maxPartSize: IMPORT_MAX_BYTES, filter: ({ name }) => name === 'file' }),
		)
	} catch (error) {
		if (error instanceof MaxPartSizeExceededError) return { ok: false, problem: 'tooLarge' }
		throw new Response('Bad Request', { status: 400 })
	}
	const file = formData.get('file')
	if (!(file instanceof File) || !file.name) return { ok: false, problem: 'required' }
	if (file.size === 0) return { ok: false, problem: 'empty' }
	return { ok: true, fileName: file.name.slice(0, 200), bytes: new Uint8Array(await file.arrayBuffer()) }
}

export type CreateJobResult = { ok: true; jobId: string } | { ok: false; problem: SheetProblem; line?: number }

/**
 * Reads the file and, only when it is a spreadsheet with a header row, data rows and at least one
 * column we recognise, stores it and creates the job with the suggested mapping. A bad file writes
 * nothing: no file, no job.
 */
export async function createImportJob({
	kind,
	organizationId,
	actorId,
	fileName,
	bytes,
}: {
	kind: ImportKind
	organizationId: string
	actorId: string
	fileName: string
	bytes: Uint8Array
}): Promise<CreateJobResult> {
	const result = await readSheet(bytes, fileName)
	if (!result.ok) return result
	const { sheet } = result
	const mapping = suggestMapping(kind, sheet.headers)
	if (Object.keys(mapping).length === 0) return { ok: false, problem: 'noKnownColumns' }

	const storedFile = `${crypto.randomBytes(16).toString('hex')}.${sheet.format}`
	await fs.mkdir(importsDirectory(), { recursive: true })
	await fs.writeFile(storedPath(storedFile)!, bytes, { flag: 'wx' })
	try {
		const job = await prisma.importJob.create({
			data: {
				organizationId,
				createdById: actorId,
				kind,
				fileName,
				storedFile,
				fileHash: crypto.createHash('sha256').update(bytes).digest('hex'),
				headers: JSON.stringify(sheet.headers),
				mapping: JSON.stringify(mapping),
				totalRows: sheet.rows.length,
			},
			select: { id: true },
		})
		cacheSheet(storedFile, sheet)
		return { ok: true, jobId: job.id }
	} catch (error) {
		await removeStoredFile(storedFile)
		throw error
	}
}

/**
 * The upload form's action, for both kinds: a bad file answers 400 with the problem (nothing is
 * written); a good one opens its job page.
 */
export async function handleImportUpload(
	request: Request,
	{ kind, organizationId, actorId }: { kind: ImportKind; organizationId: string; actorId: string },
) {
	const upload = await readImportUpload(request)
	if (!upload.ok) return data({ problem: upload.problem }, { status: 400 })
	const result = await createImportJob({
		kind,
		organizationId,
		actorId,
		fileName: upload.fileName,
		bytes: upload.bytes,
	})
	if (!result.ok) return data({ problem: result.problem, line: result.line }, { status: 400 })
	return redirectWithToast(`/importeren/${result.jobId}`, { title: 'imports:toast.uploaded' })
}

// --- Access --------------------------------------------------------------------------------------

const JobParamsSchema = z.object({ jobId: z.string().min(1).max(40) })

/** What `requireImportJob` needs to decide who may see a job. */
type GuardedJob = { kind: string; organizationId: string }

/**
 * A job the signed-in user may see: they may import its kind and belong to its organisation.
 * Another organisation's job, a job of a kind they may not import and an unknown id all answer the
 * same 404, so a job's existence is never revealed. `load` reads the job (only what the caller needs).
 */
async function requireJob<Job extends GuardedJob>(
	request: Request,
	params: unknown,
	load: (id: string) => Promise<Job | null>,
): Promise<{ user: SessionUser; job: Job & { kind: ImportKind }; kind: ImportKind }> {
	const parsed = JobParamsSchema.safeParse(params)
	const job = parsed.success ? await load(parsed.data.jobId) : null
	if (!job || !isImportKind(job.kind)) {
		await requireUser(request)
		throw new Response('Not Found', { status: 404 })
	}
	const kind = job.kind
	const permission = importPermissions[kind]
	const user = await requirePermission(request, permission, { hideExistence: true })
	const member = user.memberships.some(
		(membership) =>
			membership.organizationId === job.organizationId && hasPermission(user, permission, membership.organizationId),
	)
	if (!member) throw new Response('Not Found', { status: 404 })
	return { user, job: job as Job & { kind: ImportKind }, kind }
}

/** The whole job (file, mapping, row errors), for the job page and the report. */
export async function requireImportJob(
	request: Request,
	params: unknown,
): Promise<{ user: SessionUser; job: KnownKindJob; kind: ImportKind }> {
	return requireJob(request, params, (id) => prisma.importJob.findUnique({ where: { id } }))
}

const progressSelect = {
	kind: true,
	organizationId: true,
	status: true,
	totalRows: true,
	processedRows: true,
	createdCount: true,
	updatedCount: true,
	unchangedCount: true,
	skippedCount: true,
} satisfies Prisma.ImportJobSelect

/**
 * Only the job's progress, for the progress bar that polls every second: the counters, never the
 * file's headers, mapping or row errors.
 */
export async function requireImportJobProgress(request: Request, params: unknown) {
	const { job } = await requireJob(request, params, (id) =>
		prisma.importJob.findUnique({ where: { id }, select: progressSelect }),
	)
	return progressOf(job)
}

// --- Reading a job -------------------------------------------------------------------------------

function parseJsonArray(json: string): unknown[] {
	try {
		const value: unknown = JSON.parse(json)
		return Array.isArray(value) ? value : []
	} catch {
		return []
	}
}

export function parseHeaders(json: string) {
	return parseJsonArray(json).map((header) => (typeof header === 'string' ? header : ''))
}

export function parseRowErrors(json: string): RowError[] {
	return parseJsonArray(json).flatMap((entry) => {
		if (!entry || typeof entry !== 'object') return []
		const { row, field, message } = entry as Record<string, unknown>
		if (typeof row !== 'number' || typeof message !== 'string') return []
		return [{ row, field: typeof field === 'string' ? field : null, message }]
	})
}

function statusOf(value: string): ImportJobStatus {
	return (importJobStatuses as readonly string[]).includes(value) ? (value as ImportJobStatus) : 'FAILED'
}

/** The columns a job's progress is read from. */
export type ProgressJob = Pick<
	ImportJobRecord,
	'status' | 'totalRows' | 'processedRows' | 'createdCount' | 'updatedCount' | 'unchangedCount' | 'skippedCount'
>

export function progressOf(job: ProgressJob) {
	return {
		status: statusOf(job.status),
		totalRows: job.totalRows,
		processedRows: job.processedRows,
		createdCount: job.createdCount,
		updatedCount: job.updatedCount,
		unchangedCount: job.unchangedCount,
		skippedCount: job.skippedCount,
	}
}
export type ImportProgress = ReturnType<typeof progressOf>

/** How many errors the page lists; all of them are in the report. */
const ERRORS_ON_PAGE = 100
const SAMPLE_ROWS = 3

/** Everything the job page shows, whatever step the job is at. */
export async function getImportJobPage(job: ImportJobRecord, kind: ImportKind) {
	const headers = parseHeaders(job.headers)
	const mappable = isMappable(statusOf(job.status))
	let samples: string[][] = []
	let fileMissing = false
	if (mappable) {
		try {
			const sheet = await loadJobSheet(job)
			samples = sheet.rows.slice(0, SAMPLE_ROWS).map((row) => row.cells)
		} catch (error) {
			if (!(error instanceof ImportFileMissing)) throw error
			fileMissing = true
		}
	}
	const errors = parseRowErrors(job.rowErrors)
	const earlier = await prisma.importJob.findFirst({
		where: { organizationId: job.organizationId, fileHash: job.fileHash, status: 'DONE', id: { not: job.id } },
		orderBy: { finishedAt: 'desc' },
		select: { finishedAt: true },
	})
	return {
		id: job.id,
		kind,
		fileName: job.fileName,
		headers,
		mapping: parseStoredMapping(kind, job.mapping, headers.length),
		samples,
		fileMissing,
		progress: progressOf(job),
		errors: errors.slice(0, ERRORS_ON_PAGE),
		errorCount: errors.length,
		errorsCapped: errors.length >= MAX_STORED_ERRORS,
		error: job.error,
		createdAt: job.createdAt.toISOString(),
		finishedAt: job.finishedAt?.toISOString() ?? null,
		importedBeforeAt: earlier?.finishedAt?.toISOString() ?? null,
	}
}

/** The organisation's latest imports of a kind, for the upload page. */
export async function listImportJobs(organizationId: string, kind: ImportKind) {
	const jobs = await prisma.importJob.findMany({
		where: { organizationId, kind },
		orderBy: { createdAt: 'desc' },
		take: 10,
		select: { id: true, fileName: true, status: true, totalRows: true, createdAt: true },
	})
	return jobs.map((job) => ({ ...job, status: statusOf(job.status), createdAt: job.createdAt.toISOString() }))
}

// --- Processing ----------------------------------------------------------------------------------

type Counts = Record<RowOutcome, number>
const noCounts = (): Counts => ({ created: 0, updated: 0, unchanged: 0, skipped: 0 })

function importerContext(job: ImportJobRecord): ImporterContext {
	return { jobId: job.id, organizationId: job.organizationId, actorId: job.createdById }
}

function rawRows(sheet: Sheet, mapping: ColumnMapping): RawRow[] {
	const columns = Object.entries(mapping).map(([index, field]) => [Number(index), field] as const)
	return sheet.rows.map(({ row, cells }) => ({
		row,
		values: Object.fromEntries(columns.map(([index, field]) => [field, cells[index] ?? ''])),
	}))
}

type Mode = { dryRun: true } | { dryRun: false; from: number; interruptAfterChunks?: number }

/**
 * Parses every row, finds the rows that repeat earlier ones, then plans (and, unless it is a dry run,
 * writes) the rows from `from` on in chunks. A dry run returns its totals; a run writes them.
 */
async function processRows<Value>(
	job: ImportJobRecord,
	importer: Importer<Value>,
	sheet: Sheet,
	mapping: ColumnMapping,
	mode: Mode,
) {
	type Parsed = { row: number; value?: Value; errors: RowError[] }
	const parsed: Parsed[] = []
	for (const [index, raw] of rawRows(sheet, mapping).entries()) {
		const result = importer.parse(raw)
		parsed.push(
			result.ok
				? { row: raw.row, value: result.value, errors: [] }
				: { row: raw.row, errors: result.errors.map((error) => ({ row: raw.row, ...error })) },
		)
		if (index % 500 === 499) await yieldToEventLoop()
	}
	const valid = (entry: Parsed): entry is Parsed & { value: Value } => entry.value !== undefined
	const repeats = importer.findRepeats(parsed.filter(valid).map(({ row, value }) => ({ row, value })))
	for (const entry of parsed) {
		const repeated = repeats.get(entry.row)
		if (repeated) {
			entry.value = undefined
			entry.errors = repeated
		}
	}

	const totals = noCounts()
	const allErrors: RowError[] = []
	let chunks = 0
	for (let from = mode.dryRun ? 0 : mode.from; from < parsed.length; from += CHUNK_SIZE) {
		const slice = parsed.slice(from, from + CHUNK_SIZE)
		const plan = await importer.plan(
			slice.filter(valid).map(({ row, value }) => ({ row, value })),
			{ dryRun: mode.dryRun },
		)
		const counts = noCounts()
		counts.skipped = slice.length - plan.outcomes.length
		for (const { outcome } of plan.outcomes) counts[outcome] += 1
		const errors = [...slice.flatMap((entry) => entry.errors), ...plan.errors].sort((a, b) => a.row - b.row)
		if (mode.dryRun) {
			for (const outcome of Object.keys(counts) as RowOutcome[]) totals[outcome] += counts[outcome]
			allErrors.push(...errors)
		} else {
			const processedRows = from + slice.length
			await prisma.$transaction(async (tx) => {
				await plan.apply(tx)
				await recordChunk(tx, job.id, processedRows, counts, errors)
			})
			chunks += 1
			if (mode.interruptAfterChunks !== undefined && chunks >= mode.interruptAfterChunks) return null
		}
		// Let other requests in between chunks.
		await yieldToEventLoop()
	}
	return { totals, errors: allErrors.slice(0, MAX_STORED_ERRORS) }
}

/** The chunk's progress, in its own transaction: the job never claims rows it did not write. */
async function recordChunk(
	tx: Prisma.TransactionClient,
	jobId: string,
	processedRows: number,
	counts: Counts,
	errors: RowError[],
) {
	let rowErrors: string | undefined
	if (errors.length > 0) {
		const current = await tx.importJob.findUniqueOrThrow({ where: { id: jobId }, select: { rowErrors: true } })
		const kept = parseRowErrors(current.rowErrors)
		rowErrors = JSON.stringify([...kept, ...errors.slice(0, Math.max(0, MAX_STORED_ERRORS - kept.length))])
	}
	await tx.importJob.update({
		where: { id: jobId },
		data: {
			processedRows,
			createdCount: { increment: counts.created },
			updatedCount: { increment: counts.updated },
			unchangedCount: { increment: counts.unchanged },
			skippedCount: { increment: counts.skipped },
			...(rowErrors === undefined ? {} : { rowErrors }),
		},
	})
}

async function withImporter<Result>(
	job: ImportJobRecord,
	run: <Value>(importer: Importer<Value>) => Promise<Result>,
): Promise<Result> {
	const context = importerContext(job)
	return job.kind === 'CANDIDATES'
		? run(await createCandidateImporter(context))
		: run(await createEmployerImporter(context))
}

// --- Mapping and the dry run ---------------------------------------------------------------------

export type PreviewResult = { ok: true } | { ok: false; problem: 'fileMissing' | 'notMappable' }

/**
 * Saves the mapping and runs the import without writing: the counts and row errors it stores are
 * exactly what the import would do now. The job is then READY to start.
 */
export async function previewImport(job: KnownKindJob, mapping: ColumnMapping): Promise<PreviewResult> {
	if (!isMappable(statusOf(job.status))) return { ok: false, problem: 'notMappable' }
	let sheet: Sheet
	try {
		sheet = await loadJobSheet(job)
	} catch (error) {
		if (error instanceof ImportFileMissing) return { ok: false, problem: 'fileMissing' }
		throw error
	}
	// Only columns the file has (a tampered form may name more).
	const columns = cleanMapping(job.kind, mapping, sheet.headers.length)
	const result = await withImporter(job, (importer) => processRows(job, importer, sheet, columns, { dryRun: true }))
	const { totals, errors } = result!
	await prisma.importJob.updateMany({
		where: { id: job.id, status: { in: [...mappableStatuses] } },
		data: {
			status: 'READY',
			mapping: JSON.stringify(columns),
			totalRows: sheet.rows.length,
			processedRows: 0,
			createdCount: totals.created,
			updatedCount: totals.updated,
			unchangedCount: totals.unchanged,
			skippedCount: totals.skipped,
			rowErrors: JSON.stringify(errors),
		},
	})
	return { ok: true }
}

// --- Running -------------------------------------------------------------------------------------

/** Queues the previewed import and starts it in the background; false when it was not ready. */
export async function startImport(job: ImportJobRecord) {
	const queued = await queueImport(job)
	if (queued) void runImportJob(job.id)
	return queued
}

/** The previewed import is queued: the dry run's counts make way for the run's own. */
export async function queueImport(job: Pick<ImportJobRecord, 'id'>) {
	const { count } = await prisma.importJob.updateMany({
		where: { id: job.id, status: 'READY' },
		data: {
			status: 'QUEUED',
			processedRows: 0,
			createdCount: 0,
			updatedCount: 0,
			unchangedCount: 0,
			skippedCount: 0,
			rowErrors: '[]',
			error: null,
		},
	})
	return count > 0
}

/** A failed import goes on from where it stopped. */
export async function retryImport(job: ImportJobRecord) {
	const { count } = await prisma.importJob.updateMany({
		where: { id: job.id, status: 'FAILED' },
		data: { status: 'QUEUED', error: null, finishedAt: null },
	})
	if (count > 0) void runImportJob(job.id)
	return count > 0
}

/** An import that never started is thrown away, with its file. */
export async function discardImport(job: ImportJobRecord) {
	const { count } = await prisma.importJob.deleteMany({ where: { id: job.id, status: { in: [...mappableStatuses] } } })
	if (count > 0) await removeStoredFile(job.storedFile)
	return count > 0
}

const runState = globalThis as unknown as { importRuns?: Map<string, Promise<void>>; importQueue?: Promise<void> }

function runs() {
	return (runState.importRuns ??= new Map())
}

/**
 * Runs a queued (or interrupted) import to its end. Imports run one after another, never side by side:
 * two files naming the same person must not both create them. Never throws: a failure is recorded on
 * the job. `interruptAfterChunks` stops as a crash would (tests of the resume).
 */
export function runImportJob(jobId: string, options: { interruptAfterChunks?: number } = {}): Promise<void> {
	const running = runs().get(jobId)
	if (running) return running
	const run = (runState.importQueue ?? Promise.resolve())
		.then(() => executeRun(jobId, options))
		.catch((error: unknown) => getLogger().error({ err: error, jobId }, 'import run failed'))
		.finally(() => runs().delete(jobId))
	runState.importQueue = run
	runs().set(jobId, run)
	return run
}

/** The running import of a job, or a resolved promise when none runs (tests wait on it). */
export function waitForImportJob(jobId: string) {
	return runs().get(jobId) ?? Promise.resolve()
}

async function executeRun(jobId: string, options: { interruptAfterChunks?: number }) {
	const claimed = await prisma.importJob.updateMany({
		where: { id: jobId, status: { in: ['QUEUED', 'RUNNING'] } },
		data: { status: 'RUNNING' },
	})
	if (claimed.count === 0) return
	await prisma.importJob.updateMany({ where: { id: jobId, startedAt: null }, data: { startedAt: now() } })
	for (let attempt = 1; ; attempt++) {
		const job = await prisma.importJob.findUniqueOrThrow({ where: { id: jobId } })
		try {
			const sheet = await loadJobSheet(job)
			const mapping = parseStoredMapping(job.kind as ImportKind, job.mapping, sheet.headers.length)
			const result = await withImporter(job, (importer) =>
				processRows(job, importer, sheet, mapping, {
					dryRun: false,
					from: job.processedRows,
					interruptAfterChunks: options.interruptAfterChunks,
				}),
			)
			if (result === null) return
			await prisma.importJob.update({
				where: { id: jobId },
				data: { status: 'DONE', finishedAt: now(), storedFile: null },
			})
			await removeStoredFile(job.storedFile)
			getLogger().info({ jobId, kind: job.kind, rows: job.totalRows }, 'import finished')
			return
		} catch (error) {
			const missing = error instanceof ImportFileMissing
			if (!missing && attempt < MAX_ATTEMPTS) {
				getLogger().warn({ err: error, jobId, attempt }, 'import chunk failed; trying again')
				continue
			}
			getLogger().error({ err: error, jobId }, 'import failed')
			await prisma.importJob.update({
				where: { id: jobId },
				data: {
					status: 'FAILED',
					finishedAt: now(),
					error: missing ? 'imports:failed.fileMissing' : 'imports:failed.unexpected',
				},
			})
			return
		}
	}
}

/** Removes jobs nobody started within ABANDONED_AFTER_DAYS, with their files. */
async function removeAbandonedImports() {
	const before = new Date(now().getTime() - ABANDONED_AFTER_DAYS * 24 * 60 * 60 * 1000)
	const abandoned = await prisma.importJob.findMany({
		where: { status: { in: [...mappableStatuses] }, updatedAt: { lt: before } },
		select: { id: true, storedFile: true },
	})
	for (const job of abandoned) {
		const { count } = await prisma.importJob.deleteMany({
			where: { id: job.id, status: { in: [...mappableStatuses] } },
		})
		if (count > 0) await removeStoredFile(job.storedFile)
	}
}

/** Picks up queued or interrupted imports (after a restart) and runs them; safe to call often. */
export async function resumeImports(): Promise<{ resumed: number }> {
	await removeAbandonedImports()
	const jobs = await prisma.importJob.findMany({
		where: { status: { in: ['QUEUED', 'RUNNING'] } },
		select: { id: true },
		orderBy: { createdAt: 'asc' },
	})
	let resumed = 0
	for (const job of jobs) {
		if (runs().has(job.id)) continue
		void runImportJob(job.id)
		resumed += 1
	}
	return { resumed }
}
