import { getFormProps, getSelectProps } from '@conform-to/react'
import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { ContactOrganizationSelect } from '#app/components/contact-organization-select.tsx'
import { ContactPersonFields } from '#app/components/contact-person-fields.tsx'
import { ContactNoteField } from '#app/components/contact-note-field.tsx'
import { Card, PageHeader } from '#app/components/page-header.tsx'
import { TownPicker } from '#app/components/town-picker.tsx'
import { Button } from '#app/components/ui/button.tsx'
import { FormErrors, FormField, SelectField } from '#app/components/ui/field.tsx'
import { listTowns } from '#app/domain/geo/towns.server.ts'
import { NewContactSchema } from '#app/domain/network/contact-schema.ts'
import { createNetworkContact, listContactOrganizations } from '#app/domain/network/contacts.server.ts'
import { requireNetworkUser } from '#app/domain/network/network-access.server.ts'
import { stakeholderTypes } from '#app/domain/network/stakeholder-options.ts'
import { invalidSubmission, parseFormRequest } from '#app/utils/forms.server.ts'
import { useValidatedForm } from '#app/utils/forms.ts'
import { pageMeta } from '#app/utils/meta.ts'
import { redirectWithToast } from '#app/utils/toast.server.ts'

export const meta: MetaFunction = (args) => pageMeta(args, 'contacts:new.title')

export async function loader({ request }: LoaderFunctionArgs) {
	await requireNetworkUser(request, 'create:network')
	const organizations = await listContactOrganizations()
	// Linked from an organisation's page: that organisation is chosen already.
	const preselected = new URL(request.url).searchParams.get('organisatie')
	return {
		organizations,
		towns: listTowns().map((town) => town.label),
		organizationId: organizations.some((organization) => organization.id === preselected) ? preselected : null,
	}
}

export async function action({ request }: ActionFunctionArgs) {
	const { user, networkId } = await requireNetworkUser(request, 'create:network')
	const submission = await parseFormRequest(request, NewContactSchema)
	if (submission.status !== 'success') return invalidSubmission(submission)
	const result = await createNetworkContact({ networkId, values: submission.value, actorId: user.id })
	if (!result.ok) return invalidSubmission(submission, { fieldErrors: result.fieldErrors })
	return redirectWithToast(`/netwerk/contacten/${result.contactPersonId}`, {
		title: 'contacts:toast.created',
		values: { name: submission.value.name },
	})
}

export default function NewContactPage() {
	const { t } = useTranslation('contacts')
	const { organizations, towns, organizationId } = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	const [form, fields] = useValidatedForm(NewContactSchema, {
		id: 'new-contact',
		lastResult: actionData?.result,
		defaultValue: organizationId ? { organizationId } : undefined,
	})
	return (
		<div className="mx-auto max-w-2xl space-y-6">
			<PageHeader title={t('new.title')}>{t('new.intro')}</PageHeader>
			<Card>
				<Form method="post" className="space-y-6" {...getFormProps(form)}>
					<FormErrors id={form.errorId} errors={form.errors} />
					<fieldset className="space-y-4">
						<legend className="text-xl font-semibold">{t('new.person')}</legend>
						<ContactPersonFields fields={fields} />
						<ContactNoteField field={fields.note} />
					</fieldset>
					<fieldset className="space-y-4">
						<legend className="text-xl font-semibold">{t('new.organization')}</legend>
						<ContactOrganizationSelect field={fields.organizationId} organizations={organizations} />
						<fieldset className="space-y-4 rounded-md border border-slate-300 p-4">
							<legend className="px-1 font-semibold">{t('new.newOrganization')}</legend>
							<p className="text-slate-700">{t('new.newOrganizationIntro')}</p>
							<FormField field={fields.organizationName} label={t('fields.organizationName')} autoComplete="off" />
							<SelectField
								label={t('fields.stakeholderType')}
								errors={fields.stakeholderType.errors}
								selectProps={getSelectProps(fields.stakeholderType)}
								options={[
									{ value: '', label: t('fields.stakeholderTypePlaceholder') },
									...stakeholderTypes.map((type) => ({ value: type, label: t(`stakeholderTypes.${type}`) })),
								]}
							/>
							<TownPicker field={fields.town} towns={towns} label={t('fields.town')} />
						</fieldset>
					</fieldset>
					<div className="flex flex-wrap items-center gap-4">
						<Button type="submit">{t('new.submit')}</Button>
						<Link to="/netwerk/contacten" className="text-brand-700 underline">
							{t('new.cancel')}
						</Link>
					</div>
				</Form>
			</Card>
		</div>
	)
}

export { RouteErrorBoundary as ErrorBoundary } from '#app/components/error-boundary.tsx'
