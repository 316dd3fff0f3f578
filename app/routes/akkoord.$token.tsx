import {
	data,
	type ActionFunctionArgs,
	type HeadersFunction,
	type LoaderFunctionArgs,
	type MetaFunction,
} from '@remix-run/node'
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
// authorisation. Unknown or altered → 404; expired, revoked, of a replaced version or an ended placement
// → 410. Once the party has accepted, the link that accepted confirms by whom and when with the document;
// any other link of that party only says it was accepted. Posting then answers 409 Conflict and changes
// nothing: the acceptance exists, the request conflicts with its state (410 is for links that no longer
// lead anywhere).

export const meta: MetaFunction = (args) => [
	...pageMeta(args, 'agreements:accept.metaTitle'),
	{ name: 'robots', content: 'noindex' },
]

export const headers: HeadersFunction = () => ({ 'Cache-Control': 'private, no-store' })

/** The one status per state, for showing the page and for a post that cannot be accepted. */
function statusFor(state: AgreementLinkPage['state'], posting: boolean) {
	if (state === 'unknown') return 404
	if (state === 'expired' || state === 'superseded' || state === 'ended') return 410
	return posting ? 409 : 200
}

export async function loader({ params }: LoaderFunctionArgs) {
	const { page } = await readAgreementLink(params.token ?? '')
	return data({ page }, { status: statusFor(page.state, false) })
}

export async function action({ request, params }: ActionFunctionArgs) {
	const token = params.token ?? ''
	const { page, open } = await readAgreementLink(token)
	if (!open) return data({ page }, { status: statusFor(page.state, true) })
	const submission = await parseFormRequest(request, AgreementAcceptSchema)
	if (submission.status !== 'success') return invalidSubmission(submission)
	const result = await acceptAgreement(open, submission.value)
	if (!result.ok) {
		// Another click (or another link of the same party) came first, the version was replaced or the placement ended.
		const { page: now } = await readAgreementLink(token)
		return data({ page: now }, { status: statusFor(now.state, true) })
	}
	return redirectWithToast(`/akkoord/${token}`, { title: 'agreements:toast.accepted' })
}

export default function AgreementLinkRoute() {
	const { t } = useTranslation('agreements')
	const moment = useAgreementMoment()
	const loaderData = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	const page = actionData && 'page' in actionData ? actionData.page : loaderData.page
	if (page.state === 'unknown' || page.state === 'expired' || page.state === 'ended') {
		return <NoticePage title={t(`accept.closed.${page.state}.title`)} message={t(`accept.closed.${page.state}.body`)} />
	}
	if (page.state === 'superseded') {
		const body = t('accept.closed.superseded.body', { version: page.version })
		return (
			<NoticePage
				title={t('accept.closed.superseded.title')}
				message={
					page.acceptedAt
						? `${t('accept.closed.superseded.accepted', { version: page.version, moment: moment(page.acceptedAt) })} ${body}`
						: body
				}
			/>
		)
	}
	if (page.state === 'already-accepted') {
		return (
			<NoticePage
				title={t('accept.closed.alreadyAccepted.title')}
				message={t('accept.closed.alreadyAccepted.body', { name: page.acceptedName, moment: moment(page.acceptedAt) })}
			/>
		)
	}
	const { agreement, context } = page
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
					{page.onCoachScreen ? <p className="mb-4 text-slate-800">{t('accept.onCoachScreen')}</p> : null}
					<AgreementAcceptForm
						partyName={page.partyName}
						askCoachPresent={page.party === 'CANDIDATE' && !page.onCoachScreen}
						lastResult={lastResult}
					/>
				</Card>
			) : null}
		</div>
	)
}

export { RouteErrorBoundary as ErrorBoundary } from '#app/components/error-boundary.tsx'
