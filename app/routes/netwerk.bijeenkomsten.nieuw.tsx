import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import { EventForm } from '#app/components/event-form.tsx'
import { PageHeader } from '#app/components/page-header.tsx'
import { createEventFormSchema } from '#app/domain/network/event-schema.ts'
import { createEvent } from '#app/domain/network/events.server.ts'
import { findGroup } from '#app/domain/network/groups.server.ts'
import { requireNetworkUser } from '#app/domain/network/network-access.server.ts'
import { amsterdamLocalDateTime } from '#app/utils/amsterdam-time.ts'
import { now } from '#app/utils/clock.server.ts'
import { invalidSubmission, parseFormRequest } from '#app/utils/forms.server.ts'
import { pageMeta } from '#app/utils/meta.ts'
import { requireFromParams } from '#app/utils/params.ts'
import { redirectWithToast } from '#app/utils/toast.server.ts'

export const meta: MetaFunction = (args) => pageMeta(args, 'events:new.title')

const GroupQuerySchema = z.object({ groep: z.string().min(1).max(40) })

/**
 * `?groep=<id>` plans a session of one of the network's sounding-board groups; a malformed id, an
 * unknown one and another network's group are the same 404. Without it (or empty) the event has no group.
 */
async function requireGroupFromQuery(request: Request, networkId: string) {
	const groep = new URL(request.url).searchParams.get('groep')
	if (!groep) return null
	return requireFromParams({ groep }, GroupQuerySchema, (query) => findGroup(networkId, query.groep))
}

export async function loader({ request }: LoaderFunctionArgs) {
	const { networkId } = await requireNetworkUser(request, 'create:network')
	const group = await requireGroupFromQuery(request, networkId)
	return { group, nowLocal: amsterdamLocalDateTime(now()) }
}

export async function action({ request }: ActionFunctionArgs) {
	const { user, networkId } = await requireNetworkUser(request, 'create:network')
	const schema = createEventFormSchema({ nowLocal: amsterdamLocalDateTime(now()) })
	const submission = await parseFormRequest(request, schema)
	if (submission.status !== 'success') return invalidSubmission(submission)
	const result = await createEvent({ networkId, actorId: user.id, input: submission.value })
	if (!result.ok) return invalidSubmission(submission, { fieldErrors: result.fieldErrors })
	return redirectWithToast(`/netwerk/bijeenkomsten/${result.eventId}`, { title: 'events:toast.created' })
}

export default function NewEvent() {
	const { t } = useTranslation('events')
	const { group, nowLocal } = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	return (
		<div className="space-y-6">
			<PageHeader title={group ? t('new.groupTitle', { name: group.name }) : t('new.title')}>
				{t('new.intro')}
			</PageHeader>
			<EventForm
				id="event-new"
				nowLocal={nowLocal}
				group={group}
				defaultValue={group ? { kind: 'SOUNDING_BOARD', groupId: group.id } : { kind: 'EMPLOYER_MEETING' }}
				lastResult={actionData?.result}
				submitLabel={t('new.submit')}
				cancelTo={group ? `/netwerk/klankbordgroepen/${group.id}` : '/netwerk/bijeenkomsten'}
			/>
		</div>
	)
}

export { RouteErrorBoundary as ErrorBoundary } from '#app/components/error-boundary.tsx'
