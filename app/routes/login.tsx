import { getFormProps } from '@conform-to/react'
import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, redirect } from '@remix-run/node'
import { Form, Link, useActionData, useSearchParams } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import { Card, PageHeader } from '#app/components/page-header.tsx'
import { Button } from '#app/components/ui/button.tsx'
import { FormErrors, FormField } from '#app/components/ui/field.tsx'
import { authenticate } from '#app/domain/auth/accounts.server.ts'
import { getStartPathForUser, requireAnonymous, safeRedirectPath, startSession } from '#app/utils/auth.server.ts'
import { invalidSubmission, parseFormRequest } from '#app/utils/forms.server.ts'
import { useValidatedForm } from '#app/utils/forms.ts'
import { pageMeta } from '#app/utils/meta.ts'
import { EmailSchema } from '#app/utils/validation.ts'

const LoginSchema = z.object({
	email: EmailSchema,
	password: z.string({ required_error: 'errors:validation.required' }).min(1).max(200),
	redirectTo: z.string().optional(),
})

export const meta: MetaFunction = (args) => pageMeta(args, 'auth:login.title')

export async function loader({ request }: LoaderFunctionArgs) {
	await requireAnonymous(request)
	return null
}

export async function action({ request, context }: ActionFunctionArgs) {
	await requireAnonymous(request)
	const submission = await parseFormRequest(request, LoginSchema)
	if (submission.status !== 'success') return invalidSubmission(submission, { hideFields: ['password'] })
	const { email, password, redirectTo } = submission.value
	const result = await authenticate({ email, password, ip: context.clientIp })
	if (!result.ok) {
		const message = result.reason === 'throttled' ? 'errors:auth.throttled' : 'errors:auth.invalidCredentials'
		return invalidSubmission(submission, { formErrors: [message], hideFields: ['password'] })
	}
	const start = await getStartPathForUser(result.userId)
	const { cookie } = await startSession(result.userId, request)
	return redirect(safeRedirectPath(redirectTo, start), { headers: { 'set-cookie': cookie } })
}

export default function LoginPage() {
	const { t } = useTranslation('auth')
	const actionData = useActionData<typeof action>()
	const [searchParams] = useSearchParams()
	const [form, fields] = useValidatedForm(LoginSchema, { id: 'login', lastResult: actionData?.result })
	return (
		<div className="mx-auto max-w-md">
			<PageHeader title={t('login.title')}>{t('login.intro')}</PageHeader>
			<Card>
				<Form method="post" className="space-y-4" {...getFormProps(form)}>
					<FormErrors id={form.errorId} errors={form.errors} />
					<input type="hidden" name="redirectTo" value={searchParams.get('redirectTo') ?? ''} />
					<FormField field={fields.email} type="email" label={t('fields.email')} autoComplete="email" />
					<FormField
						field={fields.password}
						type="password"
						label={t('fields.password')}
						autoComplete="current-password"
					/>
					<Button type="submit" className="w-full justify-center">
						{t('login.submit')}
					</Button>
				</Form>
				<div className="mt-4 flex flex-col gap-2 text-sm">
					<Link to="/wachtwoord-vergeten" className="text-brand-700 underline">
						{t('login.forgotPassword')}
					</Link>
					<Link to="/registreren" className="text-brand-700 underline">
						{t('login.noAccount')}
					</Link>
				</div>
			</Card>
		</div>
	)
}
export { RouteErrorBoundary as ErrorBoundary } from '#app/components/error-boundary.tsx'
