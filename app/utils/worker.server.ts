import { sendCheckInReminders } from '#app/domain/matching/placement-jobs.server.ts'
import { sendEventReminders } from '#app/domain/network/event-jobs.server.ts'
import { resumeImports } from '#app/domain/imports/import-jobs.server.ts'
import { pruneSearchOutbox } from '#search/sync.server.ts'
import { closeExpiredPlaces, sendExpiryReminders } from '#app/domain/places/place-jobs.server.ts'
import { deleteExpiredSessions } from './session.server.ts'
import { getLogger } from './logger.server.ts'

// The background worker runs inside the web process (one SQLite writer). Every job is idempotent,
// so running one twice or after a restart does no harm.
type Job = { name: string; everyMs: number; run: () => Promise<unknown> }

const MINUTE = 60 * 1000

const jobs: Job[] = [
	{ name: 'delete-expired-sessions', everyMs: 60 * MINUTE, run: deleteExpiredSessions },
	// Places close on their expiry date and remind their contact a week before it.
	{ name: 'close-expired-places', everyMs: 5 * MINUTE, run: closeExpiredPlaces },
	{ name: 'send-place-expiry-reminders', everyMs: 5 * MINUTE, run: sendExpiryReminders },
	{ name: 'prune-search-outbox', everyMs: 60 * MINUTE, run: pruneSearchOutbox },
	{ name: 'send-check-in-reminders', everyMs: 15 * MINUTE, run: sendCheckInReminders },
	{ name: 'send-event-reminders', everyMs: 15 * MINUTE, run: sendEventReminders },
	// Imports normally run straight after they are started; this picks up one interrupted by a restart.
	{ name: 'resume-imports', everyMs: MINUTE, run: resumeImports },
]

const state = globalThis as unknown as { workerTimers?: NodeJS.Timeout[] }

async function runJob(job: Job) {
	try {
		await job.run()
	} catch (error) {
		getLogger().error({ err: error, job: job.name }, 'background job failed')
	}
}

export function startWorker() {
	if (state.workerTimers) return
	state.workerTimers = jobs.map((job) => {
		void runJob(job)
		const timer = setInterval(() => void runJob(job), job.everyMs)
		timer.unref()
		return timer
	})
	getLogger().info({ jobs: jobs.map((job) => job.name) }, 'background worker started')
}

export function stopWorker() {
	for (const timer of state.workerTimers ?? []) clearInterval(timer)
	state.workerTimers = undefined
}
