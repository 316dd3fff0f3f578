import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useActionData, useLoaderData } from '@remix-run/react'
import { type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Card, PageHeader } from '#app/components/page-header.tsx'
import { AcceptProposalForm, DeclineProposalForm } from '#app/components/proposal-employer-forms.tsx'
import { ProposalProfileCard } from '#app/components/proposal-profile.tsx'
import { ProposalStatusBadge } from '#app/components/proposal-status-badge.tsx'
import { ProposalTimeline } from '#app/components/proposal-timeline.tsx'
import {
	createAcceptProposalSchema,
	DeclineProposalSchema,
	introOptionsOf,
	proposalProblemMessages,
} from '#app/domain/matching/proposal-schema.ts'
import { amsterdamLocalDateTime } from '#app/utils/amsterdam-time.ts'
import {
	acceptProposal,
	declineProposal,
	getEmployerProposal,
	requireEmployerProposal,
	type ProposalResult,
} from '#app/domain/matching/proposals.server.ts'
import { now } from '#app/utils/clock.server.ts'
import { useFormatDateTime } from '#app/utils/format.ts'
import { parseSubmission } from '#app/utils/forms.ts'
import { invalidSubmission } from '#app/utils/forms.server.ts'
import { pageMeta } from '#app/utils/meta.ts'
import { redirectWithToast } from '#app/utils/toast.server.ts'

export const meta: MetaFunction = (args) => pageMeta(args, 'proposals:employerDetail.title')

export async function loader({ request, params }: LoaderFunctionArgs) {
	const { user, proposalId, organizationId } = await requireEmployerProposal(request, params)
	const proposal = await getEmployerProposal(proposalId, organizationId, user.id)
	if (!proposal) throw new Response('Not Found', { status: 404 })
	return { proposal, nowLocal: amsterdamLocalDateTime(now()) }
}

export async function action({ request, params }: ActionFunctionArgs) {
	const { user, proposalId, organizationId } = await requireEmployerProposal(request, params, 'update:proposal')
	const formData = await request.formData()
	const intent = formData.get('intent')
	let result: ProposalResult
	if (intent === 'accept') {
		const submission = parseSubmission(
			formData,
			createAcceptProposalSchema({ nowLocal: amsterdamLocalDateTime(now()) }),
		)
		if (submission.status !== 'success') return invalidSubmission(submission)
		result = await acceptProposal({
			proposalId,
			organizationId,
			actorId: user.id,
			introOptions: introOptionsOf(submission.value),
			introNote: submission.value.introNote,
		})
		if (!result.ok) return invalidSubmission(submission, { formErrors: [proposalProblemMessages[result.problem]] })
		return redirectWithToast(`/werkgever/voorstellen/${proposalId}`, { title: 'proposals:toast.accepted' })
	}
	if (intent === 'decline') {
		const submission = parseSubmission(formData, DeclineProposalSchema)
		if (submission.status !== 'success') return invalidSubmission(submission)
		result = await declineProposal({
			proposalId,
			organizationId,
			actorId: user.id,
			reason: submission.value.reason,
			note: submission.value.note,
		})
		if (!result.ok) return invalidSubmission(submission, { formErrors: [proposalProblemMessages[result.problem]] })
		return redirectWithToast(`/werkgever/voorstellen/${proposalId}`, { title: 'proposals:toast.declined' })
	}
	throw new Response('Bad Request', { status: 400 })
}

export default function EmployerProposal() {
	const { t } = useTranslation('proposals')
	const { proposal, nowLocal } = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	const formatDateTime = useFormatDateTime()
	const submitted = actionData?.result.initialValue?.intent
	const resultFor = (intent: string) => (submitted === intent ? actionData?.result : null)
	const name = proposal.identity
		? [proposal.identity.firstName, proposal.identity.lastName].filter(Boolean).join(' ')
		: null
	return (
		<div className="space-y-6">
			<p>
				<Link to="/werkgever/voorstellen" className="text-brand-700 underline">
					{t('employerDetail.backToList')}
				</Link>
			</p>
			<PageHeader
				title={
					name
						? t('employerDetail.headingNamed', { name, place: proposal.place.title })
						: t('employerDetail.heading', { code: proposal.profile.code, place: proposal.place.title })
				}
			>
				<div className="flex flex-wrap items-center gap-3">
					<ProposalStatusBadge status={proposal.status} />
					<span>{t('employerDetail.from', { organization: proposal.coachingOrganizationName })}</span>
				</div>
			</PageHeader>

			{proposal.identity ? (
				<Card>
					<h2 className="text-xl font-semibold">{t('employerDetail.identityTitle')}</h2>
					<p className="mt-1 text-slate-700">{t('employerDetail.identityNote')}</p>
					<dl className="mt-4 grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
						<Detail label={t('employerDetail.name')}>{name}</Detail>
						{proposal.identity.email ? (
							<Detail label={t('employerDetail.email')}>
								<a href={`mailto:${proposal.identity.email}`} className="text-brand-700 underline">
									{proposal.identity.email}
								</a>
							</Detail>
						) : null}
						{proposal.identity.phone ? (
							<Detail label={t('employerDetail.phone')}>{proposal.identity.phone}</Detail>
						) : null}
					</dl>
				</Card>
			) : (
				<p className="rounded-md border border-slate-300 bg-white p-4 text-slate-800">
					{t('employerDetail.pseudonymous')}
				</p>
			)}

			<Card>
				<h2 className="text-xl font-semibold">{t('employerDetail.motivation')}</h2>
				<p className="mt-2 whitespace-pre-line">{proposal.motivation}</p>
				<h3 className="mt-6 text-lg font-semibold">{t('employerDetail.coach')}</h3>
				{proposal.coach ? (
					<p className="mt-1">
						{proposal.coach.name} ·{' '}
						<a href={`mailto:${proposal.coach.email}`} className="text-brand-700 underline">
							{proposal.coach.email}
						</a>
					</p>
				) : (
					<p className="mt-1">{proposal.coachingOrganizationName}</p>
				)}
			</Card>

			<ProposalProfileCard profile={proposal.profile} headingId="proposal-profile-heading" />

			{proposal.introOptions.length > 0 || proposal.introAt ? (
				<Card>
					<h2 className="text-xl font-semibold">{t('employerDetail.intro')}</h2>
					<dl className="mt-4 grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
						{proposal.introAt ? (
							<>
								<Detail label={t('employerDetail.introAt')}>{formatDateTime(proposal.introAt)}</Detail>
								<Detail label={t('employerDetail.introLocation')}>{proposal.introLocation}</Detail>
							</>
						) : (
							<Detail label={t('employerDetail.introOptions')}>
								<ul>
									{proposal.introOptions.map((option) => (
										<li key={option}>{formatDateTime(option)}</li>
									))}
								</ul>
							</Detail>
						)}
					</dl>
				</Card>
			) : null}

			{proposal.declineReason ? (
				<Card>
					<h2 className="text-xl font-semibold">{t('employerDetail.declined')}</h2>
					<p className="mt-2">
						{t(`declineReasons.${proposal.declineReason}`, { defaultValue: proposal.declineReason })}
					</p>
					{proposal.declineNote ? <p className="mt-1 whitespace-pre-line">{proposal.declineNote}</p> : null}
				</Card>
			) : null}

			{proposal.actions.includes('accept') ? (
				<Card>
					<h2 className="text-xl font-semibold">{t('accept.title')}</h2>
					<p className="mt-2 mb-4 text-slate-800">{t('accept.intro')}</p>
					<AcceptProposalForm nowLocal={nowLocal} lastResult={resultFor('accept')} />
				</Card>
			) : null}
			{proposal.actions.includes('decline') ? (
				<Card>
					<h2 className="text-xl font-semibold">{t('decline.title')}</h2>
					<p className="mt-2 mb-4 text-slate-800">{t('decline.intro')}</p>
					<DeclineProposalForm lastResult={resultFor('decline')} />
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
