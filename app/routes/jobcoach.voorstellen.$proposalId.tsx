import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useActionData, useLoaderData } from '@remix-run/react'
import { type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Card, PageHeader } from '#app/components/page-header.tsx'
import {
	CloseProposalForm,
	PlanIntroForm,
	ShareIdentityForm,
	WithdrawIdentityForm,
} from '#app/components/proposal-coach-forms.tsx'
import { ProposalStatusBadge } from '#app/components/proposal-status-badge.tsx'
import { ProposalTimeline } from '#app/components/proposal-timeline.tsx'
import {
	createPlanIntroSchema,
	createShareIdentitySchema,
	NotPlacedSchema,
	plannedIntroAt,
	proposalProblemMessages,
	WithdrawIdentitySchema,
	WithdrawProposalSchema,
} from '#app/domain/matching/proposal-schema.ts'
import { amsterdamLocalDateTime } from '#app/utils/amsterdam-time.ts'
import {
	closeProposal,
	getCoachProposal,
	planIntro,
	requireCoachProposal,
	shareIdentity,
	withdrawIdentity,
	type ProposalResult,
} from '#app/domain/matching/proposals.server.ts'
import { amsterdamDate } from '#app/utils/amsterdam-time.ts'
import { now } from '#app/utils/clock.server.ts'
import { formatDate, useFormatDateTime } from '#app/utils/format.ts'
import { parseSubmission } from '#app/utils/forms.ts'
import { invalidSubmission } from '#app/utils/forms.server.ts'
import { pageMeta } from '#app/utils/meta.ts'
import { redirectWithToast } from '#app/utils/toast.server.ts'

// The candidate's name stays out of the page title: titles end up in browser history.
export const meta: MetaFunction = (args) => pageMeta(args, 'proposals:coachDetail.title')

export async function loader({ request, params }: LoaderFunctionArgs) {
	const { user, proposalId, organizationId } = await requireCoachProposal(request, params)
	const proposal = await getCoachProposal(proposalId, organizationId, user.id)
	if (!proposal) throw new Response('Not Found', { status: 404 })
	const moment = now()
	return { proposal, today: amsterdamDate(moment), nowLocal: amsterdamLocalDateTime(moment) }
}

const toastFor = {
	'share-identity': 'proposals:toast.identityShared',
	'withdraw-identity': 'proposals:toast.identityWithdrawn',
	'plan-intro': 'proposals:toast.introPlanned',
	'not-placed': 'proposals:toast.notPlaced',
	withdraw: 'proposals:toast.withdrawn',
} as const
type CoachIntent = keyof typeof toastFor
const isCoachIntent = (value: unknown): value is CoachIntent => typeof value === 'string' && value in toastFor

export async function action({ request, params }: ActionFunctionArgs) {
	const { user, proposalId, organizationId } = await requireCoachProposal(request, params, 'update:proposal')
	const proposal = await getCoachProposal(proposalId, organizationId, user.id)
	if (!proposal) throw new Response('Not Found', { status: 404 })
	const formData = await request.formData()
	const intent = formData.get('intent')
	if (!isCoachIntent(intent)) throw new Response('Bad Request', { status: 400 })
	const moment = now()
	const step = { proposalId, organizationId, actorId: user.id }
	let result: ProposalResult
	switch (intent) {
		case 'share-identity': {
			const submission = parseSubmission(formData, createShareIdentitySchema({ today: amsterdamDate(moment) }))
			if (submission.status !== 'success') return invalidSubmission(submission)
			result = await shareIdentity({ ...step, input: submission.value })
			if (!result.ok) return invalidSubmission(submission, { formErrors: [proposalProblemMessages[result.problem]] })
			break
		}
		case 'withdraw-identity': {
			const submission = parseSubmission(formData, WithdrawIdentitySchema)
			if (submission.status !== 'success') return invalidSubmission(submission)
			result = await withdrawIdentity({ ...step, withdrawalNote: submission.value.withdrawalNote })
			if (!result.ok) return invalidSubmission(submission, { formErrors: [proposalProblemMessages[result.problem]] })
			break
		}
		case 'plan-intro': {
			const schema = createPlanIntroSchema({ nowLocal: amsterdamLocalDateTime(moment), offered: proposal.introOptions })
			const submission = parseSubmission(formData, schema)
			if (submission.status !== 'success') return invalidSubmission(submission)
			const introAt = plannedIntroAt(submission.value)
			if (!introAt || introAt <= moment) {
				return invalidSubmission(submission, { fieldErrors: { introChoice: ['proposals:errors.timeInPast'] } })
			}
			result = await planIntro({
				proposalId,
				organizationId,
				actor: { id: user.id, name: user.name, email: user.email, locale: user.locale },
				introAt,
				location: submission.value.location,
			})
			if (!result.ok) return invalidSubmission(submission, { formErrors: [proposalProblemMessages[result.problem]] })
			break
		}
		case 'not-placed': {
			const submission = parseSubmission(formData, NotPlacedSchema)
			if (submission.status !== 'success') return invalidSubmission(submission)
			const { reason, note } = submission.value
			result = await closeProposal({ ...step, input: { outcome: 'NOT_PLACED', reason, note } })
			if (!result.ok) return invalidSubmission(submission, { formErrors: [proposalProblemMessages[result.problem]] })
			break
		}
		case 'withdraw': {
			const submission = parseSubmission(formData, WithdrawProposalSchema)
			if (submission.status !== 'success') return invalidSubmission(submission)
			const { reason, note } = submission.value
			result = await closeProposal({ ...step, input: { outcome: 'WITHDRAWN', reason, note } })
			if (!result.ok) return invalidSubmission(submission, { formErrors: [proposalProblemMessages[result.problem]] })
			break
		}
	}
	return redirectWithToast(`/jobcoach/voorstellen/${proposalId}`, { title: toastFor[intent] })
}

export default function CoachProposal() {
	const { t, i18n } = useTranslation('proposals')
	const { proposal, today, nowLocal } = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	const formatDateTime = useFormatDateTime()
	const submitted = actionData?.result.initialValue?.intent
	const resultFor = (intent: string) => (submitted === intent ? actionData?.result : null)
	const { actions } = proposal
	const can = (action: (typeof actions)[number]) => actions.includes(action)
	return (
		<div className="space-y-6">
			<p>
				<Link to="/jobcoach/voorstellen" className="text-brand-700 underline">
					{t('coachDetail.backToList')}
				</Link>
			</p>
			<PageHeader title={t('coachDetail.heading', { name: proposal.candidate.name, place: proposal.place.title })}>
				<div className="flex flex-wrap items-center gap-3">
					<ProposalStatusBadge status={proposal.status} />
					<span>
						{proposal.employerName}
						{proposal.place.town ? ` · ${proposal.place.town}` : ''}
					</span>
				</div>
			</PageHeader>

			<Card>
				<h2 className="text-xl font-semibold">{t('coachDetail.summary')}</h2>
				<dl className="mt-4 grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
					<Detail label={t('coachDetail.candidate')}>
						<Link to={`/jobcoach/kandidaten/${proposal.candidate.id}`} className="text-brand-700 underline">
							{proposal.candidate.name}
						</Link>{' '}
						({proposal.candidate.code})
					</Detail>
					<Detail label={t('coachDetail.place')}>
						<Link to={`/plekken/${proposal.place.id}`} className="text-brand-700 underline">
							{proposal.place.title}
						</Link>
					</Detail>
					<Detail label={t('coachDetail.proposedBy')}>{proposal.proposedBy?.name ?? t('timeline.unknownActor')}</Detail>
					<Detail label={t('coachDetail.createdAt')}>{formatDateTime(proposal.createdAt)}</Detail>
					<Detail label={t('coachDetail.motivation')}>
						<p className="whitespace-pre-line">{proposal.motivation}</p>
					</Detail>
				</dl>
			</Card>

			<Card>
				<h2 className="text-xl font-semibold">{t('coachDetail.employerContacts')}</h2>
				{proposal.employerContacts.length === 0 ? (
					<p className="mt-2">{t('coachDetail.noContacts')}</p>
				) : (
					<ul className="mt-2 space-y-1">
						{proposal.employerContacts.map((contact) => (
							<li key={`${contact.name}-${contact.email ?? ''}`}>
								{contact.name}
								{contact.jobTitle ? `, ${contact.jobTitle}` : ''}
								{contact.email ? (
									<>
										{' · '}
										<a href={`mailto:${contact.email}`} className="text-brand-700 underline">
											{contact.email}
										</a>
									</>
								) : null}
								{contact.phone ? ` · ${contact.phone}` : ''}
							</li>
						))}
					</ul>
				)}
			</Card>

			{proposal.declineReason ? (
				<Card>
					<h2 className="text-xl font-semibold">{t('coachDetail.declined')}</h2>
					<dl className="mt-4 grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
						<Detail label={t('coachDetail.declineReason')}>{t(`declineReasons.${proposal.declineReason}`)}</Detail>
						{proposal.declineNote ? (
							<Detail label={t('coachDetail.declineNote')}>
								<p className="whitespace-pre-line">{proposal.declineNote}</p>
							</Detail>
						) : null}
					</dl>
				</Card>
			) : null}

			{proposal.introOptions.length > 0 || proposal.introAt ? (
				<Card>
					<h2 className="text-xl font-semibold">{t('coachDetail.intro')}</h2>
					<dl className="mt-4 grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
						{proposal.introOptions.length > 0 ? (
							<Detail label={t('coachDetail.introOptions')}>
								<ul>
									{proposal.introOptions.map((option) => (
										<li key={option}>{formatDateTime(option)}</li>
									))}
								</ul>
							</Detail>
						) : null}
						{proposal.introNote ? <Detail label={t('coachDetail.introNote')}>{proposal.introNote}</Detail> : null}
						{proposal.introAt ? (
							<Detail label={t('coachDetail.introAt')}>{formatDateTime(proposal.introAt)}</Detail>
						) : null}
						{proposal.introLocation ? (
							<Detail label={t('coachDetail.introLocation')}>{proposal.introLocation}</Detail>
						) : null}
					</dl>
				</Card>
			) : null}

			{proposal.outcomeReason && (proposal.status === 'NOT_PLACED' || proposal.status === 'WITHDRAWN') ? (
				<Card>
					<h2 className="text-xl font-semibold">{t(`statuses.${proposal.status}`)}</h2>
					<p className="mt-2">
						{t(
							`${proposal.status === 'NOT_PLACED' ? 'notPlacedReasons' : 'withdrawReasons'}.${proposal.outcomeReason}`,
							{
								defaultValue: proposal.outcomeReason,
							},
						)}
					</p>
					{proposal.outcomeNote ? <p className="mt-1 whitespace-pre-line">{proposal.outcomeNote}</p> : null}
				</Card>
			) : null}

			<Card>
				<h2 className="text-xl font-semibold">{t('identity.title')}</h2>
				{proposal.identityConsent ? (
					<p className="mt-2">
						{t('identity.shared', {
							employer: proposal.employerName,
							date: formatDate(proposal.identityConsent.givenOn, i18n.language),
							basis: t(`identity.bases.${proposal.identityConsent.basis}`, {
								defaultValue: proposal.identityConsent.basis,
							}),
						})}
					</p>
				) : (
					<p className="mt-2">{t('identity.notShared', { employer: proposal.employerName })}</p>
				)}
				{can('share-identity') ? (
					<div className="mt-4">
						<p className="mb-4 text-slate-800">{t('identity.shareIntro', { employer: proposal.employerName })}</p>
						<ShareIdentityForm today={today} lastResult={resultFor('share-identity')} />
					</div>
				) : null}
				{can('withdraw-identity') ? (
					<details className="mt-4" open={submitted === 'withdraw-identity'}>
						<summary className="cursor-pointer font-semibold text-red-800 underline">{t('identity.withdraw')}</summary>
						<p className="mt-2 mb-4 text-slate-800">{t('identity.withdrawIntro')}</p>
						<WithdrawIdentityForm lastResult={resultFor('withdraw-identity')} />
					</details>
				) : null}
				{proposal.status === 'PROPOSED' ? <p className="mt-2 text-slate-700">{t('identity.waitForAnswer')}</p> : null}
			</Card>

			{can('plan-intro') ? (
				<Card>
					<h2 className="text-xl font-semibold">
						{proposal.status === 'INTRO_PLANNED' ? t('intro.moveTitle') : t('intro.title')}
					</h2>
					<p className="mt-2 mb-4 text-slate-800">{t('intro.explanation')}</p>
					<PlanIntroForm
						nowLocal={nowLocal}
						offered={proposal.introOptions}
						defaultLocation={proposal.introLocation}
						lastResult={resultFor('plan-intro')}
					/>
				</Card>
			) : proposal.status === 'ACCEPTED' ? (
				<Card>
					<h2 className="text-xl font-semibold">{t('intro.title')}</h2>
					<p className="mt-2">{t('intro.needsIdentity')}</p>
				</Card>
			) : null}

			{can('record-placement') ? (
				<Card>
					<h2 className="text-xl font-semibold">{t('coachDetail.placementTitle')}</h2>
					<p className="mt-2">
						<Link
							to={`/jobcoach/voorstellen/${proposal.id}/plaatsing`}
							className="inline-flex items-center rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-700"
						>
							{t('coachDetail.recordPlacement')}
						</Link>
					</p>
				</Card>
			) : null}

			{proposal.placementId ? (
				<Card>
					<h2 className="text-xl font-semibold">{t('coachDetail.placementTitle')}</h2>
					<p className="mt-2">
						<Link
							to={`/jobcoach/plaatsingen/${proposal.placementId}`}
							className="font-medium text-brand-700 underline hover:text-brand-900"
						>
							{t('coachDetail.toPlacement')}
						</Link>
					</p>
				</Card>
			) : null}

			{can('not-placed') || can('withdraw') ? (
				<Card>
					<h2 className="text-xl font-semibold">{t('close.title')}</h2>
					{can('not-placed') ? (
						<details className="mt-4" open={submitted === 'not-placed'}>
							<summary className="cursor-pointer font-semibold text-brand-700 underline">
								{t('close.notPlaced')}
							</summary>
							<div className="mt-4">
								<CloseProposalForm outcome="not-placed" lastResult={resultFor('not-placed')} />
							</div>
						</details>
					) : null}
					{can('withdraw') ? (
						<details className="mt-4" open={submitted === 'withdraw'}>
							<summary className="cursor-pointer font-semibold text-red-800 underline">{t('close.withdraw')}</summary>
							<div className="mt-4">
								<CloseProposalForm outcome="withdraw" lastResult={resultFor('withdraw')} />
							</div>
						</details>
					) : null}
				</Card>
			) : null}

			<ProposalTimeline entries={proposal.timeline} headingId="proposal-timeline-heading" />
		</div>
	)
}

function Detail({ label, children }: { label: string; children: ReactNode }) {
	return (
		<>
			<dt className="font-medium">{label}</dt>
			<dd className="text-slate-800">{children}</dd>
		</>
	)
}

export { RouteErrorBoundary as ErrorBoundary } from '#app/components/error-boundary.tsx'
