import { getFormProps, getSelectProps } from '@conform-to/react'
import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { linkClass } from '#app/components/match-search.tsx'
import { PageHeader } from '#app/components/page-header.tsx'
import { ProposalProfileCard } from '#app/components/proposal-profile.tsx'
import { FormErrors, SelectField, TextareaField } from '#app/components/ui/field.tsx'
import { FormActions, withoutKey } from '#app/components/ui/form-layout.tsx'
import { createCandidateRequest } from '#app/domain/matching/candidate-requests.server.ts'
import { cardViewPurposes } from '#app/domain/matching/pool-options.ts'
import {
	CardParamsSchema,
	CardPurposeSchema,
	listOwnPublishedPlaces,
	openPoolCard,
	requirePoolEmployer,
} from '#app/domain/matching/pool.server.ts'
import { CandidateRequestFormSchema } from '#app/domain/matching/proposal-schema.ts'
import { parseSubmission, useValidatedForm } from '#app/utils/forms.ts'
import { invalidSubmission } from '#app/utils/forms.server.ts'
import { pageMeta } from '#app/utils/meta.ts'
import { redirectWithToast } from '#app/utils/toast.server.ts'

export { RouteErrorBoundary as ErrorBoundary } from '#app/components/error-boundary.tsx'

export const meta: MetaFunction = (args) => pageMeta(args, 'matching:card.title')

function readCode(params: unknown) {
	const parsed = CardParamsSchema.safeParse(params)
	if (!parsed.success) throw new Response('Not Found', { status: 404 })
	return parsed.data.code
}

export async function loader({ request, params }: LoaderFunctionArgs) {
	const { user, organizationId } = await requirePoolEmployer(request)
	const code = readCode(params)
	const purpose = CardPurposeSchema.safeParse({ doel: new URL(request.url).searchParams.get('doel') })
	// A card is only opened with a purpose: that is what the view is logged with.
	if (!purpose.success) return { state: 'purpose' as const, code }
	const card = await openPoolCard({ code, userId: user.id, purpose: purpose.data.doel })
	if (card.status === 'limit') {
		throw new Response(JSON.stringify({ limit: card.limit }), { status: 429, headers: { 'Retry-After': '86400' } })
	}
	return {
		state: 'card' as const,
		code,
		profile: card.profile,
		viewsLeft: card.viewsLeft,
		places: await listOwnPublishedPlaces(organizationId),
	}
}

export async function action({ request, params }: ActionFunctionArgs) {
	const { user, organizationId } = await requirePoolEmployer(request)
	const code = readCode(params)
	const submission = parseSubmission(await request.formData(), CandidateRequestFormSchema)
	if (submission.status !== 'success') return invalidSubmission(submission)
	// The same gate as the card: a candidate who withdrew consent meanwhile answers 404.
	const card = await openPoolCard({ code, userId: user.id, purpose: 'FIT_FOR_PLACE' })
	if (card.status === 'limit') return invalidSubmission(submission, { formErrors: ['matching:card.limitBody'] })
	await createCandidateRequest({
		candidateId: card.candidateId,
		employerOrganizationId: organizationId,
		requestedById: user.id,
		placeId: submission.value.placeId || null,
		message: submission.value.message,
	})
	return redirectWithToast('/werkgever/kandidaten', { title: 'matching:card.requestSent' })
}

export default function CandidateCard() {
	const { t } = useTranslation('matching')
	const data = useLoaderData<typeof loader>()
	if (data.state === 'purpose') {
		return (
			<div className="space-y-6">
				<PageHeader title={t('card.purposeTitle', { code: data.code })}>
					<p className="text-slate-800">{t('card.purposeIntro')}</p>
				</PageHeader>
				<form method="get" className="flex flex-wrap items-end gap-3">
					<label className="text-sm">
						{t('pool.purposeLabel')}
						<select
							name="doel"
							className="mt-1 block rounded-md border border-slate-500 bg-white px-3 py-2 text-slate-900"
						>
							{cardViewPurposes.map((purpose) => (
								<option key={purpose} value={purpose}>
									{t(`pool.purposes.${purpose}`)}
								</option>
							))}
						</select>
					</label>
					<button type="submit" className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">
						{t('pool.open')}
					</button>
				</form>
			</div>
		)
	}
	return <CardView {...data} />
}

function CardView({
	code,
	profile,
	viewsLeft,
	places,
}: Extract<ReturnType<typeof useLoaderData<typeof loader>>, { state: 'card' }>) {
	const { t } = useTranslation('matching')
	const lastResult = useActionData<typeof action>()?.result
	const [form, fields] = useValidatedForm(CandidateRequestFormSchema, { id: 'candidate-request', lastResult })
	return (
		<div className="space-y-6">
			<PageHeader title={t('card.title')}>
				<p>
					<Link to="/werkgever/kandidaten" className={linkClass}>
						{t('card.back')}
					</Link>
				</p>
				<p className="text-slate-800">{t('card.privacy')}</p>
				<p className="text-sm text-slate-700">{t('card.viewsLeft', { count: viewsLeft })}</p>
			</PageHeader>
			<ProposalProfileCard profile={profile} headingId="card-profile-heading" />
			<section aria-labelledby="request-heading" className="space-y-4 rounded-lg border border-slate-300 bg-white p-5">
				<h2 id="request-heading" className="text-xl font-semibold">
					{t('card.requestHeading', { code })}
				</h2>
				<p className="text-slate-800">{t('card.requestIntro')}</p>
				<Form method="post" className="space-y-4" {...getFormProps(form)}>
					<FormErrors id={form.errorId} errors={form.errors} />
					<SelectField
						label={t('card.requestPlace')}
						errors={fields.placeId.errors}
						selectProps={withoutKey(getSelectProps(fields.placeId))}
						options={[
							{ value: '', label: t('card.requestNoPlace') },
							...places.map((place) => ({ value: place.id, label: place.title })),
						]}
					/>
					<TextareaField
						field={fields.message}
						label={t('card.requestMessage')}
						hint={t('card.requestHint')}
						rows={5}
					/>
					<FormActions
						submitLabel={t('card.requestSubmit')}
						cancelTo="/werkgever/kandidaten"
						cancelLabel={t('card.cancel')}
					/>
				</Form>
			</section>
		</div>
	)
}
