import { getFormProps } from '@conform-to/react'
import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import { Card, PageHeader } from '#app/components/page-header.tsx'
import { Button } from '#app/components/ui/button.tsx'
import { ContactPersonFields } from '#app/components/contact-person-fields.tsx'
import { FormErrors } from '#app/components/ui/field.tsx'
import {
	createContactPerson,
	deleteContactPerson,
	getContactPerson,
	updateContactPerson,
} from '#app/domain/organizations/contact-persons.server.ts'
import { ContactPersonSchema } from '#app/domain/organizations/organization-schemas.ts'
import { requireOwnEmployerOrganization } from '#app/domain/organizations/profile.server.ts'
import { invalidSubmission } from '#app/utils/forms.server.ts'
import { parseSubmission, useValidatedForm } from '#app/utils/forms.ts'
import { pageMeta } from '#app/utils/meta.ts'
import { redirectWithToast } from '#app/utils/toast.server.ts'

// One route for adding (/werkgever/organisatie/contactpersonen/nieuw) and editing or removing a contact person.
const NEW = 'nieuw'
const PROFILE_PATH = '/werkgever/organisatie'
const ParamsSchema = z.object({ contactPersonId: z.string().min(1).max(40) })

export const meta: MetaFunction = (args) =>
	pageMeta(
		args,
		args.params.contactPersonId === NEW ? 'organizations:contacts.newTitle' : 'organizations:contacts.editTitle',
	)

/** The contact person of the employer's own organisation; another organisation's id answers 404. */
async function requireContact(organizationId: string, params: unknown) {
	const parsed = ParamsSchema.safeParse(params)
	if (!parsed.success) throw new Response('Not Found', { status: 404 })
	const { contactPersonId } = parsed.data
	if (contactPersonId === NEW) return null
	const contact = await getContactPerson(organizationId, contactPersonId)
	if (!contact) throw new Response('Not Found', { status: 404 })
	return contact
}

export async function loader({ request, params }: LoaderFunctionArgs) {
	const { organizationId } = await requireOwnEmployerOrganization(request)
	const contact = await requireContact(organizationId, params)
	return { contact }
}

export async function action({ request, params }: ActionFunctionArgs) {
	const { user, organizationId } = await requireOwnEmployerOrganization(request)
	const contact = await requireContact(organizationId, params)
	const formData = await request.formData()
	if (formData.get('intent') === 'delete') {
		if (!contact) throw new Response('Bad Request', { status: 400 })
		await deleteContactPerson({ organizationId, contactPersonId: contact.id, actorId: user.id })
		return redirectWithToast(PROFILE_PATH, {
			title: 'organizations:toast.contactRemoved',
			values: { name: contact.name },
		})
	}
	const submission = parseSubmission(formData, ContactPersonSchema)
	if (submission.status !== 'success') return invalidSubmission(submission)
	const values = submission.value
	if (contact) {
		await updateContactPerson({ organizationId, contactPersonId: contact.id, values, actorId: user.id })
		return redirectWithToast(PROFILE_PATH, {
			title: 'organizations:toast.contactUpdated',
			values: { name: values.name },
		})
	}
	await createContactPerson({ organizationId, values, actorId: user.id })
	return redirectWithToast(PROFILE_PATH, { title: 'organizations:toast.contactCreated', values: { name: values.name } })
}

export default function ContactPersonPage() {
	const { t } = useTranslation('organizations')
	const { contact } = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	const [form, fields] = useValidatedForm(ContactPersonSchema, {
		id: 'contact-person',
		lastResult: actionData?.result,
		defaultValue: contact
			? {
					name: contact.name,
					jobTitle: contact.jobTitle ?? '',
					email: contact.email ?? '',
					phone: contact.phone ?? '',
				}
			: undefined,
	})
	return (
		<div className="mx-auto max-w-xl space-y-6">
			<PageHeader title={contact ? t('contacts.editTitle') : t('contacts.newTitle')}>{t('contacts.intro')}</PageHeader>
			<Card>
				<Form method="post" className="space-y-4" {...getFormProps(form)}>
					<FormErrors id={form.errorId} errors={form.errors} />
					<ContactPersonFields fields={fields} />
					<div className="flex flex-wrap items-center gap-4">
						<Button type="submit">{contact ? t('contacts.save') : t('contacts.create')}</Button>
						<Link to={PROFILE_PATH} className="text-brand-700 underline">
							{t('contacts.back')}
						</Link>
					</div>
				</Form>
			</Card>
			{contact ? (
				<Card>
					<h2 className="text-xl font-semibold">{t('contacts.removeTitle')}</h2>
					<p className="text-slate-700">{t('contacts.removeIntro', { name: contact.name })}</p>
					<Form method="post" className="mt-4">
						<Button type="submit" name="intent" value="delete" variant="danger">
							{t('contacts.remove')}
						</Button>
					</Form>
				</Card>
			) : null}
		</div>
	)
}

export { RouteErrorBoundary as ErrorBoundary } from '#app/components/error-boundary.tsx'
