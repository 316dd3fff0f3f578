import { getFormProps } from '@conform-to/react'
import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import { NewPasswordFields } from '#app/components/new-password-fields.tsx'
import { NoticePage } from '#app/components/notice-page.tsx'
import { Card, PageHeader } from '#app/components/page-header.tsx'
import { Button } from '#app/components/ui/button.tsx'
import { FormErrors, FormField } from '#app/components/ui/field.tsx'
import { acceptInvitation, getOpenInvitation } from '#app/domain/auth/invitations.server.ts'
import { getStartPathForUser, getUser, startSession } from '#app/utils/auth.server.ts'
import { invalidSubmission, parseFormRequest } from '#app/utils/forms.server.ts'
import { useValidatedForm } from '#app/utils/forms.ts'
import { pageMeta } from '#app/utils/meta.ts'
import { isRole } from '#app/utils/permissions.ts'
import { redirectWithToast } from '#app/utils/toast.server.ts'
import { LinkTokenSchema, PasswordSchema, PersonNameSchema, readLinkToken } from '#app/utils/validation.ts'

const AcceptSchema = z.discriminatedUnion('intent', [
	z.object({ intent: z.literal('existing'), token: LinkTokenSchema }),
	z.object({ intent: z.literal('new'), token: LinkTokenSchema, name: PersonNameSchema, password: PasswordSchema }),
])

export const meta: MetaFunction = (args) => pageMeta(args, 'auth:invitation.title')

export async function loader({ request }: LoaderFunctionArgs) {
	const token = readLinkToken(request)
	const invitation = token ? await getOpenInvitation(token) : null
	if (!invitation) return { invitation: null, token: null, signedInAs: null }
	const user = await getUser(request)
	return {
		token,
		invitation: {
			email: invitation.email,
			role: invitation.role,
			organizationName: invitation.organization.name,
			hasAccount: invitation.hasAccount,
		},
		signedInAs: user ? (user.email === invitation.email ? 'invitee' : 'someone-else') : null,
	}
}

export async function action({ request }: ActionFunctionArgs) {
	const submission = await parseFormRequest(request, AcceptSchema)
	if (submission.status !== 'success') return invalidSubmission(submission, { hideFields: ['password'] })
	const value = submission.value
	let account: Parameters<typeof acceptInvitation>[1]
	if (value.intent === 'existing') {
		const user = await getUser(request)
		if (!user) return invalidSubmission(submission, { formErrors: ['errors:auth.loginFirst'] })
		account = { kind: 'existing', userId: user.id }
	} else {
		account = { kind: 'new', name: value.name, password: value.password }
	}
	const result = await acceptInvitation(value.token, account)
	if (!result.ok) {
		const message = result.problem === 'invalid' ? 'errors:auth.linkInvalid' : 'errors:auth.wrongAccount'
		return invalidSubmission(submission, { formErrors: [message], hideFields: ['password'] })
	}
	const { cookie } = await startSession(result.userId, request)
	return redirectWithToast(
		await getStartPathForUser(result.userId),
		{ title: 'auth:toast.invitationAccepted' },
		{ headers: { 'set-cookie': cookie } },
	)
}

export default function InvitationPage() {
	const { t } = useTranslation('auth')
	const { invitation, token, signedInAs } = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	const [form, fields] = useValidatedForm(AcceptSchema, { id: 'accept-invitation', lastResult: actionData?.result })
	if (!invitation || !token) return <NoticePage title={t('invitation.title')} message={t('invitation.invalid')} />
	const role = isRole(invitation.role) ? invitation.role : 'EMPLOYER'
	const redirectTo = `/uitnodiging?token=${encodeURIComponent(token)}`
	return (
		<div className="mx-auto max-w-lg">
			<PageHeader title={t('invitation.title')}>
				{t('invitation.intro', { organization: invitation.organizationName, role: t(`common:roles.${role}`) })}
			</PageHeader>
			<Card>
				<Form method="post" className="space-y-4" {...getFormProps(form)}>
					<FormErrors id={form.errorId} errors={form.errors} />
					<input type="hidden" name="token" value={token} />
					<p>
						{t('invitation.forAddress')} <strong>{invitation.email}</strong>
					</p>
					{invitation.hasAccount ? (
						signedInAs === 'invitee' ? (
							<Button type="submit" name="intent" value="existing">
								{t('invitation.accept')}
							</Button>
						) : (
							<p>
								<Link to={`/login?redirectTo=${encodeURIComponent(redirectTo)}`} className="text-brand-700 underline">
									{t('invitation.loginToAccept')}
								</Link>
							</p>
						)
					) : (
						<>
							<input type="hidden" name="intent" value="new" />
							<FormField field={fields.name} label={t('fields.name')} autoComplete="name" />
							<NewPasswordFields password={fields.password} />
							<Button type="submit">{t('invitation.createAndAccept')}</Button>
						</>
					)}
				</Form>
			</Card>
		</div>
	)
}

export { RouteErrorBoundary as ErrorBoundary } from '#app/components/error-boundary.tsx'
