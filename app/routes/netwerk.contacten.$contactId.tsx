import { getFormProps } from '@conform-to/react'
import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import { ContactMailFlags } from '#app/components/contact-mail-flags.tsx'
import { ContactNoteField } from '#app/components/contact-note-field.tsx'
import { ContactOrganizationKindLabel } from '#app/components/contact-organization-kind.tsx'
import { ContactPersonFields } from '#app/components/contact-person-fields.tsx'
import { Card, PageHeader } from '#app/components/page-header.tsx'
import { plainTextLinkClass } from '#app/components/place-card.tsx'
import { Button } from '#app/components/ui/button.tsx'
import { FormErrors } from '#app/components/ui/field.tsx'
import { ContactActionSchema, ContactUpdateSchema } from '#app/domain/network/contact-schema.ts'
import { clearBounce, getNetworkContact, updateNetworkContact } from '#app/domain/network/contacts.server.ts'
import { requireNetworkUser } from '#app/domain/network/network-access.server.ts'
import { hasPermission } from '#app/utils/auth.server.ts'
import { formatDateTime } from '#app/utils/format.ts'
import { invalidSubmission, parseFormRequest } from '#app/utils/forms.server.ts'
import { useValidatedForm } from '#app/utils/forms.ts'
import { pageMeta } from '#app/utils/meta.ts'
import { requireFromParams } from '#app/utils/params.ts'
import { redirectWithToast } from '#app/utils/toast.server.ts'

const ParamsSchema = z.object({ contactId: z.string().min(1).max(40) })

export const meta: MetaFunction<typeof loader> = (args) =>
	pageMeta(args, 'contacts:edit.metaTitle', undefined, { values: { name: args.data?.contact.name ?? '' } })

async function requireContact(request: Request, params: unknown, permission: 'read:network' | 'update:network') {
	const access = await requireNetworkUser(request, permission)
	const contact = await requireFromParams(params, ParamsSchema, ({ contactId }) =>
		getNetworkContact(access.networkId, contactId),
	)
	return { ...access, contact }
}

export async function loader({ request, params }: LoaderFunctionArgs) {
	const { user, networkId, contact } = await requireContact(request, params, 'read:network')
	return { contact, canUpdate: hasPermission(user, 'update:network', networkId) }
}

export async function action({ request, params }: ActionFunctionArgs) {
	const { user, networkId, contact } = await requireContact(request, params, 'update:network')
	const submission = await parseFormRequest(request, ContactActionSchema)
	if (submission.status !== 'success') return invalidSubmission(submission)
	const path = `/netwerk/contacten/${contact.id}`
	if (submission.value.intent === 'clear-bounce') {
		await clearBounce(contact.id)
		return redirectWithToast(path, { title: 'contacts:toast.bounceCleared', values: { name: contact.name } })
	}
	await updateNetworkContact({ networkId, contact, values: submission.value, actorId: user.id })
	return redirectWithToast(path, { title: 'contacts:toast.updated', values: { name: submission.value.name } })
}

type Contact = ReturnType<typeof useLoaderData<typeof loader>>['contact']

export default function ContactPage() {
	const { t } = useTranslation('contacts')
	const { contact, canUpdate } = useLoaderData<typeof loader>()
	const { organization } = contact
	return (
		<div className="mx-auto max-w-3xl space-y-6">
			<PageHeader title={contact.name}>
				<p>
					{contact.jobTitle ? `${contact.jobTitle} · ` : null}
					{organization.kind === 'EMPLOYER' ? (
						<Link to={`/werkgevers/${organization.id}`} className={plainTextLinkClass}>
							{organization.name}
						</Link>
					) : (
						organization.name
					)}{' '}
					(<ContactOrganizationKindLabel organization={organization} />)
				</p>
			</PageHeader>
			<p>
				<Link to="/netwerk/contacten" className={plainTextLinkClass}>
					{t('edit.toList')}
				</Link>
			</p>
			<MailCard contact={contact} canUpdate={canUpdate} />
			{canUpdate ? <DetailsCard contact={contact} /> : null}
			<Card>
				<h2 className="text-xl font-semibold text-slate-900">{t('edit.groups')}</h2>
				{contact.groups.length > 0 ? (
					<ul className="mt-3 list-disc space-y-1 pl-6">
						{contact.groups.map((group) => (
							<li key={group.id}>
								<Link to={`/netwerk/klankbordgroepen/${group.id}`} className={plainTextLinkClass}>
									{group.name}
								</Link>
							</li>
						))}
					</ul>
				) : (
					<p className="mt-3 text-slate-700">{t('edit.noGroups')}</p>
				)}
			</Card>
		</div>
	)
}

function MailCard({ contact, canUpdate }: { contact: Contact; canUpdate: boolean }) {
	const { t, i18n } = useTranslation('contacts')
	return (
		<Card>
			<h2 className="text-xl font-semibold text-slate-900">{t('edit.mail')}</h2>
			<div className="mt-3">
				<ContactMailFlags mail={contact.mail} />
			</div>
			{contact.bouncedAt ? (
				<div className="mt-4 space-y-2 rounded-md border-l-4 border-red-700 bg-red-50 p-3 text-red-950">
					<p className="font-semibold">
						{t('edit.bouncedSince', { date: formatDateTime(contact.bouncedAt, i18n.language) })}
					</p>
					{contact.bounceReason ? <p>{t('edit.bounceReason', { reason: contact.bounceReason })}</p> : null}
					<p>{t('edit.bounceExplanation')}</p>
					{canUpdate ? (
						<Form method="post">
							<Button type="submit" name="intent" value="clear-bounce" variant="secondary">
								{t('edit.clearBounce')}
							</Button>
						</Form>
					) : null}
				</div>
			) : null}
			<h3 className="mt-4 font-semibold text-slate-900">{t('edit.preferences')}</h3>
			<p className="text-slate-700">{t('edit.preferencesIntro')}</p>
			<ul className="mt-2 space-y-1">
				{contact.mail.receives.map(({ category, receives }) => (
					<li key={category}>
						{t(`mailCategories.${category}`)}:{' '}
						<strong>{receives ? t('edit.receives') : t('edit.doesNotReceive')}</strong>
					</li>
				))}
			</ul>
		</Card>
	)
}

function DetailsCard({ contact }: { contact: Contact }) {
	const { t } = useTranslation('contacts')
	const actionData = useActionData<typeof action>()
	const [form, fields] = useValidatedForm(ContactUpdateSchema, {
		id: 'contact',
		lastResult: actionData?.result,
		defaultValue: {
			intent: 'update',
			name: contact.name,
			jobTitle: contact.jobTitle ?? '',
			email: contact.email ?? '',
			phone: contact.phone ?? '',
			note: contact.note ?? '',
		},
	})
	return (
		<Card>
			<h2 className="text-xl font-semibold text-slate-900">{t('edit.details')}</h2>
			<Form method="post" className="mt-4 space-y-4" {...getFormProps(form)}>
				<input type="hidden" name="intent" value="update" />
				<FormErrors id={form.errorId} errors={form.errors} />
				<ContactPersonFields fields={fields} />
				{contact.bouncedAt ? <p className="text-slate-700">{t('edit.emailClearsBounce')}</p> : null}
				<ContactNoteField field={fields.note} />
				<Button type="submit">{t('edit.save')}</Button>
			</Form>
		</Card>
	)
}

export { RouteErrorBoundary as ErrorBoundary } from '#app/components/error-boundary.tsx'
