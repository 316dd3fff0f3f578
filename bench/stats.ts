// Percentiles and small formatting helpers for the benchmark.

export type Summary = { count: number; min: number; mean: number; p50: number; p95: number; p99: number; max: number }

/** Nearest-rank percentile of an ascending array (p in 0..100). */
export function percentile(sorted: readonly number[], p: number) {
	if (sorted.length === 0) return Number.NaN
	const rank = Math.ceil((p / 100) * sorted.length)
	return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!
}

export function summarize(values: readonly number[]): Summary {
	const sorted = [...values].sort((a, b) => a - b)
	const sum = sorted.reduce((total, value) => total + value, 0)
	return {
		count: sorted.length,
		min: round(sorted[0] ?? Number.NaN),
		mean: round(sorted.length ? sum / sorted.length : Number.NaN),
		p50: round(percentile(sorted, 50)),
		p95: round(percentile(sorted, 95)),
		p99: round(percentile(sorted, 99)),
		max: round(sorted[sorted.length - 1] ?? Number.NaN),
	}
}

export function round(value: number, digits = 2) {
	const factor = 10 ** digits
	return Math.round(value * factor) / factor
}

export function ms(value: number) {
	return Number.isFinite(value) ? `${value.toFixed(1)} ms` : 'n/a'
}

export function formatSummary(summary: Summary) {
	return `p50 ${ms(summary.p50)} · p95 ${ms(summary.p95)} · p99 ${ms(summary.p99)} (n=${summary.count})`
}

export function megabytes(kilobytes: number) {
	return `${(kilobytes / 1024).toFixed(0)} MB`
}

/** Runs `task` for every item with `concurrency` workers; returns results in item order. */
export async function runConcurrently<Item, Result>(
	items: readonly Item[],
	concurrency: number,
	task: (item: Item, index: number) => Promise<Result>,
	onProgress?: (done: number) => void,
): Promise<Result[]> {
	const results = new Array<Result>(items.length)
	let next = 0
	let done = 0
	const worker = async () => {
		for (;;) {
			const index = next++
			if (index >= items.length) return
			results[index] = await task(items[index]!, index)
			done += 1
			onProgress?.(done)
		}
	}
	await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, items.length)) }, worker))
	return results
}

/** A progress line that rewrites itself on a terminal and prints every ~10 % otherwise. */
export function progress(label: string, total: number) {
	const tty = process.stdout.isTTY
	let lastShown = -1
	const startedAt = performance.now()
	return {
		update(done: number, extra = '') {
			const percent = total === 0 ? 100 : Math.floor((done / total) * 100)
			if (!tty && percent < 100 && Math.floor(percent / 10) === Math.floor(lastShown / 10)) return
			if (tty && percent === lastShown && done !== total) return
			lastShown = percent
			const seconds = ((performance.now() - startedAt) / 1000).toFixed(1)
			const line = `  ${label}: ${done}/${total} (${percent}%) ${seconds} s${extra ? ` ${extra}` : ''}`
			if (tty) process.stdout.write(`\r${line}\x1b[K`)
			else console.log(line)
		},
		done(extra = '') {
			const seconds = ((performance.now() - startedAt) / 1000).toFixed(1)
			const line = `  ${label}: ${total}/${total} done in ${seconds} s${extra ? ` ${extra}` : ''}`
			if (tty) process.stdout.write(`\r${line}\x1b[K\n`)
			else console.log(line)
		},
	}
}
