import { now } from './clock.server.ts'

// In-process fixed-window counters: the app is one process (single SQLite writer), so this is shared
// by every request. Good enough to slow down guessing; not a distributed limiter.
const windows = new Map<string, { count: number; resetAt: number }>()

export function createThrottle({ limit, windowMs }: { limit: number; windowMs: number }) {
	function entry(key: string) {
		const current = now().getTime()
		let value = windows.get(key)
		if (!value || value.resetAt <= current) {
			value = { count: 0, resetAt: current + windowMs }
			windows.set(key, value)
		}
		return value
	}
	return {
		isBlocked: (key: string) => entry(key).count >= limit,
		hit: (key: string) => {
			entry(key).count += 1
		},
		reset: (key: string) => {
			windows.delete(key)
		},
	}
}

/** Tests only. */
export function resetAllThrottles() {
	windows.clear()
}
