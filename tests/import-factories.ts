// Import tests go through the routes: upload a file (multipart), map and preview, start, and wait for
// the background run. Files come from tests/fixtures/imports or are made in the test.
import fs from 'node:fs'
import path from 'node:path'
import { expect } from 'vitest'
import { type ImportKind } from '#app/domain/imports/column-mapping.ts'
import { waitForImportJob } from '#app/domain/imports/import-jobs.server.ts'
import * as jobRoute from '#app/routes/importeren.$jobId.tsx'
import * as reportRoute from '#app/routes/importeren.$jobId.rapport.ts'
import * as progressRoute from '#app/routes/importeren.$jobId.voortgang.ts'
import * as candidatesUploadRoute from '#app/routes/jobcoach.kandidaten.importeren.tsx'
import * as employersUploadRoute from '#app/routes/werkgevers.importeren.tsx'
import { getEnv } from '#app/utils/env.server.ts'
import { prisma } from '#app/utils/db.server.ts'
import { BASE_URL, callRoute, getRoute, postRoute, type RouteResult } from './factories.ts'

export type UploadFile = { name: string; bytes: Uint8Array; type?: string }
type Actor = { cookie: string }

const fixturesDirectory = path.resolve('tests/fixtures/imports')

export function importFixture(name: string): UploadFile {
	return { name, bytes: new Uint8Array(fs.readFileSync(path.join(fixturesDirectory, name))) }
}

/** A CSV made in the test: semicolons and a byte order mark, as Dutch Excel saves it, unless told otherwise. */
export function csvFile(
	name: string,
	lines: readonly string[],
	{ delimiter = ';', bom = true }: { delimiter?: string; bom?: boolean } = {},
): UploadFile {
	const text = `${bom ? '\ufeff' : ''}${lines.map((line) => line.replaceAll(';', delimiter)).join('\r\n')}\r\n`
	return { name, bytes: new TextEncoder().encode(text), type: 'text/csv' }
}

export const uploadRoutes: Record<ImportKind, { module: typeof candidatesUploadRoute; path: string }> = {
	CANDIDATES: { module: candidatesUploadRoute, path: '/jobcoach/kandidaten/importeren' },
	EMPLOYERS: { module: employersUploadRoute, path: '/werkgevers/importeren' },
}

/** The upload form as a browser posts it (multipart), with the file or without one. */
export function uploadRequest(urlPath: string, cookie: string | null, file: UploadFile | null) {
	const body = new FormData()
	if (file) body.set('file', new File([new Uint8Array(file.bytes)], file.name, { type: file.type ?? '' }))
	else body.set('file', new File([], ''))
	const headers = new Headers({ origin: BASE_URL })
	if (cookie) headers.set('cookie', cookie)
	return new Request(`${BASE_URL}${urlPath}`, { method: 'POST', body, headers })
}

export function upload(kind: ImportKind, actor: Actor | null, file: UploadFile | null) {
	const { module, path: urlPath } = uploadRoutes[kind]
	return callRoute(module, { request: uploadRequest(urlPath, actor?.cookie ?? null, file) })
}

/** The job an upload redirected to. */
export function jobIdFrom(result: RouteResult) {
	expect(result.status, JSON.stringify(result.data)).toBe(302)
	const match = /^\/importeren\/([^/?]+)$/.exec(result.location ?? '')
	if (!match?.[1]) throw new Error(`Not a job page: ${result.location}`)
	return match[1]
}

export async function uploadJob(kind: ImportKind, actor: Actor, file: UploadFile) {
	return jobIdFrom(await upload(kind, actor, file))
}

export function jobPath(jobId: string) {
	return `/importeren/${jobId}`
}

export type JobPage = Awaited<ReturnType<typeof jobRoute.loader>>['page']

export async function getJobPage(actor: Actor | null, jobId: string) {
	return getRoute(jobRoute, jobPath(jobId), actor?.cookie ?? null, { jobId })
}

export async function jobPage(actor: Actor, jobId: string): Promise<JobPage> {
	const result = await getJobPage(actor, jobId)
	expect(result.status).toBe(200)
	return (result.data as { page: JobPage }).page
}

export function postJob(actor: Actor | null, jobId: string, form: Record<string, string>) {
	return postRoute(jobRoute, jobPath(jobId), actor?.cookie ?? null, form, { jobId })
}

/** Posts the mapping form: one field key (or 'skip') per column. */
export function mapColumns(actor: Actor, jobId: string, columns: readonly string[]) {
	return postJob(actor, jobId, {
		intent: 'map',
		...Object.fromEntries(columns.map((field, index) => [`columns[${index}]`, field])),
	})
}

/** Accepts the mapping the page suggests: the dry run runs and the job is READY. */
export async function previewSuggested(actor: Actor, jobId: string) {
	const page = await jobPage(actor, jobId)
	const columns = page.headers.map((_, index) => page.mapping[index] ?? 'skip')
	const result = await mapColumns(actor, jobId, columns)
	expect(result.status, JSON.stringify(result.data)).toBe(302)
	return jobPage(actor, jobId)
}

/** Starts the previewed import through the page and waits for the background run to end. */
export async function startAndWait(actor: Actor, jobId: string) {
	const result = await postJob(actor, jobId, { intent: 'start' })
	expect(result.status).toBe(302)
	await waitForImportJob(jobId)
	return prisma.importJob.findUniqueOrThrow({ where: { id: jobId } })
}

/** Upload, accept the suggested mapping, start and wait: the job as it ended. */
export async function importFile(kind: ImportKind, actor: Actor, file: UploadFile) {
	const jobId = await uploadJob(kind, actor, file)
	await previewSuggested(actor, jobId)
	return startAndWait(actor, jobId)
}

export function getProgress(actor: Actor | null, jobId: string) {
	return getRoute(progressRoute, `${jobPath(jobId)}/voortgang`, actor?.cookie ?? null, { jobId })
}

export function getReport(actor: Actor | null, jobId: string, search = '') {
	return callRoute(reportRoute, {
		request: new Request(`${BASE_URL}${jobPath(jobId)}/rapport${search}`, {
			headers: actor ? { cookie: actor.cookie } : {},
		}),
		params: { jobId },
	})
}

/** The files kept under DATA_DIR/imports. */
export function storedImportFiles() {
	const directory = path.join(getEnv().DATA_DIR, 'imports')
	return fs.existsSync(directory) ? fs.readdirSync(directory) : []
}

/** Everything an import could write, counted: a bad file must leave all of it as it was. */
export async function importWrites() {
	const [jobs, candidates, events, organizations, contacts, outbox, audits] = await Promise.all([
		prisma.importJob.count(),
		prisma.candidate.count(),
		prisma.candidateEvent.count(),
		prisma.organization.count(),
		prisma.contactPerson.count(),
		prisma.searchOutbox.count(),
		prisma.auditEvent.count(),
	])
	return { jobs, candidates, events, organizations, contacts, outbox, audits, files: storedImportFiles().length }
}
