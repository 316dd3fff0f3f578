import { getFormProps, getSelectProps } from '@conform-to/react'
import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { Card, PageHeader } from '#app/components/page-header.tsx'
import { TownPicker } from '#app/components/town-picker.tsx'
import { Button } from '#app/components/ui/button.tsx'
import { FormErrors, FormField, SelectField } from '#app/components/ui/field.tsx'
import { listTowns } from '#app/domain/geo/towns.server.ts'
import { createProspect } from '#app/domain/organizations/employers.server.ts'
import { ProspectSchema } from '#app/domain/organizations/organization-schemas.ts'
import { sbiSections } from '#app/domain/places/place-options.ts'
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
						<FormField
							field={fields.kvkNumber}
							label={t('fields.kvkNumberOptional')}
							hint={t('fields.kvkNumberHint')}
							inputMode="numeric"
						/>
						<SelectField
							label={t('fields.sector')}
							selectProps={getSelectProps(fields.sector)}
							errors={fields.sector.errors}
							options={[
								{ value: '', label: t('fields.sectorPlaceholder') },
								...sbiSections.map((section) => ({ value: section, label: t(`common:sectors.${section}`) })),
							]}
						/>
						<TownPicker field={fields.town} towns={towns} label={t('fields.town')} />
						<FormField
							field={fields.website}
							label={t('fields.website')}
							hint={t('fields.websiteHint')}
							inputMode="url"
							autoComplete="off"
						/>
					</fieldset>
					<fieldset className="space-y-4">
						<legend className="text-xl font-semibold">{t('prospect.contact')}</legend>
						<p className="text-slate-700">{t('prospect.contactIntro')}</p>
						<FormField field={fields.contactName} label={t('contacts.name')} autoComplete="off" />
						<FormField field={fields.contactJobTitle} label={t('contacts.jobTitle')} autoComplete="off" />
						<FormField field={fields.contactEmail} type="email" label={t('contacts.email')} autoComplete="off" />
						<FormField
							field={fields.contactPhone}
							type="tel"
							label={t('contacts.phone')}
							hint={t('contacts.phoneHint')}
							autoComplete="off"
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
