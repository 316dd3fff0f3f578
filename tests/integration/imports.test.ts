import { beforeEach, describe, expect, it } from 'vitest'
import { getInsight } from '#app/domain/insight/insight.server.ts'
import { setClock } from '#app/utils/clock.server.ts'
import { prisma } from '#app/utils/db.server.ts'
import { getFixedT } from '#app/utils/i18n.ts'
import { translateValidationMessage } from '#app/utils/validation.ts'
import { createCandidate, createCoachingTeam } from '#tests/candidate-factories.ts'
import {
	csvFile,
	getReport,
	importFile,
	importFixture,
	importWrites,
	jobPage,
	mapColumns,
	postJob,
	previewSuggested,
	startAndWait,
	storedImportFiles,
	uploadJob,
} from '#tests/import-factories.ts'

let team: Awaited<ReturnType<typeof createCoachingTeam>>
beforeEach(async () => {
	team = await createCoachingTeam()
})

function candidatesOf(organizationId: string) {
	return prisma.candidate.findMany({
		where: { organizationId },
		orderBy: { firstName: 'asc' },
		include: { events: true },
	})
}

describe('importing candidates', () => {
	it('imports a semicolon CSV with Dutch headers: names, contact, town, stage, coach and an intake event', async () => {
		const jobId = await uploadJob('CANDIDATES', team.coach, importFixture('kandidaten-puntkomma.csv'))
		const uploaded = await jobPage(team.coach, jobId)
		expect(uploaded.progress.status).toBe('UPLOADED')
		expect(uploaded.headers).toEqual([
			'Voornaam',
			'Tussenvoegsel',
			'Achternaam',
			'E-mail',
			'Telefoon',
			'Geboortejaar',
			'Woonplaats',
			'Fase',
			'Jobcoach',
			'Waar word je blij van?',
		])
		// Every Dutch header is recognised.
		expect(Object.values(uploaded.mapping)).toEqual([
			'firstName',
			'lastNamePrefix',
			'lastName',
			'email',
			'phone',
			'birthYear',
			'homeTown',
			'stage',
			'coach',
			'happyWhen',
		])
		expect(uploaded.samples[0]?.[0]).toBe('Sanne')

		const previewed = await previewSuggested(team.coach, jobId)
		expect(previewed.progress).toMatchObject({ status: 'READY', createdCount: 4, skippedCount: 0 })
		const job = await startAndWait(team.coach, jobId)
		expect(job).toMatchObject({ status: 'DONE', processedRows: 4, createdCount: 4, updatedCount: 0, skippedCount: 0 })
		// The file is not kept once the import is done.
		expect(job.storedFile).toBeNull()
		expect(storedImportFiles()).toEqual([])

		const candidates = await candidatesOf(team.organizationId)
		expect(candidates.map((c) => [c.firstName, c.lastName, c.email, c.birthYear, c.homeTown, c.stage])).toEqual([
			['Ahmed', 'Yilmaz', 'ahmed.yilmaz@example.test', 1988, 'Ulft', 'JOB_SEEKING'],
			['Joke', 'van der Berg', null, 1979, 'Groenlo', 'DEVELOPING'],
			['Mila', 'Jansen', 'mila.jansen@example.test', 2001, 'Didam', 'JOB_SEEKING'],
			['Sanne', 'de Vries', 'sanne.devries@example.test', 1994, 'Doetinchem', 'ORIENTING'],
		])
		const [ahmed, joke] = candidates
		// The coach the row names, else the importing coach.
		expect(ahmed!.primaryCoachId).toBe(team.colleague.user.id)
		expect(joke!.primaryCoachId).toBe(team.coach.user.id)
		expect(ahmed!.homeMunicipality).toBe('Oude IJsselstreek')
		expect(candidates[3]!.happyWhen).toBe('Buiten zijn en iets met mijn handen maken')
		// Each gets the INTAKE event the intake form writes, in the stage it starts in.
		for (const candidate of candidates) {
			expect(candidate.events).toHaveLength(1)
			expect(candidate.events[0]).toMatchObject({
				kind: 'INTAKE',
				toStage: candidate.stage,
				recordedById: team.coach.user.id,
			})
			expect(candidate.createdById).toBe(team.coach.user.id)
			expect(candidate.code).toMatch(/^K-[2-9A-HJ-NP-Z]{4}$/)
		}
		// Marked for the search index and audited, with the job named.
		const marks = await prisma.searchOutbox.findMany({ where: { indexName: 'candidates' } })
		expect(new Set(marks.map((mark) => mark.documentId))).toEqual(new Set(candidates.map((c) => c.id)))
		const audits = await prisma.auditEvent.findMany({ where: { action: 'candidate.created' } })
		expect(audits).toHaveLength(4)
		expect(JSON.parse(audits[0]!.details!)).toMatchObject({ importJobId: jobId })
	})

	it('imports a comma CSV with a full name, a birth date, English stages and lists of labels', async () => {
		const job = await importFile('CANDIDATES', team.coach, importFixture('kandidaten-komma.csv'))
		expect(job).toMatchObject({ status: 'DONE', createdCount: 3, skippedCount: 0 })
		const candidates = await candidatesOf(team.organizationId)
		expect(
			candidates.map((c) => [
				c.firstName,
				c.lastName,
				c.birthYear,
				c.stage,
				JSON.parse(c.placeTypes),
				JSON.parse(c.languages),
			]),
		).toEqual([
			['Kees', 'Bakker', 1990, 'ORIENTING', ['WORK_EXPERIENCE', 'VOLUNTEER'], ['NL', 'EN']],
			['Noor', 'de Vries', 1996, 'DEVELOPING', ['INTERNSHIP'], ['NL']],
			['Tim', 'Smit', 1985, 'ORIENTING', ['PAID_JOB'], []],
		])
	})

	it('imports an Excel workbook: the sheet with data, row numbers as Excel shows them', async () => {
		const jobId = await uploadJob('CANDIDATES', team.coach, importFixture('kandidaten.xlsx'))
		const page = await previewSuggested(team.coach, jobId)
		expect(page.progress.createdCount).toBe(3)
		const job = await startAndWait(team.coach, jobId)
		expect(job).toMatchObject({ status: 'DONE', createdCount: 3 })
		const candidates = await candidatesOf(team.organizationId)
		expect(candidates.map((c) => [c.firstName, c.lastName, c.email, c.phone, c.birthYear, c.stage])).toEqual([
			['Lieke', 'Peters', 'lieke.peters@example.test', '0612345670', 1992, 'ORIENTING'],
			['Mohammed', 'El Idrissi', 'mohammed.elidrissi@example.test', '0687654321', 1985, 'JOB_SEEKING'],
			['Roos', 'DE WIT', 'roos.dewit@example.test', null, 1999, 'WORKING'],
		])
	})

	it('reports each bad row with its spreadsheet row number, field and message, and imports the good ones', async () => {
		const jobId = await uploadJob('CANDIDATES', team.coach, importFixture('kandidaten-gemengd.csv'))
		const preview = await previewSuggested(team.coach, jobId)
		expect(preview.progress).toMatchObject({ createdCount: 2, updatedCount: 0, unchangedCount: 0, skippedCount: 7 })
		const expectedErrors = [
			{ row: 3, field: 'firstName', message: 'errors:validation.required' },
			{ row: 4, field: 'email', message: 'errors:validation.email' },
			{ row: 5, field: 'stage', message: 'imports:errors.unknownOption|{"value":"Fase 9"}' },
			{ row: 6, field: 'homeTown', message: 'imports:errors.unknownTown|{"value":"Atlantis"}' },
			{ row: 7, field: 'birthYear', message: expect.stringMatching(/^candidates:errors\.birthYear\|/) },
			{ row: 8, field: 'coach', message: 'imports:errors.unknownCoach|{"value":"Onbekende Coach"}' },
			{ row: 10, field: 'email', message: 'imports:errors.duplicateInFile|{"row":2}' },
		]
		expect(preview.errors).toEqual(expectedErrors)
		// The page and the report read them in the person's language.
		const nl = getFixedT('nl', 'imports')
		expect(translateValidationMessage(nl, preview.errors[6]!.message)).toBe('Deze rij herhaalt rij 2 van het bestand.')
		expect(translateValidationMessage(getFixedT('en', 'imports'), preview.errors[2]!.message)).toBe(
			'‘Fase 9’ is not in the list of possible values.',
		)

		const job = await startAndWait(team.coach, jobId)
		expect(job).toMatchObject({ status: 'DONE', createdCount: 2, skippedCount: 7 })
		expect(JSON.parse(job.rowErrors)).toEqual(expectedErrors)
		const candidates = await candidatesOf(team.organizationId)
		expect(candidates.map((c) => c.firstName)).toEqual(['Eva', 'Iris'])

		const report = await getReport(team.coach, jobId)
		expect(report.status).toBe(200)
		expect(report.headers.get('content-type')).toContain('text/csv')
		const csv = String(report.data)
		expect(csv).toContain('Rij;Kolom;Gegeven;Melding')
		expect(csv).toContain('Nieuw;2')
		expect(csv).toContain('Overgeslagen;7')
		expect(csv).toContain('10;C (E-mail);E-mailadres;Deze rij herhaalt rij 2 van het bestand.')
		expect(csv).toContain('8;G (Jobcoach);Jobcoach;')
	})

	it('lets the person change the mapping; required columns must be mapped and each field used once', async () => {
		const jobId = await uploadJob('CANDIDATES', team.coach, importFixture('kandidaten-puntkomma.csv'))
		const withoutName = await mapColumns(team.coach, jobId, ['skip', 'skip', 'lastName', 'email'])
		expect(withoutName.status).toBe(400)
		const twice = await mapColumns(team.coach, jobId, ['firstName', 'skip', 'lastName', 'email', 'email'])
		expect(twice.status).toBe(400)
		expect((await jobPage(team.coach, jobId)).progress.status).toBe('UPLOADED')

		// Only first name and email: the surname column is not imported.
		expect((await mapColumns(team.coach, jobId, ['firstName', 'skip', 'skip', 'email'])).status).toBe(302)
		const page = await jobPage(team.coach, jobId)
		expect(page.mapping).toEqual({ 0: 'firstName', 3: 'email' })
		await startAndWait(team.coach, jobId)
		const candidates = await candidatesOf(team.organizationId)
		expect(candidates.map((c) => [c.firstName, c.lastName])).toEqual([
			['Ahmed', null],
			['Joke', null],
			['Mila', null],
			['Sanne', null],
		])
	})

	it('writes nothing in a dry run', async () => {
		const jobId = await uploadJob('CANDIDATES', team.coach, importFixture('kandidaten-puntkomma.csv'))
		const before = await importWrites()
		const page = await previewSuggested(team.coach, jobId)
		expect(page.progress.createdCount).toBe(4)
		expect(await importWrites()).toEqual(before)
		expect(await prisma.candidate.count({ where: { organizationId: team.organizationId } })).toBe(0)
	})

	it('changes nothing when the same file is imported again', async () => {
		const file = importFixture('kandidaten-puntkomma.csv')
		await importFile('CANDIDATES', team.coach, file)
		const first = await candidatesOf(team.organizationId)
		const before = await importWrites()

		const jobId = await uploadJob('CANDIDATES', team.coach, file)
		const preview = await jobPage(team.coach, jobId)
		expect(preview.importedBeforeAt).not.toBeNull()
		const previewed = await previewSuggested(team.coach, jobId)
		expect(previewed.progress).toMatchObject({ createdCount: 0, updatedCount: 0, unchangedCount: 4, skippedCount: 0 })
		const job = await startAndWait(team.coach, jobId)
		expect(job).toMatchObject({ status: 'DONE', createdCount: 0, updatedCount: 0, unchangedCount: 4 })

		const second = await candidatesOf(team.organizationId)
		expect(second.map((c) => [c.id, c.updatedAt.getTime(), c.events.length])).toEqual(
			first.map((c) => [c.id, c.updatedAt.getTime(), c.events.length]),
		)
		// Only the second job is new: no candidate, event, search mark or audit row.
		expect(await importWrites()).toEqual({ ...before, jobs: before.jobs + 1 })
	})

	it('recognises existing candidates by email, else by name and birth year, and updates only what differs', async () => {
		const byEmail = await createCandidate({
			organizationId: team.organizationId,
			firstName: 'Sanne',
			lastName: 'de Vries',
			email: 'sanne.devries@example.test',
			phone: '0600000000',
			birthYear: 1994,
			stage: 'DEVELOPING',
		})
		const byName = await createCandidate({
			organizationId: team.organizationId,
			firstName: 'Joke',
			lastName: 'van der Berg',
			email: null,
			birthYear: 1979,
			stage: 'DEVELOPING',
		})
		// Same name elsewhere: another organisation's candidate is never matched.
		await createCandidate({
			organizationId: team.otherOrgCoach.organization.id,
			firstName: 'Ahmed',
			lastName: 'Yilmaz',
		})
		const unchangedBefore = await prisma.candidate.findUniqueOrThrow({ where: { id: byName.id } })

		const job = await importFile('CANDIDATES', team.coach, importFixture('kandidaten-puntkomma.csv'))
		expect(job).toMatchObject({ createdCount: 2, updatedCount: 2, unchangedCount: 0 })

		const sanne = await prisma.candidate.findUniqueOrThrow({ where: { id: byEmail.id }, include: { events: true } })
		// The file's values that differ; what the file leaves empty stays.
		expect(sanne).toMatchObject({ phone: '06 12345678', stage: 'ORIENTING', interests: 'Tuinieren, koken' })
		// A new stage is a STAGE event, as on the stage tab.
		expect(sanne.events.find((event) => event.kind === 'STAGE')).toMatchObject({
			fromStage: 'DEVELOPING',
			toStage: 'ORIENTING',
			recordedById: team.coach.user.id,
		})
		const joke = await prisma.candidate.findUniqueOrThrow({ where: { id: byName.id } })
		// Joke's row has no email and no coach: matched by name and birth year; town and stage come from the file.
		expect(joke).toMatchObject({
			homeTown: 'Groenlo',
			stage: 'DEVELOPING',
			primaryCoachId: unchangedBefore.primaryCoachId,
		})
		expect(await prisma.candidate.count({ where: { organizationId: team.organizationId } })).toBe(4)
		const updates = await prisma.auditEvent.findMany({ where: { action: 'candidate.updated' } })
		expect(updates.map((audit) => JSON.parse(audit.details!).fields)).toContainEqual(['phone'])
	})

	it('dates the intake by the file and steps back who is not active, so the figures of past periods hold', async () => {
		setClock(new Date('2026-04-15T10:00:00.000Z'))
		try {
			const file = csvFile('caseload.csv', [
				'Voornaam;Achternaam;Datum intake;Actief;Fase',
				'Iris;Actief;12-1-2026;ja;Ontwikkelend',
				'Jan;Terug;2026-02-03;Nee;Werkzoekend',
				'Kim;Vandaag;;;',
				'Lot;Toekomst;16-04-2026;ja;',
				'Max;Onzin;31-02-2026;;',
				'Noor;Twijfel;;misschien;',
			])
			const jobId = await uploadJob('CANDIDATES', team.coach, file)
			expect(Object.values((await jobPage(team.coach, jobId)).mapping)).toEqual([
				'firstName',
				'lastName',
				'intakeDate',
				'active',
				'stage',
			])
			const preview = await previewSuggested(team.coach, jobId)
			expect(preview.errors).toEqual([
				{ row: 5, field: 'intakeDate', message: 'imports:errors.intakeDateFuture|{"value":"16-04-2026"}' },
				{ row: 6, field: 'intakeDate', message: 'imports:errors.intakeDate|{"value":"31-02-2026"}' },
				{ row: 7, field: 'active', message: 'imports:errors.unknownOption|{"value":"misschien"}' },
			])
			expect(translateValidationMessage(getFixedT('nl', 'imports'), preview.errors[0]!.message)).toContain(
				'ligt na vandaag',
			)
			const job = await startAndWait(team.coach, jobId)
			expect(job).toMatchObject({ status: 'DONE', createdCount: 3, skippedCount: 3 })
			const events = (candidate: {
				events: Array<{ kind: string; fromStage: string | null; toStage: string | null; occurredOn: Date }>
			}) =>
				candidate.events
					.map((event) => [event.kind, event.fromStage, event.toStage, event.occurredOn.toISOString().slice(0, 10)])
					.sort((a, b) => (a[0] === 'INTAKE' ? -1 : b[0] === 'INTAKE' ? 1 : 0))
			const [iris, jan, kim] = await candidatesOf(team.organizationId)
			expect(iris).toMatchObject({ firstName: 'Iris', active: true, stage: 'DEVELOPING' })
			expect(events(iris!)).toEqual([['INTAKE', null, 'DEVELOPING', '2026-01-12']])
			// Not active: the intake and a step back on the intake date, as the stage tab records one.
			expect(jan).toMatchObject({ firstName: 'Jan', active: false, stage: 'JOB_SEEKING' })
			expect(events(jan!)).toEqual([
				['INTAKE', null, 'JOB_SEEKING', '2026-02-03'],
				['STEP_BACK', 'JOB_SEEKING', 'JOB_SEEKING', '2026-02-03'],
			])
			// No intake date: today; no active column value: active.
			expect(kim).toMatchObject({ firstName: 'Kim', active: true, stage: 'ORIENTING' })
			expect(events(kim!)).toEqual([['INTAKE', null, 'ORIENTING', '2026-04-15']])
			// The first quarter: Iris and Jan took part (Kim came in April); Jan inactive since 3 February.
			const insight = await getInsight(team.organizationId, { from: '2026-01-01', to: '2026-03-31' })
			expect(insight.candidates).toMatchObject({ participants: 2, active: 1, inactive: 1, newIntakes: 2 })
		} finally {
			setClock(null)
		}
	})

	it('leaves a candidate who stepped back alone when the file gives another stage', async () => {
		const paused = await createCandidate({
			organizationId: team.organizationId,
			firstName: 'Sanne',
			lastName: 'de Vries',
			email: 'sanne.devries@example.test',
			stage: 'DEVELOPING',
			active: false,
		})
		const job = await importFile('CANDIDATES', team.coach, importFixture('kandidaten-puntkomma.csv'))
		expect(job.skippedCount).toBe(1)
		expect(JSON.parse(job.rowErrors)).toEqual([{ row: 2, field: 'stage', message: 'imports:errors.inactiveStage' }])
		expect(await prisma.candidate.findUniqueOrThrow({ where: { id: paused.id } })).toMatchObject({
			stage: 'DEVELOPING',
			active: false,
		})
	})

	it('reads Windows-1252 files', async () => {
		const job = await importFile('CANDIDATES', team.coach, importFixture('kandidaten-windows-1252.csv'))
		expect(job.createdCount).toBe(2)
		const names = (await candidatesOf(team.organizationId)).map((c) => `${c.firstName} ${c.lastName}`)
		expect(names).toEqual(['Chloé Brûlé', 'Zoë Müller'])
	})

	it('throws away an import that was not started, with its file', async () => {
		const before = await importWrites()
		const jobId = await uploadJob('CANDIDATES', team.coach, csvFile('lijst.csv', ['Voornaam', 'Sanne']))
		expect(storedImportFiles()).toHaveLength(before.files + 1)
		const result = await postJob(team.coach, jobId, { intent: 'discard' })
		expect(result.location).toBe('/jobcoach/kandidaten/importeren')
		expect(await importWrites()).toEqual(before)
	})
})
