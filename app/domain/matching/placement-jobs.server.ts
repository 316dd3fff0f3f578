// Background jobs for placements (run by app/utils/worker.server.ts). Idempotent.

/** Emails the coach about check-ins that are due; each check-in is reminded once. */
export async function sendCheckInReminders(): Promise<void> {
	// Filled in with the placements work.
}
