import { getFormProps } from '@conform-to/react'
import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { Card, PageHeader } from '#app/components/page-header.tsx'
import { TownPicker } from '#app/components/town-picker.tsx'
import { Button } from '#app/components/ui/button.tsx'
import { ContactPersonFields } from '#app/components/contact-person-fields.tsx'
import { KvkNumberField, SectorField, WebsiteField } from '#app/components/organization-fields.tsx'
import { FormErrors, FormField } from '#app/components/ui/field.tsx'
import { listTowns } from '#app/domain/geo/towns.server.ts'
import { createProspect } from '#app/domain/organizations/employers.server.ts'
import { ProspectSchema } from '#app/domain/organizations/organization-schemas.ts'
import { requirePermission } from '#app/utils/auth.server.ts'
import { invalidSubmission, parseFormRequest } from '#app/utils/forms.server.ts'
import { useValidatedForm } from '#app/utils/forms.ts'
import { pageMeta } from '#app/utils/meta.ts'
import { redirectWithToast } from '#app/utils/toast.server.ts'

export const meta: MetaFunction = (args) => pageMeta(args, 'organizations:prospect.title')

export async function loader({ request }: LoaderFunctionArgs) {
	await requirePermission(request, 'create:employer')
	return { towns: listTowns().map((town) => town.label) }
}

export async function action({ request }: ActionFunctionArgs) {
	const user = await requirePermission(request, 'create:employer')
	const submission = await parseFormRequest(request, ProspectSchema)
	if (submission.status !== 'success') return invalidSubmission(submission)
	const result = await createProspect({ values: submission.value, actorId: user.id })
	if (!result.ok) return invalidSubmission(submission, { fieldErrors: result.fieldErrors })
	return redirectWithToast(`/werkgevers/${result.organizationId}`, {
		title: 'organizations:toast.prospectCreated',
		values: { name: submission.value.name },
	})
}

export default function NewProspectPage() {
	const { t } = useTranslation('organizations')
	const { towns } = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	const [form, fields] = useValidatedForm(ProspectSchema, { id: 'prospect', lastResult: actionData?.result })
	return (
		<div className="mx-auto max-w-2xl space-y-6">
			<PageHeader title={t('prospect.title')}>{t('prospect.intro')}</PageHeader>
			<Card>
				<Form method="post" className="space-y-6" {...getFormProps(form)}>
					<FormErrors id={form.errorId} errors={form.errors} />
					<fieldset className="space-y-4">
						<legend className="text-xl font-semibold">{t('prospect.organization')}</legend>
						<FormField field={fields.name} label={t('fields.name')} autoComplete="off" />
						<KvkNumberField field={fields.kvkNumber} optional />
						<SectorField field={fields.sector} />
						<TownPicker field={fields.town} towns={towns} label={t('fields.town')} />
						<WebsiteField field={fields.website} autoComplete="off" />
					</fieldset>
					<fieldset className="space-y-4">
						<legend className="text-xl font-semibold">{t('prospect.contact')}</legend>
						<p className="text-slate-700">{t('prospect.contactIntro')}</p>
						<ContactPersonFields
							fields={{
								name: fields.contactName,
								jobTitle: fields.contactJobTitle,
								email: fields.contactEmail,
								phone: fields.contactPhone,
							}}
						/>
					</fieldset>
					<div className="flex flex-wrap items-center gap-4">
						<Button type="submit">{t('prospect.submit')}</Button>
						<Link to="/werkgevers" className="text-brand-700 underline">
							{t('prospect.cancel')}
						</Link>
					</div>
				</Form>
			</Card>
		</div>
	)
}

export { RouteErrorBoundary as ErrorBoundary } from '#app/components/error-boundary.tsx'
