import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { ProposalForm } from '#app/components/proposal-form.tsx'
import { requireCandidate } from '#app/domain/candidates/candidates.server.ts'
import { ProposalFormSchema, proposalProblemMessages } from '#app/domain/matching/proposal-schema.ts'
import {
	createProposal,
	getProposablePlace,
	getProposalCandidate,
	listProposablePlaces,
} from '#app/domain/matching/proposals.server.ts'
import { requirePermission } from '#app/utils/auth.server.ts'
import { invalidSubmission, parseFormRequest } from '#app/utils/forms.server.ts'
import { pageMeta } from '#app/utils/meta.ts'
import { redirectWithToast } from '#app/utils/toast.server.ts'

export const meta: MetaFunction = (args) => pageMeta(args, 'proposals:new.title')

/** A candidate of the coach's own organisation, and the right to propose for that organisation. */
async function requireProposer(request: Request, params: unknown) {
	const candidate = await requireCandidate(request, params, 'update:candidate')
	await requirePermission(request, 'create:proposal', { organizationId: candidate.organizationId, hideExistence: true })
	return candidate
}

export async function loader({ request, params }: LoaderFunctionArgs) {
	const { candidateId } = await requireProposer(request, params)
	const candidate = await getProposalCandidate(candidateId)
	if (!candidate) throw new Response('Not Found', { status: 404 })
	const placeId = new URL(request.url).searchParams.get('plek')
	const place = placeId ? await getProposablePlace(placeId.slice(0, 40)) : null
	return {
		candidateId,
		candidateActive: candidate.active,
		place,
		/** ?plek= named a place that is not (or no longer) published. */
		placeUnavailable: Boolean(placeId) && !place,
		places: place ? [] : await listProposablePlaces(),
	}
}

export async function action({ request, params }: ActionFunctionArgs) {
	const { user, candidateId, organizationId } = await requireProposer(request, params)
	const submission = await parseFormRequest(request, ProposalFormSchema)
	if (submission.status !== 'success') return invalidSubmission(submission)
	const result = await createProposal({
		candidateId,
		placeId: submission.value.placeId,
		coach: { id: user.id, name: user.name, email: user.email, organizationId },
		motivation: submission.value.motivation,
	})
	if (!result.ok) return invalidSubmission(submission, { formErrors: [proposalProblemMessages[result.problem]] })
	return redirectWithToast(`/jobcoach/voorstellen/${result.proposalId}`, { title: 'proposals:toast.created' })
}

export default function NewProposal() {
	const { t } = useTranslation('proposals')
	const { candidateId, candidateActive, place, placeUnavailable, places } = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	return (
		<section aria-labelledby="proposal-new-heading" className="space-y-4">
			<h2 id="proposal-new-heading" className="text-2xl font-semibold text-slate-900">
				{t('new.title')}
			</h2>
			<p className="text-slate-800">{t('new.intro')}</p>
			{!candidateActive ? (
				<p role="status" className="rounded-md border-l-4 border-amber-700 bg-amber-50 p-3 text-amber-900">
					{t('new.inactive')}
				</p>
			) : null}
			{placeUnavailable ? (
				<p role="status" className="rounded-md border-l-4 border-amber-700 bg-amber-50 p-3 text-amber-900">
					{t('new.placeUnavailable')}
				</p>
			) : null}
			{!place && places.length === 0 ? (
				<p className="rounded-md border border-slate-300 bg-white p-4 text-slate-800">
					{t('new.noPlaces')}{' '}
					<Link to="/plekken" className="text-brand-700 underline">
						{t('new.findPlaces')}
					</Link>
				</p>
			) : (
				<ProposalForm
					place={place}
					places={places}
					lastResult={actionData?.result}
					cancelTo={`/jobcoach/kandidaten/${candidateId}`}
				/>
			)}
		</section>
	)
}

export { RouteErrorBoundary as ErrorBoundary } from '#app/components/error-boundary.tsx'
