import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import { ConfirmEmailNotice } from '#app/components/confirm-email-notice.tsx'
import { Card, PageHeader } from '#app/components/page-header.tsx'
import { Button } from '#app/components/ui/button.tsx'
import { FormErrors } from '#app/components/ui/field.tsx'
import {
	getPlace,
	getPlaceHistory,
	requireOwnPlace,
	runPlaceIntent,
	type PlaceActionProblem,
} from '#app/domain/places/places.server.ts'
import { placeIntents, type PlaceIntent } from '#app/domain/places/place-schema.ts'
import { formatDate, useFormatDateTime, formatTownWithMunicipality } from '#app/utils/format.ts'
import { invalidSubmission, parseFormRequest } from '#app/utils/forms.server.ts'
import { getLocale } from '#app/utils/locale.server.ts'
import { pageMeta } from '#app/utils/meta.ts'
import { redirectWithToast } from '#app/utils/toast.server.ts'

export const meta: MetaFunction<typeof loader> = (args) => {
	const tags = pageMeta(args, 'places:detail.title')
	// The place's own title names the page, once it loaded.
	return args.data && !args.error ? [{ title: `${args.data.place.title} · Werkverbinder` }] : tags
}

const PlaceActionSchema = z.object({
	intent: z.enum(placeIntents),
	/** The list page's quick actions send people back to the list. */
	from: z.enum(['list']).optional(),
})

const toastFor: Record<PlaceIntent, string> = {
	publish: 'places:toast.published',
	pause: 'places:toast.paused',
	resume: 'places:toast.resumed',
	fill: 'places:toast.filled',
	close: 'places:toast.closed',
	extend: 'places:toast.extended',
	duplicate: 'places:toast.duplicated',
}

const problemMessages: Record<PlaceActionProblem, string> = {
	'invalid-transition': 'places:errors.invalidTransition',
	'email-not-verified': 'places:errors.emailNotVerified',
}

export async function loader({ request, params }: LoaderFunctionArgs) {
	const { user, placeId, organizationId } = await requireOwnPlace(request, params, 'read:place')
	const [place, history] = await Promise.all([getPlace(placeId, organizationId), getPlaceHistory(placeId)])
	if (!place) throw new Response('Not Found', { status: 404 })
	return { place, history, emailVerified: user.emailVerified }
}

export async function action({ request, params }: ActionFunctionArgs) {
	const { user, placeId, organizationId } = await requireOwnPlace(request, params, 'update:place')
	const submission = await parseFormRequest(request, PlaceActionSchema)
	if (submission.status !== 'success') return invalidSubmission(submission)
	const { intent, from } = submission.value
	const locale = await getLocale(request)
	const result = await runPlaceIntent({ intent, placeId, organizationId, actor: user, locale })
	if (!result.ok) return invalidSubmission(submission, { formErrors: [problemMessages[result.problem]] })
	const target =
		intent === 'duplicate' ? `/werkgever/plekken/${result.placeId}` : from === 'list' ? '/werkgever/plekken' : null
	return redirectWithToast(target ?? `/werkgever/plekken/${placeId}`, {
		title: toastFor[intent],
		values: result.expiresAt && intent === 'extend' ? { date: formatDate(result.expiresAt, locale) } : undefined,
	})
}

const destructive: readonly PlaceIntent[] = ['fill', 'close']

export default function EmployerPlace() {
	const { t, i18n } = useTranslation('places')
	const { place, history, emailVerified } = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	const formatDateTime = useFormatDateTime()
	const date = (value: Date | string | null) => (value ? formatDate(value, i18n.language) : null)
	const errors = actionData?.result.error?.[''] ?? null
	const editable = place.status !== 'FILLED' && place.status !== 'CLOSED'
	const showConfirmNotice = !emailVerified && (place.status === 'DRAFT' || place.status === 'PAUSED')
	return (
		<div className="space-y-6">
			<PageHeader title={place.title}>
				<p>
					<span className="mr-2 inline-block rounded-full border border-slate-500 px-3 py-0.5 text-sm font-semibold text-slate-900">
						{t(`statuses.${place.status}`)}
					</span>
					{t(`types.${place.type}`, { defaultValue: place.type })}
					{place.town ? ` · ${place.town}` : ''}
				</p>
			</PageHeader>

			<p>
				<Link to="/werkgever/plekken" className="text-brand-700 underline">
					{t('detail.backToList')}
				</Link>
			</p>

			<FormErrors id="place-action-errors" errors={errors} />
			{showConfirmNotice || errors?.includes(problemMessages['email-not-verified']) ? (
				<ConfirmEmailNotice
					title={t('detail.confirmEmailTitle')}
					body={t('detail.confirmEmailBody')}
					resendLabel={t('detail.resendConfirmation')}
				/>
			) : null}

			<Card>
				<h2 className="text-xl font-semibold">{t('detail.statusTitle')}</h2>
				<p className="mt-2">{t(`detail.statusExplanation.${place.status}`)}</p>
				<dl className="mt-4 grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
					<dt className="font-medium">{t('detail.views')}</dt>
					<dd>{place.viewCount}</dd>
					{place.publishedAt ? (
						<>
							<dt className="font-medium">{t('detail.publishedAt')}</dt>
							<dd>{date(place.publishedAt)}</dd>
						</>
					) : null}
					{place.expiresAt && editable ? (
						<>
							<dt className="font-medium">{t('detail.expiresAt')}</dt>
							<dd>{date(place.expiresAt)}</dd>
						</>
					) : null}
					{place.closedAt ? (
						<>
							<dt className="font-medium">{t('detail.closedAt')}</dt>
							<dd>
								{date(place.closedAt)}
								{place.closedReason ? ` (${t(`detail.closedReasons.${place.closedReason}`)})` : ''}
							</dd>
						</>
					) : null}
				</dl>
				<div className="mt-4 flex flex-wrap gap-2">
					{editable ? (
						<Link
							to={`/werkgever/plekken/${place.id}/bewerken`}
							className="inline-flex items-center rounded-md border border-slate-400 bg-white px-4 py-2 font-semibold text-slate-900 hover:bg-slate-100"
						>
							{t('actions.edit')}
						</Link>
					) : null}
					{place.intents.map((intent) => (
						<Form key={intent} method="post">
							<Button
								type="submit"
								name="intent"
								value={intent}
								variant={
									intent === 'publish' || intent === 'resume'
										? 'primary'
										: destructive.includes(intent)
											? 'danger'
											: 'secondary'
								}
							>
								{t(`actions.${intent}`)}
							</Button>
						</Form>
					))}
				</div>
			</Card>

			<Card>
				<h2 className="text-xl font-semibold">{t('detail.contentTitle')}</h2>
				<dl className="mt-4 space-y-4">
					<Detail label={t('form.description')}>
						<p className="whitespace-pre-line">{place.description}</p>
					</Detail>
					{place.tasks ? (
						<Detail label={t('form.tasks')}>
							<p className="whitespace-pre-line">{place.tasks}</p>
						</Detail>
					) : null}
					{place.sector ? (
						<Detail label={t('form.sector')}>
							{t(`common:sectors.${place.sector}`, { defaultValue: place.sector })}
						</Detail>
					) : null}
					<Detail label={t('detail.location')}>
						{formatTownWithMunicipality(place.town, place.municipality) || t('detail.notFilledIn')}
						{' · '}
						{t(`workModes.${place.workMode}`, { defaultValue: place.workMode })}
					</Detail>
					<Detail label={t('form.hours')}>
						{place.hoursMin === place.hoursMax
							? t('detail.hoursExact', { count: place.hoursMin })
							: t('detail.hoursRange', { min: place.hoursMin, max: place.hoursMax })}
					</Detail>
					<Detail label={t('form.days')}>
						{place.days.length > 0 ? place.days.map((day) => t(`days.${day}`)).join(', ') : t('detail.notFilledIn')}
					</Detail>
					<Detail label={t('form.startDate')}>{date(place.startDate) ?? t('detail.inConsultation')}</Detail>
					{place.duration ? <Detail label={t('form.duration')}>{place.duration}</Detail> : null}
					{place.compensation ? <Detail label={t('form.compensation')}>{place.compensation}</Detail> : null}
					<Detail label={t('form.spots')}>{place.spots}</Detail>
					<KeyList label={t('form.supervision')} items={place.supervision.map((key) => t(`supervision.${key}`))} />
					<KeyList label={t('form.adaptations')} items={place.adaptations.map((key) => t(`adaptations.${key}`))} />
					<KeyList
						label={t('form.accessibility')}
						items={place.accessibility.map((key) => t(`accessibility.${key}`))}
					/>
					{place.requirements ? (
						<Detail label={t('form.requirements')}>
							<p className="whitespace-pre-line">{place.requirements}</p>
						</Detail>
					) : null}
					{place.learning ? (
						<Detail label={t('form.learning')}>
							<p className="whitespace-pre-line">{place.learning}</p>
						</Detail>
					) : null}
					<Detail label={t('form.contactPerson')}>
						{place.contactPerson ? place.contactPerson.name : t('detail.noContactPerson')}
					</Detail>
				</dl>
			</Card>

			<Card>
				<h2 className="text-xl font-semibold">{t('detail.historyTitle')}</h2>
				{history.length === 0 ? (
					<p className="mt-2">{t('detail.historyEmpty')}</p>
				) : (
					<ol className="mt-2 divide-y divide-slate-200">
						{history.map((event) => (
							<li key={event.id} className="py-2">
								<span className="font-medium">{formatDateTime(event.at)}</span> ·{' '}
								{t(`history.${event.action}`, {
									defaultValue: event.action,
									from: event.from ? t(`statuses.${event.from}`, { defaultValue: event.from }) : '',
									to: event.to ? t(`statuses.${event.to}`, { defaultValue: event.to }) : '',
								})}
								{event.via === 'link' ? ` ${t('history.viaLink')}` : ''}
								{event.fields.length > 0 ? (
									<span className="block text-sm text-slate-700">
										{t('history.fields', {
											fields: event.fields
												.map((field) => t(`history.fieldNames.${field}`, { defaultValue: field }))
												.join(', '),
										})}
									</span>
								) : null}
								<span className="block text-sm text-slate-700">
									{event.actorName ? t('history.by', { name: event.actorName }) : t('history.bySystem')}
								</span>
							</li>
						))}
					</ol>
				)}
			</Card>
		</div>
	)
}

function Detail({ label, children }: { label: string; children: ReactNode }) {
	return (
		<div>
			<dt className="font-medium">{label}</dt>
			<dd className="text-slate-800">{children}</dd>
		</div>
	)
}

function KeyList({ label, items }: { label: string; items: string[] }) {
	const { t } = useTranslation('places')
	return (
		<Detail label={label}>
			{items.length > 0 ? (
				<ul className="list-inside list-disc">
					{items.map((item) => (
						<li key={item}>{item}</li>
					))}
				</ul>
			) : (
				t('detail.notFilledIn')
			)}
		</Detail>
	)
}

export { RouteErrorBoundary as ErrorBoundary } from '#app/components/error-boundary.tsx'
