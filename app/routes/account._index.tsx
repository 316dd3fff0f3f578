import { getFormProps } from '@conform-to/react'
import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import { NewPasswordFields } from '#app/components/new-password-fields.tsx'
import { Card, PageHeader } from '#app/components/page-header.tsx'
import { Button } from '#app/components/ui/button.tsx'
import { FormErrors, FormField } from '#app/components/ui/field.tsx'
import { changePassword, sendConfirmationLink } from '#app/domain/auth/accounts.server.ts'
import { requireUser } from '#app/utils/auth.server.ts'
import { invalidSubmission, parseFormRequest } from '#app/utils/forms.server.ts'
import { useValidatedForm } from '#app/utils/forms.ts'
import { pageMeta } from '#app/utils/meta.ts'
import { redirectWithToast } from '#app/utils/toast.server.ts'
import { passwordsMustMatch, PasswordSchema } from '#app/utils/validation.ts'

const AccountActionSchema = z
	.discriminatedUnion('intent', [
		z.object({ intent: z.literal('resend-confirmation') }),
		z.object({
			intent: z.literal('change-password'),
			currentPassword: z.string({ required_error: 'errors:validation.required' }).min(1).max(200),
			password: PasswordSchema,
			confirmPassword: z.string({ required_error: 'errors:validation.required' }),
		}),
	])
	.superRefine((value, context) => {
		if (value.intent === 'change-password') passwordsMustMatch(value, context)
	})
const passwordFields = ['currentPassword', 'password', 'confirmPassword']

export const meta: MetaFunction = (args) => pageMeta(args, 'auth:account.title')

export async function loader({ request }: LoaderFunctionArgs) {
	const user = await requireUser(request)
	return {
		name: user.name,
		email: user.email,
		emailVerified: user.emailVerified,
		role: user.role,
		organizationName: user.organization?.name ?? null,
	}
}

export async function action({ request }: ActionFunctionArgs) {
	const user = await requireUser(request)
	const submission = await parseFormRequest(request, AccountActionSchema)
	if (submission.status !== 'success') return invalidSubmission(submission, { hideFields: passwordFields })
	if (submission.value.intent === 'resend-confirmation') {
		if (!user.emailVerified) await sendConfirmationLink(user)
		return redirectWithToast('/account', { title: 'auth:toast.confirmEmailSent', type: 'info' })
	}
	const { currentPassword, password } = submission.value
	const changed = await changePassword({
		userId: user.id,
		currentPassword,
		newPassword: password,
		keepSessionId: user.sessionId,
	})
	if (!changed) {
		return invalidSubmission(submission, {
			fieldErrors: { currentPassword: ['errors:auth.wrongPassword'] },
			hideFields: passwordFields,
		})
	}
	return redirectWithToast('/account', { title: 'auth:toast.passwordChanged' })
}

export default function AccountPage() {
	const { t } = useTranslation('auth')
	const account = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	const [form, fields] = useValidatedForm(AccountActionSchema, {
		id: 'change-password',
		lastResult: actionData?.result,
	})
	return (
		<div className="space-y-6">
			<PageHeader title={t('account.title')} />
			<Card>
				<dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
					<dt className="font-semibold">{t('fields.name')}</dt>
					<dd>{account.name}</dd>
					<dt className="font-semibold">{t('fields.email')}</dt>
					<dd>
						{account.email}{' '}
						<span className={account.emailVerified ? 'text-green-800' : 'text-amber-900'}>
							({account.emailVerified ? t('account.verified') : t('account.notVerified')})
						</span>
					</dd>
					{account.role ? (
						<>
							<dt className="font-semibold">{t('account.role')}</dt>
							<dd>
								{t(`common:roles.${account.role}`)}
								{account.organizationName ? ` · ${account.organizationName}` : ''}
							</dd>
						</>
					) : null}
				</dl>
				{account.emailVerified ? null : (
					<Form method="post" className="mt-4">
						<Button type="submit" name="intent" value="resend-confirmation" variant="secondary">
							{t('account.resendConfirmation')}
						</Button>
					</Form>
				)}
			</Card>
			<Card>
				<h2 className="text-xl font-semibold">{t('account.changePassword')}</h2>
				<p className="text-slate-800">{t('account.changePasswordIntro')}</p>
				<Form method="post" className="mt-4 max-w-md space-y-4" {...getFormProps(form)}>
					<FormErrors id={form.errorId} errors={form.errors} />
					<FormField
						field={fields.currentPassword}
						type="password"
						label={t('fields.currentPassword')}
						autoComplete="current-password"
					/>
					<NewPasswordFields password={fields.password} confirmPassword={fields.confirmPassword} />
					<Button type="submit" name="intent" value="change-password">
						{t('account.changePasswordSubmit')}
					</Button>
				</Form>
			</Card>
			<p>
				<Link to="/account/sessies" className="text-brand-700 underline">
					{t('sessions.title')}
				</Link>
			</p>
		</div>
	)
}

export { RouteErrorBoundary as ErrorBoundary } from '#app/components/error-boundary.tsx'
