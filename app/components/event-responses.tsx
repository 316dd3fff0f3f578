import { useNavigation, useRevalidator } from '@remix-run/react'
import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { type ResponseCounts } from '#app/domain/network/event-options.ts'

const tone: Record<string, string> = {
	YES: 'border-green-800 bg-green-50 text-green-900',
	MAYBE: 'border-amber-700 bg-amber-50 text-amber-900',
	NO: 'border-slate-500 bg-white text-slate-800',
	WAITLISTED: 'border-brand-700 bg-brand-50 text-brand-900',
	INVITED: 'border-slate-400 bg-white text-slate-700',
}

/** An invitee's answer in words; never colour alone. */
export function ResponseBadge({ response }: { response: string }) {
	const { t } = useTranslation('events')
	return (
		<span
			className={`inline-block rounded-full border px-3 py-0.5 text-sm font-semibold whitespace-nowrap ${tone[response] ?? tone.INVITED}`}
		>
			{t(`responses.${response}`)}
		</span>
	)
}

/** "8 ja · 2 misschien · 1 nee · 1 op de wachtlijst (20 uitgenodigd)" */
export function ResponseCountsText({ counts }: { counts: ResponseCounts }) {
	const { t } = useTranslation('events')
	return (
		<>
			{t('counts.summary', {
				yes: counts.yes,
				maybe: counts.maybe,
				no: counts.no,
				waitlisted: counts.waitlisted,
				invited: counts.invited,
			})}
		</>
	)
}

/**
 * Keeps the page's answers fresh: revalidates every `intervalMs` while the page is visible (and at
 * once when it becomes visible again), never while a revalidation or a form submission is running.
 */
export function useLiveRevalidation(intervalMs: number, enabled = true) {
	const revalidator = useRevalidator()
	const navigation = useNavigation()
	const busy = revalidator.state !== 'idle' || navigation.state !== 'idle'
	const latest = useRef({ busy, revalidate: revalidator.revalidate })
	useEffect(() => {
		latest.current = { busy, revalidate: revalidator.revalidate }
	})
	useEffect(() => {
		if (!enabled) return
		const refresh = () => {
			if (document.visibilityState === 'visible' && !latest.current.busy) void latest.current.revalidate()
		}
		const timer = window.setInterval(refresh, intervalMs)
		document.addEventListener('visibilitychange', refresh)
		return () => {
			window.clearInterval(timer)
			document.removeEventListener('visibilitychange', refresh)
		}
	}, [enabled, intervalMs])
}
