import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { Card, PageHeader } from '#app/components/page-header.tsx'
import { textLinkClass } from '#app/components/place-card.tsx'
import { WeeklyTargetCard } from '#app/components/relationship-weekly-target.tsx'
import { requireCandidateCoach } from '#app/domain/candidates/candidates.server.ts'
import { getCoachTodo } from '#app/domain/candidates/coach-todo.server.ts'
import { getWeeklyContacts, saveWeeklyTarget } from '#app/domain/network/weekly-contacts.server.ts'
import { formatDate } from '#app/utils/format.ts'
import { pageMeta } from '#app/utils/meta.ts'

export const meta: MetaFunction = (args) => pageMeta(args, 'caseload:home.title')

export async function loader({ request }: LoaderFunctionArgs) {
	const { user, organizationId } = await requireCandidateCoach(request)
	const [todo, weekly] = await Promise.all([
		getCoachTodo({ userId: user.id, organizationId }),
		getWeeklyContacts({ userId: user.id, networkId: organizationId }),
	])
	return { ...todo, weekly }
}

/** The weekly target of employer contacts, the one form on this page (its own permission check). */
export async function action({ request }: ActionFunctionArgs) {
	return saveWeeklyTarget(request, { redirectTo: '/jobcoach' })
}

export default function JobcoachHome() {
	const { t, i18n } = useTranslation('caseload')
	const { stale, due, checkIns, stageCounts, activeTotal, weekly } = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	return (
		<div className="space-y-6">
			<PageHeader title={t('home.title')}>{t('home.intro')}</PageHeader>
			<ul className="flex flex-wrap gap-x-6 gap-y-2">
				<li>
					<Link to="/jobcoach/kandidaten" className={textLinkClass}>
						{t('home.toCaseload')}
					</Link>
				</li>
				<li>
					<Link to="/jobcoach/kandidaten/nieuw" className={textLinkClass}>
						{t('home.newCandidate')}
					</Link>
				</li>
				<li>
					<Link to="/jobcoach/plaatsingen" className={textLinkClass}>
						{t('placements:todo.toPlacements')}
					</Link>
				</li>
			</ul>

			<WeeklyTargetCard weekly={weekly} lastResult={actionData?.result} />

			<Card>
				<h2 className="text-xl font-semibold text-slate-900">{t('home.due.title')}</h2>
				{due.length === 0 ? (
					<p className="mt-2 text-slate-800">{t('home.due.empty')}</p>
				) : (
					<ul className="mt-3 space-y-3">
						{due.map((item) => (
							<li key={item.id}>
								<Link to={`/jobcoach/kandidaten/${item.id}`} className={textLinkClass}>
									{item.name}
								</Link>
								<p className="text-slate-800">
									{item.overdue
										? t('home.due.overdue', { date: formatDate(item.nextActionDate, i18n.language) })
										: t('home.due.today')}
									{item.nextAction ? `: ${item.nextAction}` : ''}
								</p>
							</li>
						))}
					</ul>
				)}
			</Card>

			<Card>
				<h2 className="text-xl font-semibold text-slate-900">{t('placements:todo.title')}</h2>
				{checkIns.length === 0 ? (
					<p className="mt-2 text-slate-800">{t('placements:todo.empty')}</p>
				) : (
					<ul className="mt-3 space-y-3">
						{checkIns.map((item) => (
							<li key={item.id}>
								<Link to={`/jobcoach/plaatsingen/${item.placementId}`} className={textLinkClass}>
									{t('placements:todo.item', { name: item.candidateName, place: item.placeTitle })}
								</Link>
								<p className="text-slate-800">
									{item.overdue
										? t('placements:todo.overdue', { date: formatDate(item.dueOn, i18n.language) })
										: t('placements:todo.today')}
								</p>
							</li>
						))}
					</ul>
				)}
			</Card>

			<Card>
				<h2 className="text-xl font-semibold text-slate-900">{t('home.stale.title')}</h2>
				{stale.length === 0 ? (
					<p className="mt-2 text-slate-800">{t('home.stale.empty')}</p>
				) : (
					<ul className="mt-3 space-y-3">
						{stale.map((item) => (
							<li key={item.id}>
								<Link to={`/jobcoach/kandidaten/${item.id}`} className={textLinkClass}>
									{item.name}
								</Link>
								<p className="text-slate-800">{t('home.stale.days', { count: item.daysSinceConfirmed })}</p>
							</li>
						))}
					</ul>
				)}
			</Card>

			<Card>
				<h2 className="text-xl font-semibold text-slate-900">{t('home.stages.title')}</h2>
				<table className="mt-3 w-full max-w-md text-left">
					<caption className="sr-only">{t('home.stages.caption')}</caption>
					<thead>
						<tr className="border-b border-slate-300">
							<th scope="col" className="py-2 font-semibold text-slate-900">
								{t('home.stages.stage')}
							</th>
							<th scope="col" className="py-2 text-right font-semibold text-slate-900">
								{t('home.stages.count')}
							</th>
						</tr>
					</thead>
					<tbody>
						{stageCounts.map((entry) => (
							<tr key={entry.stage} className="border-b border-slate-200">
								<th scope="row" className="py-2 font-normal text-slate-900">
									{t(`candidates:stages.${entry.stage}`)}
								</th>
								<td className="py-2 text-right text-slate-900">{entry.count}</td>
							</tr>
						))}
					</tbody>
					<tfoot>
						<tr>
							<th scope="row" className="py-2 font-semibold text-slate-900">
								{t('home.stages.total')}
							</th>
							<td className="py-2 text-right font-semibold text-slate-900">{activeTotal}</td>
						</tr>
					</tfoot>
				</table>
			</Card>
		</div>
	)
}

export { RouteErrorBoundary as ErrorBoundary } from '#app/components/error-boundary.tsx'
