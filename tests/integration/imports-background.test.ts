import fs from 'node:fs'
import path from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import { candidateStages } from '#app/domain/candidates/candidate-options.ts'
import {
	CHUNK_SIZE,
	queueImport,
	resumeImports,
	runImportJob,
	waitForImportJob,
	type ImportProgress,
} from '#app/domain/imports/import-jobs.server.ts'
import { prisma } from '#app/utils/db.server.ts'
import { getEnv } from '#app/utils/env.server.ts'
import { createCoachingTeam } from '#tests/candidate-factories.ts'
import {
	csvFile,
	getProgress,
	jobPage,
	postJob,
	previewSuggested,
	uploadJob,
	type UploadFile,
} from '#tests/import-factories.ts'

let team: Awaited<ReturnType<typeof createCoachingTeam>>
beforeEach(async () => {
	team = await createCoachingTeam()
})

const stageLabels = ['Oriënterend', 'Ontwikkelend', 'Werkzoekend', 'Werkend', 'Afgerond']

/** A list of `count` distinct candidates, as a coach's Excel export would hold them. */
function candidateList(count: number, prefix: string): UploadFile {
	const rows = Array.from(
		{ length: count },
		(_, index) =>
			`${prefix}${index};Jansen-${index % 97};${prefix.toLowerCase()}${index}@example.test;${1960 + (index % 50)};${stageLabels[index % 5]}`,
	)
	return csvFile(`${prefix}.csv`, ['Voornaam;Achternaam;E-mail;Geboortejaar;Fase', ...rows])
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('polling the progress', () => {
	it('reads only the counters, never the file’s headers, mapping or row errors', async () => {
		const jobId = await uploadJob('CANDIDATES', team.coach, candidateList(3, 'Peiling'))
		await previewSuggested(team.coach, jobId)
		// Every read of the job goes through here, recorded; put back afterwards.
		const delegate = prisma.importJob
		const original = delegate.findUnique
		const calls: unknown[] = []
		delegate.findUnique = ((args: unknown) => {
			calls.push(args)
			return Reflect.apply(original, delegate, [args])
		}) as typeof original
		try {
			const result = await getProgress(team.coach, jobId)
			expect(result.status).toBe(200)
			expect(result.data).toEqual({
				status: 'READY',
				totalRows: 3,
				processedRows: 0,
				createdCount: 3,
				updatedCount: 0,
				unchangedCount: 0,
				skippedCount: 0,
			})
			expect(calls).toHaveLength(1)
			const select = (calls[0] as { select?: Record<string, boolean> }).select
			expect(Object.keys(select ?? {}).sort()).toEqual(
				[
					'kind',
					'organizationId',
					'status',
					'totalRows',
					'processedRows',
					'createdCount',
					'updatedCount',
					'unchangedCount',
					'skippedCount',
				].sort(),
			)
		} finally {
			delegate.findUnique = original
		}
	})
})

describe('imports in the background', () => {
	it('imports a 10 000-row file completely while the server keeps answering', { timeout: 240_000 }, async () => {
		const total = 10_000
		const jobId = await uploadJob('CANDIDATES', team.coach, candidateList(total, 'Persoon'))
		const preview = await previewSuggested(team.coach, jobId)
		expect(preview.progress).toMatchObject({ totalRows: total, createdCount: total, skippedCount: 0 })
		expect(await prisma.candidate.count({ where: { organizationId: team.organizationId } })).toBe(0)

		expect((await postJob(team.coach, jobId, { intent: 'start' })).status).toBe(302)
		// Other requests are answered while the import runs: the progress route, between chunks, each time
		// with the rows written so far (whole chunks), until the job is done.
		const seen: ImportProgress[] = []
		for (;;) {
			const result = await getProgress(team.coach, jobId)
			expect(result.status).toBe(200)
			const progress = result.data as ImportProgress
			seen.push(progress)
			if (progress.status === 'DONE' || progress.status === 'FAILED') break
			await pause(5)
		}
		await waitForImportJob(jobId)
		const during = seen.filter((progress) => progress.status === 'RUNNING' && progress.processedRows < total)
		const midway = during.filter((progress) => progress.processedRows > 0)
		expect(midway.length).toBeGreaterThan(0)
		for (const progress of during) expect(progress.processedRows % CHUNK_SIZE).toBe(0)
		const processed = seen.map((progress) => progress.processedRows)
		expect(processed).toEqual([...processed].sort((a, b) => a - b))

		const job = await prisma.importJob.findUniqueOrThrow({ where: { id: jobId } })
		expect(job).toMatchObject({ status: 'DONE', processedRows: total, createdCount: total, skippedCount: 0 })
		expect(await prisma.candidate.count({ where: { organizationId: team.organizationId } })).toBe(total)
		expect(
			await prisma.candidateEvent.count({
				where: { kind: 'INTAKE', candidate: { organizationId: team.organizationId } },
			}),
		).toBe(total)
		const byStage = await prisma.candidate.groupBy({
			by: ['stage'],
			where: { organizationId: team.organizationId },
			_count: true,
			orderBy: { stage: 'asc' },
		})
		expect(Object.fromEntries(byStage.map((group) => [group.stage, group._count]))).toEqual(
			Object.fromEntries(candidateStages.map((stage) => [stage, total / 5])),
		)
		const page = await jobPage(team.coach, jobId)
		expect(page.progress).toMatchObject({ status: 'DONE', createdCount: total })
	})

	it('goes on after an interruption from where it stopped, importing no row twice', async () => {
		const total = 1000
		const jobId = await uploadJob('CANDIDATES', team.coach, candidateList(total, 'Hervat'))
		await previewSuggested(team.coach, jobId)
		// Started, then cut off after two chunks as a restart would: the job stays RUNNING.
		expect(await queueImport({ id: jobId })).toBe(true)
		await runImportJob(jobId, { interruptAfterChunks: 2 })
		const interrupted = await prisma.importJob.findUniqueOrThrow({ where: { id: jobId } })
		expect(interrupted).toMatchObject({
			status: 'RUNNING',
			processedRows: 2 * CHUNK_SIZE,
			createdCount: 2 * CHUNK_SIZE,
		})
		expect(await prisma.candidate.count({ where: { organizationId: team.organizationId } })).toBe(2 * CHUNK_SIZE)

		// The worker's next round picks it up and finishes it; a second round finds nothing to do.
		expect(await resumeImports()).toEqual({ resumed: 1 })
		expect(await resumeImports()).toEqual({ resumed: 0 })
		await waitForImportJob(jobId)
		const job = await prisma.importJob.findUniqueOrThrow({ where: { id: jobId } })
		expect(job).toMatchObject({ status: 'DONE', processedRows: total, createdCount: total, updatedCount: 0 })
		const candidates = await prisma.candidate.findMany({
			where: { organizationId: team.organizationId },
			select: { email: true },
		})
		expect(candidates).toHaveLength(total)
		expect(new Set(candidates.map((candidate) => candidate.email)).size).toBe(total)
		expect(await prisma.candidateEvent.count({ where: { candidate: { organizationId: team.organizationId } } })).toBe(
			total,
		)
		expect(await resumeImports()).toEqual({ resumed: 0 })
	})

	it('retries a failed import from where it stopped, importing no row twice', async () => {
		const total = 3 * CHUNK_SIZE
		const jobId = await uploadJob('CANDIDATES', team.coach, candidateList(total, 'Opnieuw'))
		await previewSuggested(team.coach, jobId)
		// Cut off after one chunk, then recorded as failed: what a coach sees before pressing retry.
		expect(await queueImport({ id: jobId })).toBe(true)
		await runImportJob(jobId, { interruptAfterChunks: 1 })
		await prisma.importJob.update({
			where: { id: jobId },
			data: { status: 'FAILED', error: 'imports:failed.unexpected', finishedAt: new Date() },
		})
		expect(await prisma.candidate.count({ where: { organizationId: team.organizationId } })).toBe(CHUNK_SIZE)

		expect((await postJob(team.coach, jobId, { intent: 'retry' })).status).toBe(302)
		await waitForImportJob(jobId)
		expect(await prisma.importJob.findUniqueOrThrow({ where: { id: jobId } })).toMatchObject({
			status: 'DONE',
			processedRows: total,
			createdCount: total,
			error: null,
		})
		const candidates = await prisma.candidate.findMany({
			where: { organizationId: team.organizationId },
			select: { email: true },
		})
		expect(candidates).toHaveLength(total)
		expect(new Set(candidates.map((candidate) => candidate.email)).size).toBe(total)
	})

	it('resumes a queued import after a restart, and records a lost file as the reason it stopped', async () => {
		const jobId = await uploadJob('CANDIDATES', team.coach, candidateList(10, 'Wacht'))
		await previewSuggested(team.coach, jobId)
		expect(await queueImport({ id: jobId })).toBe(true)
		const { storedFile } = await prisma.importJob.findUniqueOrThrow({ where: { id: jobId } })
		fs.rmSync(path.join(getEnv().DATA_DIR, 'imports', storedFile!))
		await resumeImports()
		await waitForImportJob(jobId)
		expect(await prisma.importJob.findUniqueOrThrow({ where: { id: jobId } })).toMatchObject({
			status: 'FAILED',
			error: 'imports:failed.fileMissing',
		})
		expect(await prisma.candidate.count({ where: { organizationId: team.organizationId } })).toBe(0)
		const page = await jobPage(team.coach, jobId)
		expect(page.progress.status).toBe('FAILED')
	})

	it('removes imports nobody started within two weeks, with their files', async () => {
		const jobId = await uploadJob('CANDIDATES', team.coach, candidateList(3, 'Vergeten'))
		const { storedFile } = await prisma.importJob.findUniqueOrThrow({ where: { id: jobId } })
		const file = path.join(getEnv().DATA_DIR, 'imports', storedFile!)
		expect(fs.existsSync(file)).toBe(true)
		await resumeImports()
		expect(await prisma.importJob.count({ where: { id: jobId } })).toBe(1)
		await prisma.importJob.update({ where: { id: jobId }, data: { updatedAt: new Date(Date.now() - 15 * 86_400_000) } })
		await resumeImports()
		expect(await prisma.importJob.count({ where: { id: jobId } })).toBe(0)
		expect(fs.existsSync(file)).toBe(false)
	})
})
