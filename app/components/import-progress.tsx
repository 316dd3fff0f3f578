import { useFetcher, useRevalidator } from '@remix-run/react'
import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { ImportProgress as Progress } from '#app/domain/imports/import-jobs.server.ts'
import { plainTextLinkClass } from './place-card.tsx'

const POLL_MS = 1000

function isRunning(progress: Progress) {
	return progress.status === 'QUEUED' || progress.status === 'RUNNING'
}

/**
 * The running import's progress bar. With JavaScript it asks the progress route every second and
 * reloads the page when the import ends; without, the page refreshes itself every few seconds and
 * has a link to do it by hand. Screen readers hear every tenth of the way, not every second.
 */
export function ImportProgress({ jobId, initial }: { jobId: string; initial: Progress }) {
	const { t } = useTranslation('imports')
	const fetcher = useFetcher<Progress>()
	const revalidator = useRevalidator()
	const progress = fetcher.data ?? initial
	const running = isRunning(progress)
	const url = `/importeren/${jobId}/voortgang`

	const latest = useRef({ fetcher, revalidator })
	useEffect(() => {
		latest.current = { fetcher, revalidator }
	})
	useEffect(() => {
		if (!running) return
		const timer = window.setInterval(() => {
			if (latest.current.fetcher.state === 'idle') latest.current.fetcher.load(url)
		}, POLL_MS)
		return () => window.clearInterval(timer)
	}, [running, url])
	useEffect(() => {
		// The import ended: the page shows the report (or what went wrong) instead of the bar.
		if (fetcher.data && !isRunning(fetcher.data) && latest.current.revalidator.state === 'idle') {
			latest.current.revalidator.revalidate()
		}
	}, [fetcher.data])

	const total = Math.max(progress.totalRows, 1)
	const percent = Math.floor((progress.processedRows / total) * 100)
	return (
		<div className="space-y-3">
			{progress.status === 'QUEUED' ? <p>{t('progress.queued')}</p> : null}
			<label htmlFor="import-progress" className="block font-medium">
				{t('progress.label')}
			</label>
			<progress
				id="import-progress"
				max={progress.totalRows}
				value={progress.processedRows}
				aria-describedby="import-progress-text"
				className="h-4 w-full accent-brand-700"
			>
				{percent}%
			</progress>
			<p id="import-progress-text" data-testid="import-progress-text">
				{t('progress.text', { processed: progress.processedRows, total: progress.totalRows, percent })}
			</p>
			<p role="status" aria-live="polite" className="sr-only">
				{t('progress.announce', { percent: Math.floor(percent / 10) * 10 })}
			</p>
			<p className="text-slate-700">{t('progress.background')}</p>
			{running ? (
				<>
					<noscript>
						<meta httpEquiv="refresh" content="3" />
					</noscript>
					<p>
						<a href={`/importeren/${jobId}`} className={plainTextLinkClass}>
							{t('progress.refresh')}
						</a>
					</p>
				</>
			) : null}
		</div>
	)
}
