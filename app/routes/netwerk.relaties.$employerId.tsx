import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useActionData, useLoaderData, useSearchParams, type ShouldRevalidateFunction } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { ActivityTimeline } from '#app/components/activity-timeline.tsx'
import { Card, PageHeader } from '#app/components/page-header.tsx'
import { textLinkClass } from '#app/components/place-card.tsx'
import { RelationshipEditForm, RelationshipFacts } from '#app/components/relationship-form.tsx'
import { RelationshipPledges } from '#app/components/relationship-pledges.tsx'
import { isLoggableKind, LOG_PARAM, LogActivityForm, QuickLogButtons } from '#app/components/relationship-log-form.tsx'
import { NextStepText, QuietFor } from '#app/components/relationship-signals.tsx'
import { listTimeline, logActivity, timelineLinksFor } from '#app/domain/network/activities.server.ts'
import { requireNetworkUser } from '#app/domain/network/network-access.server.ts'
import { listPledgesForEmployer } from '#app/domain/network/pledges.server.ts'
import { createRelationshipActionSchema, type RelationshipIntent } from '#app/domain/network/relationship-schema.ts'
import {
	getRelationshipFormContext,
	requireRelationshipEmployer,
	updateRelationship,
} from '#app/domain/network/relationships.server.ts'
import { hasPermission } from '#app/utils/auth.server.ts'
import { now } from '#app/utils/clock.server.ts'
import { invalidSubmission } from '#app/utils/forms.server.ts'
import { parseSubmission } from '#app/utils/forms.ts'
import { pageMeta } from '#app/utils/meta.ts'
import { redirectWithToast } from '#app/utils/toast.server.ts'

export const meta: MetaFunction<typeof loader> = (args) =>
	pageMeta(args, 'relationships:detail.metaTitle', undefined, { values: { name: args.data?.employer.name ?? '' } })

export async function loader({ request, params }: LoaderFunctionArgs) {
	const { user, networkId } = await requireNetworkUser(request, 'read:relationship')
	const employer = await requireRelationshipEmployer(params)
	const [context, timeline, pledges] = await Promise.all([
		getRelationshipFormContext(networkId, employer.id, now()),
		listTimeline(networkId, employer.id, timelineLinksFor(user, networkId)),
		listPledgesForEmployer(networkId, employer.id),
	])
	return {
		employer,
		...context,
		timeline,
		pledges,
		canSeeEvents: hasPermission(user, 'read:network', networkId),
		canLog: hasPermission(user, 'create:relationship', networkId),
		canUpdate: hasPermission(user, 'update:relationship', networkId),
		canSeeEmployer: hasPermission(user, 'read:employer'),
	}
}

/** Opening or switching the log form only changes ?log=; the page's data stays as it is. */
export const shouldRevalidate: ShouldRevalidateFunction = ({
	currentUrl,
	nextUrl,
	formMethod,
	defaultShouldRevalidate,
}) => {
	if (formMethod && formMethod !== 'GET') return defaultShouldRevalidate
	const withoutLog = (url: URL) => {
		const search = new URLSearchParams(url.search)
		search.delete(LOG_PARAM)
		return `${url.pathname}?${search.toString()}`
	}
	return withoutLog(currentUrl) === withoutLog(nextUrl) ? false : defaultShouldRevalidate
}

const toastFor: Record<RelationshipIntent, string> = {
	log: 'relationships:toast.logged',
	relationship: 'relationships:toast.updated',
}

export async function action({ request, params }: ActionFunctionArgs) {
	const { user, networkId } = await requireNetworkUser(request, 'create:relationship')
	const employer = await requireRelationshipEmployer(params)
	const formData = await request.formData()
	// Jobcoaches log contacts; stage, owner and follow-up of the relationship are the coordinator's.
	if (formData.get('intent') === 'relationship' && !hasPermission(user, 'update:relationship', networkId)) {
		throw new Response('Forbidden', { status: 403 })
	}
	const moment = now()
	const { bounds } = await getRelationshipFormContext(networkId, employer.id, moment)
	const submission = parseSubmission(formData, createRelationshipActionSchema(bounds))
	if (submission.status !== 'success') return invalidSubmission(submission)
	const value = submission.value
	if (value.intent === 'log') {
		await logActivity({ networkId, employerId: employer.id, actorId: user.id, input: value, moment })
	} else {
		await updateRelationship({ networkId, employerId: employer.id, input: value })
	}
	return redirectWithToast(`/netwerk/relaties/${employer.id}`, { title: toastFor[value.intent] })
}

export default function RelationshipPage() {
	const { t } = useTranslation('relationships')
	const {
		employer,
		relationship,
		contacts,
		owners,
		bounds,
		timeline,
		pledges,
		canSeeEvents,
		canLog,
		canUpdate,
		canSeeEmployer,
	} = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	const [searchParams] = useSearchParams()
	const submitted = actionData?.result.initialValue
	const resultFor = (intent: RelationshipIntent) => (submitted?.intent === intent ? actionData?.result : null)
	const requested = searchParams.get(LOG_PARAM)
	const logKind = isLoggableKind(requested)
		? requested
		: submitted?.intent === 'log' && isLoggableKind(submitted.kind)
			? submitted.kind
			: null
	return (
		<div className="space-y-6">
			<p>
				<Link to="/netwerk/relaties" className={textLinkClass}>
					{t('detail.back')}
				</Link>
			</p>
			<PageHeader title={employer.name}>
				<p>
					{[employer.town, employer.sector ? t(`common:sectors.${employer.sector}`) : null].filter(Boolean).join(' · ')}
				</p>
				{canSeeEmployer ? (
					<p>
						<Link to={`/werkgevers/${employer.id}`} className={textLinkClass}>
							{t('detail.employerPage')}
						</Link>
					</p>
				) : null}
			</PageHeader>

			{relationship.goneQuiet || relationship.followUpDue ? (
				<section
					aria-labelledby="signals-heading"
					className="space-y-2 rounded-md border-l-4 border-amber-700 bg-amber-50 p-4 text-amber-950"
				>
					<h2 id="signals-heading" className="font-semibold">
						{t('detail.signals')}
					</h2>
					{relationship.followUpDue ? <p>{t('detail.followUpDue')}</p> : null}
					{relationship.goneQuiet ? (
						<>
							<p>
								{t('detail.goneQuiet')} <QuietFor daysQuiet={relationship.daysQuiet} />
							</p>
							{relationship.nextStep ? (
								<p>
									<NextStepText step={relationship.nextStep} />
								</p>
							) : null}
						</>
					) : null}
				</section>
			) : null}

			{canLog ? (
				<Card>
					<h2 className="text-xl font-semibold text-slate-900">{t('log.title')}</h2>
					<p className="mt-1 text-slate-700">{t('log.intro')}</p>
					<div className="mt-4 space-y-4">
						<QuickLogButtons selected={logKind} />
						{logKind ? (
							<LogActivityForm
								key={logKind}
								kind={logKind}
								bounds={bounds}
								contacts={contacts}
								lastResult={resultFor('log')}
							/>
						) : null}
					</div>
				</Card>
			) : null}

			<Card>
				<h2 className="mb-4 text-xl font-semibold text-slate-900">{t('detail.relationship')}</h2>
				<RelationshipFacts relationship={relationship} />
				{canUpdate ? (
					<div className="mt-6 border-t border-slate-200 pt-4">
						<RelationshipEditForm
							relationship={relationship}
							owners={owners}
							bounds={bounds}
							lastResult={resultFor('relationship')}
						/>
					</div>
				) : (
					<p className="mt-4 text-sm text-slate-700">{t('edit.coordinatorOnly')}</p>
				)}
			</Card>

			<Card>
				<h2 className="text-xl font-semibold text-slate-900">{t('pledges.title')}</h2>
				<p className="mt-1 mb-4 text-slate-700">{t('pledges.intro')}</p>
				<RelationshipPledges pledges={pledges} linkEvents={canSeeEvents} />
			</Card>

			<section aria-labelledby="timeline-heading" className="space-y-3">
				<h2 id="timeline-heading" className="text-2xl font-semibold text-slate-900">
					{t('timeline.title')}
				</h2>
				<ActivityTimeline entries={timeline} empty={t('timeline.empty')} />
			</section>
		</div>
	)
}

export { RouteErrorBoundary as ErrorBoundary } from '#app/components/error-boundary.tsx'
