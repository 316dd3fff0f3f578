import { getFormProps, type SubmissionResult } from '@conform-to/react'
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, useActionData, useLoaderData, useParams } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { EventFact, EventOverview, EventText } from '#app/components/event-details.tsx'
import { NoticePage } from '#app/components/notice-page.tsx'
import { Card, PageHeader } from '#app/components/page-header.tsx'
import { Button } from '#app/components/ui/button.tsx'
import { FormErrors, RadioGroup, TextareaField } from '#app/components/ui/field.tsx'
import { NEEDS_MAX, rsvpAnswers } from '#app/domain/network/event-options.ts'
import { RsvpSchema } from '#app/domain/network/event-schema.ts'
import { answerRsvp, getRsvpInvitation, readRsvpLink } from '#app/domain/network/rsvp.server.ts'
import { now } from '#app/utils/clock.server.ts'
import { invalidSubmission, parseFormRequest } from '#app/utils/forms.server.ts'
import { useValidatedForm } from '#app/utils/forms.ts'
import { pageMeta } from '#app/utils/meta.ts'
import { redirectWithToast } from '#app/utils/toast.server.ts'

// The personal link in an invitation: no login, the token is the authorisation. It can be used again
// to change the answer until the event ends; an unknown link answers 404, a past event 410.

export const meta: MetaFunction = (args) => [
	...pageMeta(args, 'events:rsvp.title'),
	{ name: 'robots', content: 'noindex' },
]

type Closed = { state: 'unknown' | 'over' | 'cancelled'; title: string | null }

const closed = (state: Closed['state'], title: string | null = null) =>
	data<Closed>({ state, title }, { status: state === 'unknown' ? 404 : 410 })

/** The invitation behind the link, or the reason it cannot be answered any more. */
async function loadInvitation(token: string) {
	const link = await readRsvpLink(token)
	if (link.state === 'expired') return closed('over')
	const invitation = link.state === 'usable' ? await getRsvpInvitation(link.invitationId) : null
	if (!invitation) return closed('unknown')
	if (invitation.event.status === 'CANCELLED') return closed('cancelled', invitation.event.title)
	if (invitation.event.endsAt <= now()) return closed('over', invitation.event.title)
	return invitation
}

export async function loader({ params }: LoaderFunctionArgs) {
	const invitation = await loadInvitation(params.token ?? '')
	if (!('id' in invitation)) return invitation
	return { state: 'open' as const, invitation }
}

export async function action({ request, params }: ActionFunctionArgs) {
	const token = params.token ?? ''
	const invitation = await loadInvitation(token)
	if (!('id' in invitation)) return invitation
	const submission = await parseFormRequest(request, RsvpSchema)
	if (submission.status !== 'success') return invalidSubmission(submission)
	const result = await answerRsvp(invitation.id, submission.value)
	if (!result.ok) return closed(result.problem === 'not-found' ? 'unknown' : result.problem, invitation.event.title)
	return redirectWithToast(`/rsvp/${token}`, { title: `events:toast.rsvp.${result.response}` })
}

export default function RsvpPage() {
	const { t } = useTranslation('events')
	const page = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	if (page.state !== 'open') {
		const message =
			page.state === 'unknown'
				? t('rsvp.unknown')
				: page.state === 'cancelled'
					? t('rsvp.cancelled', { title: page.title })
					: t('rsvp.over')
		return <NoticePage title={t(`rsvp.closedTitles.${page.state}`)} message={message} />
	}
	const lastResult = actionData && 'result' in actionData ? actionData.result : null
	return <RsvpForm invitation={page.invitation} lastResult={lastResult} />
}

type OpenPage = Extract<ReturnType<typeof useLoaderData<typeof loader>>, { state: 'open' }>

function RsvpForm({
	invitation,
	lastResult,
}: {
	invitation: OpenPage['invitation']
	lastResult: SubmissionResult<string[]> | null
}) {
	const { t } = useTranslation('events')
	const { token = '' } = useParams()
	const { event } = invitation
	const current = invitation.response
	const [form, fields] = useValidatedForm(RsvpSchema, {
		id: 'rsvp',
		lastResult,
		defaultValue: {
			response: current === 'WAITLISTED' ? 'YES' : current === 'INVITED' ? undefined : current,
			needs: invitation.needs ?? '',
		},
	})
	return (
		<div className="mx-auto max-w-2xl space-y-6">
			<PageHeader title={event.title}>{t('rsvp.invitedBy', { organization: event.organization.name })}</PageHeader>
			<Card>
				<p className="mb-2">
					{t('rsvp.greeting', {
						name: invitation.contactPerson.name,
						organization: invitation.contactPerson.organization.name,
					})}
				</p>
				<p className="mb-4 font-semibold" role="status">
					{current === 'WAITLISTED'
						? t('rsvp.current.WAITLISTED', { position: invitation.waitlistPosition ?? 1 })
						: t(`rsvp.current.${current}`)}
				</p>
				<EventOverview event={event}>
					<EventFact label={t('details.calendar')}>
						<a href={`/rsvp/${token}.ics`} className="text-brand-700 underline" download>
							{t('rsvp.downloadIcs')}
						</a>
					</EventFact>
				</EventOverview>
				{event.agenda ? (
					<div className="mt-4">
						<h2 className="mb-2 text-xl font-semibold">{t('detail.agenda')}</h2>
						<EventText text={event.agenda} />
					</div>
				) : null}
			</Card>
			<Card>
				<h2 className="mb-4 text-xl font-semibold">{t('rsvp.formTitle')}</h2>
				{invitation.full && current !== 'YES' ? <p className="mb-4">{t('rsvp.fullNotice')}</p> : null}
				<Form method="post" className="space-y-6" {...getFormProps(form)}>
					<FormErrors id={form.errorId} errors={form.errors} />
					<RadioGroup
						field={fields.response}
						legend={t('rsvp.question')}
						layout="list"
						options={rsvpAnswers.map((answer) => ({ value: answer, label: t(`rsvp.answers.${answer}`) }))}
					/>
					<TextareaField
						field={fields.needs}
						label={t('rsvp.needs')}
						hint={t('rsvp.needsHint', { count: NEEDS_MAX })}
						rows={3}
					/>
					<Button type="submit" className="min-h-11">
						{t('rsvp.submit')}
					</Button>
				</Form>
				<p className="mt-4 text-sm text-slate-700">{t('rsvp.changeLater')}</p>
			</Card>
		</div>
	)
}

export { RouteErrorBoundary as ErrorBoundary } from '#app/components/error-boundary.tsx'
