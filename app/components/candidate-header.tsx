import { NavLink, Outlet } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import type { CandidateHeader } from '#app/domain/candidates/candidates.server.ts'

/** The badge every private section of a candidate carries: identity and sensitive context. */
export function PrivateMarker() {
	const { t } = useTranslation('candidates')
	return (
		<span className="inline-flex items-center gap-1 rounded-full border border-amber-700 bg-amber-50 px-2 py-0.5 text-sm font-medium text-amber-900">
			<span aria-hidden="true">🔒</span>
			{t('privateMarker')}
		</span>
	)
}

const tabs = [
	{ to: '.', key: 'profile', end: true },
	{ to: 'plekken', key: 'findPlaces' },
	{ to: 'fase', key: 'stage' },
	{ to: 'verslagen', key: 'reports' },
	{ to: 'toestemming', key: 'consent' },
	{ to: 'privacy', key: 'privacy' },
] as const

/** Name, code, stage, coaches, freshness and completeness, then the candidate's tabs and the open tab. */
export function CandidateLayout({ candidate }: { candidate: CandidateHeader }) {
	const { t } = useTranslation('candidates')
	const { freshness, completeness } = candidate
	return (
		<div className="space-y-6">
			<header className="space-y-3">
				<div className="flex flex-wrap items-center gap-3">
					<h1 className="text-3xl font-bold text-slate-900">{candidate.name}</h1>
					<PrivateMarker />
				</div>
				<dl className="flex flex-wrap gap-x-6 gap-y-1 text-slate-800">
					<div className="flex gap-1">
						<dt className="sr-only">{t('tabs.stage')}</dt>
						<dd className="font-medium">
							{t(`stages.${candidate.stage}`)} · {t(candidate.active ? 'activity.active' : 'activity.inactive')}
						</dd>
					</div>
					<div className="flex gap-1">
						<dt className="sr-only">{t('header.code', { code: '' })}</dt>
						<dd>{t('header.code', { code: candidate.code })}</dd>
					</div>
					<div className="flex gap-1">
						<dt>{t('header.primaryCoach')}:</dt>
						<dd>{candidate.primaryCoach?.name ?? t('header.nobody')}</dd>
					</div>
					<div className="flex gap-1">
						<dt>{t('header.routeSupporter')}:</dt>
						<dd>{candidate.routeSupporter?.name ?? t('header.nobody')}</dd>
					</div>
					<div className="flex gap-1">
						<dt className="sr-only">{t('tabs.profile')}</dt>
						<dd className={freshness.stale ? 'font-semibold text-red-800' : undefined}>
							{t(freshness.stale ? 'header.stale' : 'header.fresh', { days: freshness.daysSinceConfirmed })} ·{' '}
							{t('header.completeness', { percent: completeness.percent })}
						</dd>
					</div>
				</dl>
			</header>
			<nav aria-label={t('tabs.label')} className="border-b border-slate-300">
				<ul className="flex flex-wrap gap-1">
					{tabs.map((tab) => (
						<li key={tab.key}>
							<NavLink
								to={tab.to}
								end={'end' in tab ? tab.end : false}
								className={({ isActive }) =>
									`inline-block rounded-t-md px-4 py-2 font-medium ${
										isActive
											? 'border border-b-white border-slate-300 bg-white text-slate-900'
											: 'text-blue-800 underline'
									}`
								}
							>
								{t(`tabs.${tab.key}`)}
							</NavLink>
						</li>
					))}
				</ul>
			</nav>
			<Outlet />
		</div>
	)
}
