// The support plan as a document: the same sections, in the same order, on the plan page and on the
// printed plan that a municipality or UWV accepts as it is. No forms, no hooks but translation: the
// markup is shown on screen, printed, and rendered by the tests. Each section has a fixed id.
import { type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { type SupportPlanView } from '#app/domain/plans/support-plans.server.ts'
import { useFormatDate } from '#app/utils/format.ts'
import { PlanIntensityTable, useOneDecimal } from './plan-intensity-table.tsx'

type View = SupportPlanView & { plan: NonNullable<SupportPlanView['plan']> }

/** One part of the plan, a titled card on screen and a plain block on paper. */
export function PlanSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
	return (
		<section
			id={id}
			aria-labelledby={`${id}-heading`}
			className="plan-section space-y-3 rounded-lg border border-slate-300 bg-white p-6 shadow-sm"
		>
			<h2 id={`${id}-heading`} className="text-2xl font-semibold text-slate-900">
				{title}
			</h2>
			{children}
		</section>
	)
}

/** Label and value pairs in two columns. */
function Facts({ items }: { items: Array<{ label: string; value: ReactNode }> }) {
	return (
		<dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
			{items.map((item) => (
				<div key={item.label} className="contents">
					<dt className="font-semibold text-slate-800">{item.label}</dt>
					<dd className="text-slate-900">{item.value}</dd>
				</div>
			))}
		</dl>
	)
}

export function PlanParties({ view }: { view: View }) {
	const { t } = useTranslation('plans')
	const { placement } = view
	return (
		<PlanSection id="plan-parties" title={t('sections.parties')}>
			<Facts
				items={[
					{ label: t('parties.candidate'), value: placement.candidateName },
					{ label: t('parties.employer'), value: placement.employerName },
					{
						label: t('parties.place'),
						value: `${placement.placeTitle} (${t(`places:types.${placement.placeType}`, { defaultValue: placement.placeType })})`,
					},
					{ label: t('parties.contractHours'), value: t('parties.hours', { count: placement.hoursPerWeek }) },
					{
						label: t('parties.supervisor'),
						value: placement.supervisorContact
							? `${placement.supervisorName} (${placement.supervisorContact})`
							: placement.supervisorName,
					},
					{ label: t('parties.coaching'), value: placement.coachingOrganizationName },
					{ label: t('parties.coach'), value: placement.coachName ?? t('parties.noCoach') },
				]}
			/>
		</PlanSection>
	)
}

export function PlanGoals({ view }: { view: View }) {
	const { t } = useTranslation('plans')
	return (
		<PlanSection id="plan-goals" title={t('sections.goals')}>
			<p className="text-slate-700">{t('goals.intro', { name: view.placement.candidateName })}</p>
			<ol className="list-decimal space-y-2 pl-6">
				{view.plan.goals.map((goal) => (
					<li key={goal.id} className="whitespace-pre-line text-slate-900">
						{goal.text}
					</li>
				))}
			</ol>
		</PlanSection>
	)
}

export function PlanTasks({ view }: { view: View }) {
	const { t } = useTranslation('plans')
	const tasks = [
		{ key: 'coach', text: view.plan.coachTasks },
		{ key: 'employer', text: view.plan.employerTasks },
		{ key: 'supervisor', text: view.plan.supervisorTasks },
	] as const
	return (
		<PlanSection id="plan-tasks" title={t('sections.tasks')}>
			{tasks.map((task) => (
				<div key={task.key}>
					<h3 className="text-lg font-semibold text-slate-900">{t(`tasks.${task.key}`)}</h3>
					<p className="whitespace-pre-line text-slate-900">{task.text}</p>
				</div>
			))}
		</PlanSection>
	)
}

export function PlanIntensity({ view }: { view: View }) {
	const { t } = useTranslation('plans')
	const hours = useOneDecimal()
	const { plan } = view
	return (
		<PlanSection id="plan-intensity" title={t('sections.intensity')}>
			<p className="text-slate-900">
				{t('intensity.chosen', { method: t(`methods.${plan.intensityMethod}`), funder: plan.funderName })}
			</p>
			<p className="text-slate-700">{t('intensity.intro')}</p>
			<PlanIntensityTable
				rows={plan.comparison}
				durationMonths={plan.durationMonths}
				caption={t('intensity.caption')}
				settings={{
					supportHoursPerWeek: hours(plan.supportHoursPerWeek),
					supportPercent: hours(plan.supportPercent),
					supportRegime: plan.supportRegime,
					contractHoursPerWeek: view.placement.hoursPerWeek,
				}}
			/>
		</PlanSection>
	)
}

/**
 * On screen the planned review dates are marked past or next; on paper, which a funder reads later,
 * they are plain dates. Both say when a review was held around a planned date.
 */
export function PlanDuration({ view, print = false }: { view: View; print?: boolean }) {
	const { t } = useTranslation('plans')
	const date = useFormatDate()
	const { plan } = view
	return (
		<PlanSection id="plan-duration" title={t('sections.duration')}>
			<Facts
				items={[
					{ label: t('duration.months'), value: t('duration.monthsValue', { count: plan.durationMonths }) },
					{ label: t('duration.startsOn'), value: date(plan.startsOn) },
					{ label: t('duration.endsOn'), value: date(plan.endsOn) },
				]}
			/>
			<h3 className="text-lg font-semibold text-slate-900">{t('duration.reviewDates')}</h3>
			<ul className="space-y-1">
				{plan.reviewDates.map((review) => {
					// A held review says so itself; a past date without one is marked, never struck through (that reads as cancelled).
					const marked = !print && (review.next || (review.past && review.heldOn.length === 0))
					return (
						<li
							key={review.dueOn}
							className={!marked ? 'text-slate-900' : review.next ? 'font-semibold text-slate-900' : 'text-slate-700'}
						>
							<time dateTime={review.dueOn}>{date(review.dueOn)}</time>
							{marked ? ` (${t(review.next ? 'duration.next' : 'duration.past')})` : null}
							{review.heldOn.length ? (
								<>
									{' · '}
									{t('duration.heldOn', { dates: review.heldOn.map(date).join(', ') })}
								</>
							) : null}
						</li>
					)
				})}
			</ul>
		</PlanSection>
	)
}

export function PlanRequest({ view }: { view: View }) {
	const { t } = useTranslation('plans')
	const { plan } = view
	return (
		<PlanSection id="plan-request" title={t('sections.request')}>
			<Facts
				items={[
					{ label: t('request.requestedBy'), value: t(`requesters.${plan.requestedBy}`) },
					{ label: t('request.funder'), value: t(`funders.${plan.funder}`) },
					{ label: t('request.funderName'), value: plan.funderName },
				]}
			/>
		</PlanSection>
	)
}

/** The plan itself, from the parties to the funder, as every page that shows it has it. */
export function PlanDocument({ view, print = false }: { view: View; print?: boolean }) {
	return (
		<>
			<PlanParties view={view} />
			<PlanGoals view={view} />
			<PlanTasks view={view} />
			<PlanIntensity view={view} />
			<PlanDuration view={view} print={print} />
			<PlanRequest view={view} />
		</>
	)
}

export type PlanDocumentView = View
