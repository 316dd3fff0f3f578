import { getFormProps } from '@conform-to/react'
import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import { NewPasswordFields } from '#app/components/new-password-fields.tsx'
import { NoticePage } from '#app/components/notice-page.tsx'
import { Card, PageHeader } from '#app/components/page-header.tsx'
import { Button } from '#app/components/ui/button.tsx'
import { FormErrors } from '#app/components/ui/field.tsx'
import { resetPassword } from '#app/domain/auth/accounts.server.ts'
import { findValidVerification } from '#app/domain/auth/verification.server.ts'
import { endSessionCookie } from '#app/utils/auth.server.ts'
import { invalidSubmission, parseFormRequest } from '#app/utils/forms.server.ts'
import { useValidatedForm } from '#app/utils/forms.ts'
import { pageMeta } from '#app/utils/meta.ts'
import { redirectWithToast } from '#app/utils/toast.server.ts'
import { LinkTokenSchema, passwordsMustMatch, PasswordSchema, readLinkToken } from '#app/utils/validation.ts'

const ResetPasswordSchema = z
	.object({ token: LinkTokenSchema, password: PasswordSchema, confirmPassword: z.string() })
	.superRefine(passwordsMustMatch)

export const meta: MetaFunction = (args) => pageMeta(args, 'auth:reset.title')

export async function loader({ request }: LoaderFunctionArgs) {
	const token = readLinkToken(request)
	const valid = token !== null && (await findValidVerification(token, 'PASSWORD_RESET')) !== null
	return { token: valid ? token : null }
}

export async function action({ request }: ActionFunctionArgs) {
	const submission = await parseFormRequest(request, ResetPasswordSchema)
	if (submission.status !== 'success')
		return invalidSubmission(submission, { hideFields: ['password', 'confirmPassword'] })
	const done = await resetPassword(submission.value.token, submission.value.password)
	if (!done)
		return invalidSubmission(submission, {
			formErrors: ['errors:auth.linkInvalid'],
			hideFields: ['password', 'confirmPassword'],
		})
	// Every session ended, this browser's too: log in again with the new password.
	return redirectWithToast(
		'/login',
		{ title: 'auth:toast.passwordReset' },
		{ headers: { 'set-cookie': await endSessionCookie() } },
	)
}

export default function ResetPasswordPage() {
	const { t } = useTranslation('auth')
	const { token } = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	const [form, fields] = useValidatedForm(ResetPasswordSchema, { id: 'reset', lastResult: actionData?.result })
	if (!token) {
		return (
			<NoticePage
				title={t('reset.title')}
				message={t('reset.invalidLink')}
				link={{ to: '/wachtwoord-vergeten', label: t('reset.requestNew') }}
			/>
		)
	}
	return (
		<div className="mx-auto max-w-md">
			<PageHeader title={t('reset.title')}>{t('reset.intro')}</PageHeader>
			<Card>
				<Form method="post" className="space-y-4" {...getFormProps(form)}>
					<FormErrors id={form.errorId} errors={form.errors} />
					<input type="hidden" name="token" value={token} />
					<NewPasswordFields password={fields.password} confirmPassword={fields.confirmPassword} />
					<Button type="submit">{t('reset.submit')}</Button>
				</Form>
			</Card>
		</div>
	)
}

export { RouteErrorBoundary as ErrorBoundary } from '#app/components/error-boundary.tsx'
