import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { ResponseBadge } from '#app/components/event-responses.tsx'
import { ExportLinks } from '#app/components/export-links.tsx'
import { Card, PageHeader } from '#app/components/page-header.tsx'
import { Button } from '#app/components/ui/button.tsx'
import { FormErrors, SelectField } from '#app/components/ui/field.tsx'
import { attendanceValues, formatEventTime } from '#app/domain/network/event-options.ts'
import {
	addWalkIn,
	attendanceClosedReason,
	getAttendanceList,
	recordAttendance,
	type AttendanceClosed,
} from '#app/domain/network/event-report.server.ts'
import { AttendanceSchema, WalkInSchema } from '#app/domain/network/event-schema.ts'
import { requireNetworkEvent } from '#app/domain/network/events.server.ts'
import { parseSubmission } from '#app/utils/forms.ts'
import { invalidSubmission } from '#app/utils/forms.server.ts'
import { pageMeta } from '#app/utils/meta.ts'
import { redirectWithToast } from '#app/utils/toast.server.ts'

export const meta: MetaFunction = (args) => pageMeta(args, 'events:attendance.title')

export async function loader({ request, params }: LoaderFunctionArgs) {
	const { event } = await requireNetworkEvent(request, params, 'update:network')
	const list = await getAttendanceList(event.id)
	return {
		event: { id: event.id, title: event.title, startsAt: event.startsAt, endsAt: event.endsAt },
		closed: attendanceClosedReason(event),
		...list,
	}
}

/** The message for attendance that cannot be recorded (yet). */
const closedMessage = {
	CANCELLED: 'events:errors.attendanceCancelled',
	NOT_YET: 'events:errors.attendanceNotYet',
} as const satisfies Record<AttendanceClosed, string>

export async function action({ request, params }: ActionFunctionArgs) {
	const { user, event } = await requireNetworkEvent(request, params, 'update:network')
	const formData = await request.formData()
	const path = `/netwerk/bijeenkomsten/${event.id}/aanwezigheid`
	if (formData.get('intent') === 'walk-in') {
		const submission = parseSubmission(formData, WalkInSchema)
		if (submission.status !== 'success') return invalidSubmission(submission)
		const added = await addWalkIn({
			eventId: event.id,
			contactPersonId: submission.value.contactPersonId,
			actorId: user.id,
		})
		if (!added.ok) {
			return added.reason === 'CONTACT_UNKNOWN'
				? invalidSubmission(submission, { fieldErrors: { contactPersonId: ['events:errors.contactUnknown'] } })
				: invalidSubmission(submission, { formErrors: [closedMessage[added.reason]] })
		}
		return redirectWithToast(path, { title: 'events:toast.walkInAdded' })
	}
	const submission = parseSubmission(formData, AttendanceSchema)
	if (submission.status !== 'success') return invalidSubmission(submission)
	const recorded = await recordAttendance({
		eventId: event.id,
		actorId: user.id,
		entries: submission.value.attendance,
	})
	if (!recorded.ok) return invalidSubmission(submission, { formErrors: [closedMessage[recorded.reason]] })
	return redirectWithToast(path, {
		title: 'events:toast.attendanceSaved',
		values: { count: String(recorded.changed) },
	})
}

export default function AttendancePage() {
	const { t, i18n } = useTranslation('events')
	const { event, closed, invitations, walkInChoices } = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	const navigation = useNavigation()
	const saving = navigation.state === 'submitting'
	const walkInErrors = actionData?.result.initialValue?.intent === 'walk-in' ? actionData.result.error : null
	const saveErrors = actionData?.result.initialValue?.intent === 'walk-in' ? null : actionData?.result.error
	return (
		<div className="mx-auto max-w-2xl space-y-6">
			<p>
				<Link to={`/netwerk/bijeenkomsten/${event.id}`} className="text-brand-700 underline">
					{t('attendance.backToEvent')}
				</Link>
			</p>
			<PageHeader title={t('attendance.heading', { title: event.title })}>
				{formatEventTime(event.startsAt, event.endsAt, i18n.language)}
			</PageHeader>
			{invitations.length > 0 ? (
				<ExportLinks to={`/netwerk/bijeenkomsten/${event.id}/aanwezigheid/export`} search="" />
			) : null}

			{closed ? (
				<Card>
					<p role="alert">{t(closedMessage[closed])}</p>
				</Card>
			) : (
				<AttendanceForms
					invitations={invitations}
					walkInChoices={walkInChoices}
					saving={saving}
					saveErrors={saveErrors?.[''] ?? null}
					walkInErrors={walkInErrors ?? null}
				/>
			)}
		</div>
	)
}

type AttendanceData = ReturnType<typeof useLoaderData<typeof loader>>

function AttendanceForms({
	invitations,
	walkInChoices,
	saving,
	saveErrors,
	walkInErrors,
}: {
	invitations: AttendanceData['invitations']
	walkInChoices: AttendanceData['walkInChoices']
	saving: boolean
	saveErrors: string[] | null
	walkInErrors: Record<string, string[] | null> | null
}) {
	const { t } = useTranslation('events')
	return (
		<>
			{invitations.length === 0 ? (
				<Card>
					<p>{t('attendance.empty')}</p>
				</Card>
			) : (
				<Form method="post" className="space-y-4">
					<input type="hidden" name="intent" value="save" />
					<FormErrors id="attendance-errors" errors={saveErrors} />
					<p className="text-slate-700">{t('attendance.intro')}</p>
					<ul className="space-y-3">
						{invitations.map((invitation) => (
							<li key={invitation.id} className="rounded-lg border border-slate-300 bg-white p-4 shadow-sm">
								<fieldset>
									<legend className="w-full">
										<span className="block text-lg font-semibold">{invitation.contactPerson.name}</span>
										<span className="block text-slate-700">{invitation.contactPerson.organization.name}</span>
									</legend>
									<div className="mt-1 flex flex-wrap items-center gap-2 text-sm">
										<ResponseBadge response={invitation.response} />
										{invitation.needs ? <span>{t('attendance.needs', { needs: invitation.needs })}</span> : null}
									</div>
									<div className="mt-3 grid grid-cols-1 gap-2 sm:grid-cols-3">
										{attendanceValues.map((value) => {
											const id = `attendance-${invitation.id}-${value}`
											return (
												<label
													key={value}
													htmlFor={id}
													className="flex min-h-11 cursor-pointer items-center gap-3 rounded-md border border-slate-400 px-3 py-2 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50 has-[:checked]:font-semibold has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-brand-700"
												>
													<input
														type="radio"
														id={id}
														name={`attendance.${invitation.id}`}
														value={value}
														defaultChecked={invitation.attendance === value}
														className="h-6 w-6 shrink-0 accent-brand-700"
													/>
													{t(`attendanceValues.${value}`)}
												</label>
											)
										})}
									</div>
								</fieldset>
							</li>
						))}
					</ul>
					<div className="sticky bottom-0 border-t border-slate-300 bg-white py-3">
						<Button type="submit" className="min-h-11 w-full justify-center sm:w-auto" disabled={saving}>
							{t('attendance.save')}
						</Button>
					</div>
				</Form>
			)}

			<Card>
				<h2 className="mb-2 text-xl font-semibold">{t('attendance.walkInTitle')}</h2>
				<p className="mb-4 text-slate-700">{t('attendance.walkInIntro')}</p>
				{walkInChoices.length === 0 ? (
					<p>{t('attendance.noWalkInChoices')}</p>
				) : (
					<Form method="post" className="space-y-4">
						<input type="hidden" name="intent" value="walk-in" />
						<FormErrors id="walk-in-errors" errors={walkInErrors?.[''] ?? null} />
						<SelectField
							label={t('attendance.walkInContact')}
							selectProps={{ name: 'contactPersonId', id: 'walk-in-contact', required: true, defaultValue: '' }}
							options={[
								{ value: '', label: t('attendance.chooseContact') },
								...walkInChoices.map((contact) => ({
									value: contact.id,
									label: `${contact.name} (${contact.organization.name})`,
								})),
							]}
							errors={walkInErrors?.contactPersonId ?? null}
						/>
						<Button type="submit" variant="secondary" className="min-h-11">
							{t('attendance.walkInAdd')}
						</Button>
					</Form>
				)}
			</Card>
		</>
	)
}

export { RouteErrorBoundary as ErrorBoundary } from '#app/components/error-boundary.tsx'
