import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { EventForm } from '#app/components/event-form.tsx'
import { PageHeader } from '#app/components/page-header.tsx'
import { createEventFormSchema } from '#app/domain/network/event-schema.ts'
import { eventFormDefaults, requireNetworkEvent, updateEvent } from '#app/domain/network/events.server.ts'
import { invalidSubmission, parseFormRequest } from '#app/utils/forms.server.ts'
import { pageMeta } from '#app/utils/meta.ts'
import { redirectWithToast } from '#app/utils/toast.server.ts'

export const meta: MetaFunction = (args) => pageMeta(args, 'events:edit.title')

/** A cancelled event is history: it is not changed any more. */
async function requireEditableEvent(request: Request, params: unknown) {
	const found = await requireNetworkEvent(request, params, 'update:network')
	if (found.event.status === 'CANCELLED') {
		throw await redirectWithToast(`/netwerk/bijeenkomsten/${found.event.id}`, {
			type: 'info',
			title: 'events:toast.notEditable',
		})
	}
	return found
}

export async function loader({ request, params }: LoaderFunctionArgs) {
	const { event } = await requireEditableEvent(request, params)
	return { event: { id: event.id, title: event.title }, defaults: eventFormDefaults(event) }
}

export async function action({ request, params }: ActionFunctionArgs) {
	const { event } = await requireEditableEvent(request, params)
	const submission = await parseFormRequest(request, createEventFormSchema())
	if (submission.status !== 'success') return invalidSubmission(submission)
	const result = await updateEvent({ eventId: event.id, input: submission.value })
	if (!result.ok) {
		return invalidSubmission(submission, {
			fieldErrors: result.fieldErrors,
			formErrors: result.problem ? ['events:errors.cancelled'] : undefined,
		})
	}
	const title = result.notified > 0 ? 'events:toast.updatedAndNotified' : 'events:toast.updated'
	return redirectWithToast(`/netwerk/bijeenkomsten/${event.id}`, {
		title,
		values: { count: String(result.notified), promoted: String(result.promoted) },
	})
}

export default function EditEvent() {
	const { t } = useTranslation('events')
	const { event, defaults } = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	return (
		<div className="space-y-6">
			<PageHeader title={t('edit.title')}>{event.title}</PageHeader>
			<EventForm
				id="event-edit"
				defaultValue={defaults}
				lastResult={actionData?.result}
				submitLabel={t('edit.submit')}
				cancelTo={`/netwerk/bijeenkomsten/${event.id}`}
				isEdit
			/>
		</div>
	)
}

export { RouteErrorBoundary as ErrorBoundary } from '#app/components/error-boundary.tsx'
