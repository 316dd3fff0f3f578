import { getFormProps } from '@conform-to/react'
import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { GroupMemberPicker } from '#app/components/group-member-picker.tsx'
import { Card, PageHeader } from '#app/components/page-header.tsx'
import { Button } from '#app/components/ui/button.tsx'
import { FormErrors, FormField, TextareaField } from '#app/components/ui/field.tsx'
import { listContactChoices } from '#app/domain/network/contacts.server.ts'
import { GROUP_PURPOSE_MAX_LENGTH, NewGroupSchema } from '#app/domain/network/group-schema.ts'
import { createGroup } from '#app/domain/network/groups.server.ts'
import { requireNetworkUser } from '#app/domain/network/network-access.server.ts'
import { invalidSubmission, parseFormRequest } from '#app/utils/forms.server.ts'
import { useValidatedForm } from '#app/utils/forms.ts'
import { pageMeta } from '#app/utils/meta.ts'
import { redirectWithToast } from '#app/utils/toast.server.ts'

export const meta: MetaFunction = (args) => pageMeta(args, 'contacts:groups.new.title')

export async function loader({ request }: LoaderFunctionArgs) {
	await requireNetworkUser(request, 'create:network')
	return { contacts: await listContactChoices() }
}

export async function action({ request }: ActionFunctionArgs) {
	const { user, networkId } = await requireNetworkUser(request, 'create:network')
	const submission = await parseFormRequest(request, NewGroupSchema)
	if (submission.status !== 'success') return invalidSubmission(submission)
	const result = await createGroup({ networkId, actorId: user.id, values: submission.value })
	if (!result.ok) return invalidSubmission(submission, { fieldErrors: result.fieldErrors })
	return redirectWithToast(`/netwerk/klankbordgroepen/${result.groupId}`, {
		title: 'contacts:toast.groupCreated',
		values: { name: submission.value.name },
	})
}

export default function NewGroupPage() {
	const { t } = useTranslation('contacts')
	const { contacts } = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	const [form, fields] = useValidatedForm(NewGroupSchema, { id: 'new-group', lastResult: actionData?.result })
	return (
		<div className="mx-auto max-w-2xl space-y-6">
			<PageHeader title={t('groups.new.title')}>{t('groups.new.intro')}</PageHeader>
			<Card>
				<Form method="post" className="space-y-6" {...getFormProps(form)}>
					<FormErrors id={form.errorId} errors={form.errors} />
					<FormField field={fields.name} label={t('groups.new.name')} autoComplete="off" />
					<TextareaField
						field={fields.purpose}
						label={t('groups.new.purpose')}
						hint={t('groups.new.purposeHint', { count: GROUP_PURPOSE_MAX_LENGTH })}
						rows={4}
					/>
					<GroupMemberPicker field={fields.memberIds} contacts={contacts} />
					<div className="flex flex-wrap items-center gap-4">
						<Button type="submit">{t('groups.new.submit')}</Button>
						<Link to="/netwerk/klankbordgroepen" className="text-brand-700 underline">
							{t('groups.new.cancel')}
						</Link>
					</div>
				</Form>
			</Card>
		</div>
	)
}

export { RouteErrorBoundary as ErrorBoundary } from '#app/components/error-boundary.tsx'
