import { type SubmissionResult } from '@conform-to/react'
import {
	redirect,
	type ActionFunctionArgs,
	type HeadersFunction,
	type LoaderFunctionArgs,
	type MetaFunction,
} from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import {
	AgreementAcceptanceList,
	AgreementDocument,
	AgreementStatusBadge,
	useAgreementMoment,
	type AgreementDocumentData,
} from '#app/components/agreement-document.tsx'
import { Card, PageHeader } from '#app/components/page-header.tsx'
import { textLinkClass } from '#app/components/place-card.tsx'
import { Button } from '#app/components/ui/button.tsx'
import { DataTable } from '#app/components/ui/data-table.tsx'
import { FormErrors } from '#app/components/ui/field.tsx'
import { requirePlacement } from '#app/domain/matching/placements.server.ts'
import {
	AgreementLinkActionSchema,
	agreementProblemMessages,
	openHereParties,
} from '#app/domain/plans/agreement-schema.ts'
import { getAgreementPage, openAgreementLink, sendAgreementLink } from '#app/domain/plans/agreements.server.ts'
import { isOneOf } from '#app/domain/plans/plan-options.ts'
import { hasPermission } from '#app/utils/auth.server.ts'
import { useFormatDate } from '#app/utils/format.ts'
import { invalidSubmission, parseFormRequest } from '#app/utils/forms.server.ts'
import { pageMeta } from '#app/utils/meta.ts'
import { redirectWithToast } from '#app/utils/toast.server.ts'

export const meta: MetaFunction = (args) => pageMeta(args, 'agreements:page.metaTitle')

export const headers: HeadersFunction = () => ({ 'Cache-Control': 'private, no-store' })

/** `?versie=N` opens an older version read-only; anything but a positive whole number is unknown. */
const VersionParamSchema = z
	.string()
	.regex(/^[1-9]\d{0,5}$/)
	.transform(Number)

function requestedVersion(request: Request) {
	const value = new URL(request.url).searchParams.get('versie')
	if (value === null) return null
	const parsed = VersionParamSchema.safeParse(value)
	if (!parsed.success) throw new Response('Not Found', { status: 404 })
	return parsed.data
}

export async function loader({ request, params }: LoaderFunctionArgs) {
	const { user, placementId, organizationId } = await requirePlacement(request, params)
	const page = await getAgreementPage(placementId, user.id, requestedVersion(request))
	return { ...page, canUpdate: hasPermission(user, 'update:placement', organizationId) }
}

export async function action({ request, params }: ActionFunctionArgs) {
	const { user, placementId } = await requirePlacement(request, params, 'update:placement')
	const submission = await parseFormRequest(request, AgreementLinkActionSchema)
	if (submission.status !== 'success') return invalidSubmission(submission)
	const { intent, party } = submission.value
	if (intent === 'open-link') {
		const opened = await openAgreementLink({ placementId, party, actorId: user.id })
		if (!opened.ok) return invalidSubmission(submission, { formErrors: [agreementProblemMessages[opened.problem]] })
		return redirect(opened.path)
	}
	const sent = await sendAgreementLink({ placementId, party, actorId: user.id })
	if (!sent.ok) return invalidSubmission(submission, { formErrors: [agreementProblemMessages[sent.problem]] })
	return redirectWithToast(`/jobcoach/plaatsingen/${placementId}/overeenkomst`, {
		title: 'agreements:toast.linkSent',
	})
}

export default function AgreementPage() {
	const { t } = useTranslation('agreements')
	const data = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	const { placement, shown, context } = data
	const basePath = `/jobcoach/plaatsingen/${placement.id}/overeenkomst`
	const isLatest = shown !== null && shown.version === data.latestVersion
	const editable = data.canUpdate && !placement.ended
	return (
		<div className="space-y-8">
			<PageHeader title={t('page.title', { name: placement.candidateName })}>
				<p>{t('page.subtitle', { place: context.placeTitle, employer: context.employerName })}</p>
			</PageHeader>
			<p>
				<Link to={`/jobcoach/plaatsingen/${placement.id}`} className={textLinkClass}>
					{t('page.toPlacement')}
				</Link>
			</p>

			{!data.eligible ? (
				<Card>
					<h2 className="text-xl font-semibold text-slate-900">{t('notEligible.title')}</h2>
					<p className="mt-2 text-slate-800" role="status">
						{placement.placeType === 'PAID_JOB' || placement.placeType === 'GARANTIEBAAN'
							? t('notEligible.employmentContract', { type: t(`places:types.${placement.placeType}`) })
							: t('notEligible.other')}
					</p>
				</Card>
			) : shown === null ? (
				<Card>
					<h2 className="text-xl font-semibold text-slate-900">{t('empty.title')}</h2>
					<p className="mt-2 text-slate-800">{t('empty.intro')}</p>
					{placement.ended ? <p className="mt-2 text-slate-800">{t('errors.ended')}</p> : null}
					{editable ? (
						<p className="mt-4">
							<Link to={`${basePath}/bewerken`} className={`${textLinkClass} text-lg`}>
								{t('empty.create')}
							</Link>
						</p>
					) : null}
				</Card>
			) : (
				<>
					{!isLatest ? (
						<p className="rounded-md border-l-4 border-amber-700 bg-amber-50 p-3 text-amber-900" role="status">
							{t('page.olderVersion', { version: shown.version })}{' '}
							<Link to={basePath} className={textLinkClass}>
								{t('page.toLatest')}
							</Link>
						</p>
					) : null}
					{isLatest && data.inForceVersion !== null ? (
						<p className="rounded-md border-l-4 border-brand-700 bg-slate-50 p-3 text-slate-900" role="status">
							{t('page.inForce', { version: data.inForceVersion, pending: shown.version })}{' '}
							<Link to={`${basePath}?versie=${data.inForceVersion}`} className={textLinkClass}>
								{t('page.openVersion', { version: data.inForceVersion })}
							</Link>
						</p>
					) : null}
					<Card>
						<AgreementDocument
							agreement={shown}
							context={context}
							headingId="agreement-heading"
							title={t('document.title', { version: shown.version })}
						/>
					</Card>
					<section aria-labelledby="acceptances-heading" className="space-y-4">
						<h2 id="acceptances-heading" className="text-2xl font-semibold text-slate-900">
							{t('acceptances.title')}
						</h2>
						<p className="text-slate-800">
							{shown.status === 'ACCEPTED' && shown.lockedAt
								? t('acceptances.locked', { version: shown.version })
								: shown.status === 'SUPERSEDED'
									? t('acceptances.superseded')
									: t('acceptances.intro')}
						</p>
						<FormErrors id="agreement-links-errors" errors={formErrorsOf(actionData?.result)} />
						<AgreementAcceptanceList
							agreement={shown}
							context={context}
							actions={
								editable && isLatest && shown.status === 'PENDING'
									? (party) => <PartyActions party={party} />
									: undefined
							}
						/>
					</section>
					{editable ? (
						<p>
							<Link to={`${basePath}/bewerken`} className={textLinkClass}>
								{t('page.newVersion')}
							</Link>
						</p>
					) : null}
					<VersionList versions={data.versions} shownVersion={shown.version} basePath={basePath} />
				</>
			)}
		</div>
	)
}

function formErrorsOf(result: SubmissionResult<string[]> | undefined) {
	return result?.error?.[''] ?? null
}

function PartyActions({ party }: { party: AgreementDocumentData['parties'][number] }) {
	const { t } = useTranslation('agreements')
	const canOpenHere = isOneOf(openHereParties, party.party)
	if (!party.email && !canOpenHere) return <p className="mt-2 text-sm text-slate-700">{t('actions.noEmail')}</p>
	return (
		<div className="mt-3 flex flex-wrap gap-3">
			{party.email ? (
				<Form method="post">
					<input type="hidden" name="party" value={party.party} />
					<Button type="submit" name="intent" value="send-link" variant="secondary">
						{t('actions.sendLink', { email: party.email })}
					</Button>
				</Form>
			) : null}
			{canOpenHere ? (
				<Form method="post">
					<input type="hidden" name="party" value={party.party} />
					<Button type="submit" name="intent" value="open-link" variant="secondary">
						{t(`actions.openHere.${party.party}`)}
					</Button>
				</Form>
			) : null}
		</div>
	)
}

function VersionList({
	versions,
	shownVersion,
	basePath,
}: {
	versions: Array<{
		version: number
		status: AgreementDocumentData['status']
		createdAt: string
		lockedAt: string | null
	}>
	shownVersion: number
	basePath: string
}) {
	const { t } = useTranslation('agreements')
	const formatDate = useFormatDate()
	const moment = useAgreementMoment()
	return (
		<section aria-labelledby="versions-heading" className="space-y-3">
			<h2 id="versions-heading" className="text-2xl font-semibold text-slate-900">
				{t('versions.title')}
			</h2>
			<div className="overflow-x-auto">
				<DataTable
					caption={t('versions.caption')}
					columns={[
						{ label: t('versions.version') },
						{ label: t('versions.status') },
						{ label: t('versions.created') },
						{ label: t('versions.locked') },
					]}
				>
					{versions.map((row) => (
						<tr key={row.version} className="border-b border-slate-200">
							<th scope="row" className="p-2 font-normal">
								{row.version === shownVersion ? (
									<span aria-current="page" className="font-semibold">
										{t('versions.number', { version: row.version })}
									</span>
								) : (
									<Link to={`${basePath}?versie=${row.version}`} className={textLinkClass}>
										{t('versions.number', { version: row.version })}
									</Link>
								)}
							</th>
							<td className="p-2">
								<AgreementStatusBadge status={row.status} />
							</td>
							<td className="p-2">{formatDate(row.createdAt)}</td>
							<td className="p-2">{row.lockedAt ? moment(row.lockedAt) : t('versions.notLocked')}</td>
						</tr>
					))}
				</DataTable>
			</div>
		</section>
	)
}

export { RouteErrorBoundary as ErrorBoundary } from '#app/components/error-boundary.tsx'
