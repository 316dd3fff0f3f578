import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { PageHeader } from '#app/components/page-header.tsx'
import { PlaceForm } from '#app/components/place-form.tsx'
import { createPlace, getPlaceFormContext, requirePlaceEmployer } from '#app/domain/places/places.server.ts'
import { createPlaceFormSchema } from '#app/domain/places/place-schema.ts'
import { amsterdamDate } from '#app/utils/amsterdam-time.ts'
import { now } from '#app/utils/clock.server.ts'
import { invalidSubmission, parseFormRequest } from '#app/utils/forms.server.ts'
import { pageMeta } from '#app/utils/meta.ts'
import { redirectWithToast } from '#app/utils/toast.server.ts'

export const meta: MetaFunction = (args) => pageMeta(args, 'places:new.title')

export async function loader({ request }: LoaderFunctionArgs) {
	const { organizationId } = await requirePlaceEmployer(request)
	return getPlaceFormContext(organizationId)
}

export async function action({ request }: ActionFunctionArgs) {
	const { user, organizationId } = await requirePlaceEmployer(request)
	const submission = await parseFormRequest(request, createPlaceFormSchema({ today: amsterdamDate(now()) }))
	if (submission.status !== 'success') return invalidSubmission(submission)
	const result = await createPlace({ organizationId, actorId: user.id, input: submission.value })
	if (!result.ok) return invalidSubmission(submission, { fieldErrors: result.fieldErrors })
	return redirectWithToast(`/werkgever/plekken/${result.placeId}`, { title: 'places:toast.created' })
}

export default function NewPlace() {
	const { t } = useTranslation('places')
	const context = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	return (
		<div className="space-y-6">
			<PageHeader title={t('new.title')}>{t('new.intro')}</PageHeader>
			<PlaceForm
				id="place-new"
				context={context}
				lastResult={actionData?.result}
				submitLabel={t('new.submit')}
				cancelTo="/werkgever/plekken"
			/>
		</div>
	)
}

export { RouteErrorBoundary as ErrorBoundary } from '#app/components/error-boundary.tsx'
