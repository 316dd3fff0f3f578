import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { PageHeader } from '#app/components/page-header.tsx'
import { PlaceForm } from '#app/components/place-form.tsx'
import {
	getPlace,
	getPlaceFormContext,
	placeFormDefaults,
	requireOwnPlace,
	updatePlace,
} from '#app/domain/places/places.server.ts'
import { createPlaceFormSchema } from '#app/domain/places/place-schema.ts'
import { amsterdamDate } from '#app/utils/amsterdam-time.ts'
import { now } from '#app/utils/clock.server.ts'
import { invalidSubmission, parseFormRequest } from '#app/utils/forms.server.ts'
import { pageMeta } from '#app/utils/meta.ts'
import { redirectWithToast } from '#app/utils/toast.server.ts'

export const meta: MetaFunction = (args) => pageMeta(args, 'places:edit.title')

/** A filled or closed place is history: it is not edited but duplicated into a new draft. */
async function loadEditablePlace(placeId: string, organizationId: string) {
	const place = await getPlace(placeId, organizationId)
	if (!place) throw new Response('Not Found', { status: 404 })
	if (place.status === 'FILLED' || place.status === 'CLOSED') {
		throw await redirectWithToast(`/werkgever/plekken/${placeId}`, {
			type: 'info',
			title: 'places:toast.notEditable',
		})
	}
	return place
}

export async function loader({ request, params }: LoaderFunctionArgs) {
	const { placeId, organizationId } = await requireOwnPlace(request, params, 'update:place')
	const place = await loadEditablePlace(placeId, organizationId)
	const defaults = placeFormDefaults(place)
	return {
		place: { id: place.id, title: place.title },
		defaults,
		keepStartDate: defaults.startDate || null,
		...(await getPlaceFormContext(organizationId)),
	}
}

export async function action({ request, params }: ActionFunctionArgs) {
	const { user, placeId, organizationId } = await requireOwnPlace(request, params, 'update:place')
	const place = await loadEditablePlace(placeId, organizationId)
	const keepStartDate = placeFormDefaults(place).startDate || null
	const schema = createPlaceFormSchema({ today: amsterdamDate(now()), keepStartDate })
	const submission = await parseFormRequest(request, schema)
	if (submission.status !== 'success') return invalidSubmission(submission)
	const result = await updatePlace({ placeId, organizationId, actorId: user.id, input: submission.value })
	if (!result.ok) return invalidSubmission(submission, { fieldErrors: result.fieldErrors })
	return redirectWithToast(`/werkgever/plekken/${placeId}`, { title: 'places:toast.updated' })
}

export default function EditPlace() {
	const { t } = useTranslation('places')
	const data = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	return (
		<div className="space-y-6">
			<PageHeader title={t('edit.title')}>{data.place.title}</PageHeader>
			<PlaceForm
				id="place-edit"
				context={data}
				keepStartDate={data.keepStartDate}
				defaultValue={data.defaults}
				lastResult={actionData?.result}
				submitLabel={t('edit.submit')}
				cancelTo={`/werkgever/plekken/${data.place.id}`}
			/>
		</div>
	)
}

export { RouteErrorBoundary as ErrorBoundary } from '#app/components/error-boundary.tsx'
