import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { AgreementAcceptForm } from '#app/components/agreement-accept-form.tsx'
import { AgreementDocument, useAgreementMoment } from '#app/components/agreement-document.tsx'
import { NoticePage } from '#app/components/notice-page.tsx'
import { Card, PageHeader } from '#app/components/page-header.tsx'
import { AgreementAcceptSchema } from '#app/domain/plans/agreement-schema.ts'
import { acceptAgreement, readAgreementLink, type AgreementLinkPage } from '#app/domain/plans/agreements.server.ts'
import { invalidSubmission, parseFormRequest } from '#app/utils/forms.server.ts'
import { pageMeta } from '#app/utils/meta.ts'
import { redirectWithToast } from '#app/utils/toast.server.ts'

// A party's personal link to accept one version of a placement agreement: no login, the token is the
// authorisation. Unknown or altered → 404; expired or of a replaced version → 410. Once the party has
// accepted, the page confirms by whom and when (200); posting again answers 409 Conflict and changes
// nothing: the acceptance still exists, the request conflicts with its state (410 is kept for links
// that no longer lead anywhere).

export const meta: MetaFunction = (args) => [
	...pageMeta(args, 'agreements:accept.metaTitle'),
	{ name: 'robots', content: 'noindex' },
]

const statusFor = { unknown: 404, expired: 410, superseded: 410, accepted: 200, open: 200 } as const

/** What the browser gets: the page without the internal ids the action works with. */
function publicPage(link: AgreementLinkPage) {
	if (link.state !== 'open') return link
	const {
		linkTokenId: _token,
		acceptanceId: _acceptance,
		agreementId: _agreement,
		placementId: _placement,
		...rest
	} = link
	return rest
}

export async function loader({ params }: LoaderFunctionArgs) {
	const link = await readAgreementLink(params.token ?? '')
	return data({ page: publicPage(link) }, { status: statusFor[link.state] })
}

export async function action({ request, params }: ActionFunctionArgs) {
	const token = params.token ?? ''
	const link = await readAgreementLink(token)
	if (link.state !== 'open') {
		return data({ page: publicPage(link) }, { status: link.state === 'accepted' ? 409 : statusFor[link.state] })
	}
	const submission = await parseFormRequest(request, AgreementAcceptSchema)
	if (submission.status !== 'success') return invalidSubmission(submission)
	const result = await acceptAgreement(link, submission.value)
	if (!result.ok) {
		// Another click (or another link of the same party) came first, or the version was replaced.
		const now = await readAgreementLink(token)
		return data({ page: publicPage(now) }, { status: now.state === 'superseded' ? 410 : 409 })
	}
	return redirectWithToast(`/akkoord/${token}`, { title: 'agreements:toast.accepted' })
}

export default function AgreementLinkRoute() {
	const { t } = useTranslation('agreements')
	const moment = useAgreementMoment()
	const loaderData = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	const page = actionData && 'page' in actionData ? actionData.page : loaderData.page
	if (page.state === 'unknown' || page.state === 'expired') {
		return <NoticePage title={t(`accept.closed.${page.state}.title`)} message={t(`accept.closed.${page.state}.body`)} />
	}
	if (page.state === 'superseded') {
		return (
			<NoticePage
				title={t('accept.closed.superseded.title')}
				message={t('accept.closed.superseded.body', { version: page.version })}
			/>
		)
	}
	const { agreement } = page
	if (!agreement) return null
	const context = {
		employerName: page.employerName ?? '',
		coachingOrganizationName: page.coachingOrganizationName ?? '',
		placeTitle: page.placeTitle ?? '',
	}
	const asParty = t(`accept.as.${page.party}`, { name: page.partyName, ...context })
	const lastResult = actionData && 'result' in actionData ? actionData.result : null
	return (
		<div className="mx-auto max-w-3xl space-y-6">
			<PageHeader title={t('accept.title', { name: page.candidateName, employer: context.employerName })}>
				<p className="font-semibold text-slate-900">{asParty}</p>
			</PageHeader>
			{page.state === 'accepted' ? (
				<Card>
					<p role="status" className="text-lg font-semibold text-green-900">
						{t('accept.done', { name: page.acceptedName, moment: moment(page.acceptedAt) })}
					</p>
				</Card>
			) : null}
			<Card>
				<AgreementDocument
					agreement={agreement}
					context={context}
					headingId="agreement-heading"
					title={t('document.title', { version: agreement.version })}
				/>
			</Card>
			{page.state === 'open' ? (
				<Card>
					<AgreementAcceptForm
						partyName={page.partyName}
						isCandidate={page.party === 'CANDIDATE'}
						lastResult={lastResult}
					/>
				</Card>
			) : null}
		</div>
	)
}

export { RouteErrorBoundary as ErrorBoundary } from '#app/components/error-boundary.tsx'
