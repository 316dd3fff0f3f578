import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { ActionItemForm, NotesForm, PledgeForm, ReportItemButton } from '#app/components/event-report-forms.tsx'
import { Card, PageHeader } from '#app/components/page-header.tsx'
import { Button } from '#app/components/ui/button.tsx'
import { FormErrors, SelectField } from '#app/components/ui/field.tsx'
import {
	addActionItem,
	getEventReport,
	removeActionItem,
	saveNotes,
	sendEventSummary,
	toggleActionItem,
} from '#app/domain/network/event-report.server.ts'
import { formatEventTime } from '#app/domain/network/event-options.ts'
import {
	ActionItemChangeSchema,
	ActionItemSchema,
	NotesSchema,
	PledgeLinkSchema,
	PledgeRemoveSchema,
	PledgeSchema,
	SendSummarySchema,
} from '#app/domain/network/event-schema.ts'
import { requireNetworkEvent } from '#app/domain/network/events.server.ts'
import { addPledge, linkPledge, listPledgesForEvent, removePledge } from '#app/domain/network/pledges.server.ts'
import { formatDate, useFormatDateTime } from '#app/utils/format.ts'
import { parseSubmission } from '#app/utils/forms.ts'
import { invalidSubmission } from '#app/utils/forms.server.ts'
import { pageMeta } from '#app/utils/meta.ts'
import { redirectWithToast } from '#app/utils/toast.server.ts'

export const meta: MetaFunction = (args) => pageMeta(args, 'events:report.title')

export async function loader({ request, params }: LoaderFunctionArgs) {
	const { networkId, event } = await requireNetworkEvent(request, params, 'update:network')
	const [report, pledges] = await Promise.all([getEventReport(event.id), listPledgesForEvent(networkId, event.id)])
	return {
		event: { id: event.id, title: event.title, startsAt: event.startsAt, endsAt: event.endsAt },
		report,
		pledges,
	}
}

const notFound = () => new Response('Not Found', { status: 404 })

export async function action({ request, params }: ActionFunctionArgs) {
	const { user, networkId, event } = await requireNetworkEvent(request, params, 'update:network')
	const formData = await request.formData()
	const path = `/netwerk/bijeenkomsten/${event.id}/verslag`
	switch (formData.get('intent')) {
		case 'notes': {
			const submission = parseSubmission(formData, NotesSchema)
			if (submission.status !== 'success') return invalidSubmission(submission)
			await saveNotes(event.id, submission.value)
			return redirectWithToast(path, { title: 'events:toast.notesSaved' })
		}
		case 'add-action': {
			const submission = parseSubmission(formData, ActionItemSchema)
			if (submission.status !== 'success') return invalidSubmission(submission)
			await addActionItem(event.id, submission.value)
			return redirectWithToast(path, { title: 'events:toast.actionAdded' })
		}
		case 'toggle-action':
		case 'remove-action': {
			const submission = parseSubmission(formData, ActionItemChangeSchema)
			if (submission.status !== 'success') throw new Response('Bad Request', { status: 400 })
			const { intent, actionItemId } = submission.value
			const done =
				intent === 'toggle-action'
					? await toggleActionItem(event.id, actionItemId)
					: await removeActionItem(event.id, actionItemId)
			if (!done) throw notFound()
			return redirectWithToast(path, {
				title: intent === 'toggle-action' ? 'events:toast.actionChanged' : 'events:toast.actionRemoved',
			})
		}
		case 'add-pledge': {
			const submission = parseSubmission(formData, PledgeSchema)
			if (submission.status !== 'success') return invalidSubmission(submission)
			const { attendingEmployers } = await getEventReport(event.id)
			if (!attendingEmployers.some((employer) => employer.id === submission.value.employerId)) {
				return invalidSubmission(submission, { fieldErrors: { employerId: ['events:errors.employerNotAttending'] } })
			}
			await addPledge({
				networkId,
				eventId: event.id,
				employerId: submission.value.employerId,
				actorId: user.id,
				input: submission.value,
			})
			return redirectWithToast(path, { title: 'events:toast.pledgeAdded' })
		}
		case 'link-pledge': {
			const submission = parseSubmission(formData, PledgeLinkSchema)
			if (submission.status !== 'success') throw new Response('Bad Request', { status: 400 })
			const linked = await linkPledge({
				networkId,
				pledgeId: submission.value.pledgeId,
				placeId: submission.value.placeId ?? null,
			})
			if (!linked) throw notFound()
			return redirectWithToast(path, { title: 'events:toast.pledgeLinked' })
		}
		case 'remove-pledge': {
			const submission = parseSubmission(formData, PledgeRemoveSchema)
			if (submission.status !== 'success') throw new Response('Bad Request', { status: 400 })
			if (!(await removePledge({ networkId, pledgeId: submission.value.pledgeId }))) throw notFound()
			return redirectWithToast(path, { title: 'events:toast.pledgeRemoved' })
		}
		case 'send-summary': {
			const submission = parseSubmission(formData, SendSummarySchema)
			if (submission.status !== 'success') throw new Response('Bad Request', { status: 400 })
			const result = await sendEventSummary(event.id)
			if (!result.ok) {
				return invalidSubmission(submission, { formErrors: [`events:errors.summary.${result.problem}`] })
			}
			const skipped = result.skipped.NO_EMAIL + result.skipped.BOUNCED + result.skipped.OPTED_OUT
			return redirectWithToast(path, {
				title: 'events:toast.summarySent',
				values: { count: String(result.sent), skipped: String(skipped), already: String(result.alreadySent) },
			})
		}
		default:
			throw new Response('Bad Request', { status: 400 })
	}
}

export default function EventReportPage() {
	const { t, i18n } = useTranslation('events')
	const { event, report, pledges } = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	const formatDateTime = useFormatDateTime()
	const submitted = actionData?.result.initialValue?.intent
	const resultFor = (intent: string) => (submitted === intent ? actionData?.result : null)
	return (
		<div className="space-y-6">
			<p>
				<Link to={`/netwerk/bijeenkomsten/${event.id}`} className="text-brand-700 underline">
					{t('report.backToEvent')}
				</Link>
			</p>
			<PageHeader title={t('report.heading', { title: event.title })}>
				{formatEventTime(event.startsAt, event.endsAt, i18n.language)}
			</PageHeader>

			<Card>
				<h2 className="mb-4 text-xl font-semibold">{t('report.notesTitle')}</h2>
				<NotesForm
					defaultValue={{ notes: report.notes ?? '', decisions: report.decisions ?? '' }}
					lastResult={resultFor('notes')}
				/>
			</Card>

			<Card>
				<h2 className="mb-4 text-xl font-semibold">{t('report.actionsTitle')}</h2>
				{report.actionItems.length === 0 ? (
					<p className="mb-4">{t('report.noActions')}</p>
				) : (
					<ul className="mb-6 space-y-3">
						{report.actionItems.map((item) => (
							<li
								key={item.id}
								className="flex flex-wrap items-start justify-between gap-3 border-b border-slate-200 pb-3"
							>
								<div>
									<p className={item.doneAt ? 'line-through' : 'font-medium'}>{item.description}</p>
									<p className="text-sm text-slate-700">
										{t('report.actionMeta', { owner: item.ownerName })}
										{item.dueOn ? ` · ${t('report.actionDue', { date: formatDate(item.dueOn, i18n.language) })}` : ''}
										{' · '}
										{item.doneAt ? t('report.actionDone') : t('report.actionOpen')}
									</p>
								</div>
								<div className="flex gap-2">
									<ReportItemButton
										intent="toggle-action"
										id={item.id}
										label={item.doneAt ? t('report.markOpen') : t('report.markDone')}
										itemText={item.description}
									/>
									<ReportItemButton
										intent="remove-action"
										id={item.id}
										label={t('report.remove')}
										itemText={item.description}
									/>
								</div>
							</li>
						))}
					</ul>
				)}
				<h3 className="mb-2 text-lg font-semibold">{t('report.addActionTitle')}</h3>
				<ActionItemForm lastResult={resultFor('add-action')} />
			</Card>

			<Card>
				<h2 className="mb-2 text-xl font-semibold">{t('report.pledgesTitle')}</h2>
				<p className="mb-4 text-slate-700">{t('report.pledgesIntro')}</p>
				{pledges.length === 0 ? (
					<p className="mb-4">{t('report.noPledges')}</p>
				) : (
					<ul className="mb-6 space-y-4">
						{pledges.map((pledge) => (
							<li key={pledge.id} className="space-y-2 border-b border-slate-200 pb-4">
								<p>
									<span className="font-medium">{pledge.employer.name}</span>: {pledge.description}
								</p>
								<p className="text-sm text-slate-700">
									{[
										pledge.placeType ? t(`places:types.${pledge.placeType}`) : null,
										t('report.pledgeSpotsCount', { count: pledge.spots }),
										t(`pledgeStatuses.${pledge.status}`),
										pledge.place ? pledge.place.title : null,
									]
										.filter(Boolean)
										.join(' · ')}
								</p>
								<div className="flex flex-wrap items-end gap-3">
									{pledge.employer.places.length > 0 ? (
										<Form method="post" className="flex flex-wrap items-end gap-3">
											<input type="hidden" name="intent" value="link-pledge" />
											<input type="hidden" name="pledgeId" value={pledge.id} />
											<SelectField
												label={t('report.linkPlace')}
												selectProps={{
													name: 'placeId',
													id: `pledge-place-${pledge.id}`,
													defaultValue: pledge.place?.id ?? '',
												}}
												options={[
													{ value: '', label: t('report.noPlaceLinked') },
													...pledge.employer.places.map((place) => ({
														value: place.id,
														label: `${place.title} (${t(`places:statuses.${place.status}`)})`,
													})),
												]}
											/>
											<Button type="submit" variant="secondary" className="min-h-11">
												{t('report.saveLink')}
											</Button>
										</Form>
									) : (
										<p className="text-sm">{t('report.noPlacesYet')}</p>
									)}
									<ReportItemButton
										intent="remove-pledge"
										id={pledge.id}
										label={t('report.remove')}
										itemText={pledge.description}
									/>
								</div>
							</li>
						))}
					</ul>
				)}
				<h3 className="mb-2 text-lg font-semibold">{t('report.addPledgeTitle')}</h3>
				{report.attendingEmployers.length === 0 ? (
					<p>
						{t('report.pledgeNeedsAttendance')}{' '}
						<Link to={`/netwerk/bijeenkomsten/${event.id}/aanwezigheid`} className="text-brand-700 underline">
							{t('report.toAttendance')}
						</Link>
					</p>
				) : (
					<PledgeForm employers={report.attendingEmployers} lastResult={resultFor('add-pledge')} />
				)}
			</Card>

			<Card>
				<h2 className="mb-2 text-xl font-semibold">{t('report.summaryTitle')}</h2>
				<p className="mb-2">{t('report.summaryIntro', { count: report.presentCount })}</p>
				{report.summarySentAt ? (
					<p className="mb-2 text-slate-700">
						{t('report.summarySentAt', { date: formatDateTime(report.summarySentAt) })}
					</p>
				) : null}
				<Form method="post" className="space-y-3">
					<input type="hidden" name="intent" value="send-summary" />
					<FormErrors id="summary-errors" errors={resultFor('send-summary')?.error?.[''] ?? null} />
					<Button type="submit">{t('report.sendSummary')}</Button>
				</Form>
			</Card>
		</div>
	)
}

export { RouteErrorBoundary as ErrorBoundary } from '#app/components/error-boundary.tsx'
