import { getFormProps } from '@conform-to/react'
import { type ActionFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, useActionData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import { Card, PageHeader } from '#app/components/page-header.tsx'
import { Button } from '#app/components/ui/button.tsx'
import { FormErrors, FormField, HoneypotField } from '#app/components/ui/field.tsx'
import { requestPasswordReset } from '#app/domain/auth/accounts.server.ts'
import { invalidSubmission, parseFormRequest } from '#app/utils/forms.server.ts'
import { useValidatedForm } from '#app/utils/forms.ts'
import { pageMeta } from '#app/utils/meta.ts'
import { redirectWithToast } from '#app/utils/toast.server.ts'
import { EmailSchema, HONEYPOT_FIELD, HoneypotSchema } from '#app/utils/validation.ts'

const ForgotPasswordSchema = z.object({ email: EmailSchema, [HONEYPOT_FIELD]: HoneypotSchema })

export const meta: MetaFunction = (args) => pageMeta(args, 'auth:forgot.title')

export async function action({ request }: ActionFunctionArgs) {
	const submission = await parseFormRequest(request, ForgotPasswordSchema)
	if (submission.status !== 'success') return invalidSubmission(submission)
	await requestPasswordReset(submission.value.email)
	// The same answer whether or not the address has an account.
	return redirectWithToast('/login', { title: 'auth:toast.resetSent', type: 'info' })
}

export default function ForgotPasswordPage() {
	const { t } = useTranslation('auth')
	const actionData = useActionData<typeof action>()
	const [form, fields] = useValidatedForm(ForgotPasswordSchema, { id: 'forgot', lastResult: actionData?.result })
	return (
		<div className="mx-auto max-w-md">
			<PageHeader title={t('forgot.title')}>{t('forgot.intro')}</PageHeader>
			<Card>
				<Form method="post" className="relative space-y-4" {...getFormProps(form)}>
					<FormErrors id={form.errorId} errors={form.errors} />
					<HoneypotField name={HONEYPOT_FIELD} />
					<FormField field={fields.email} type="email" label={t('fields.email')} autoComplete="email" />
					<Button type="submit">{t('forgot.submit')}</Button>
				</Form>
			</Card>
		</div>
	)
}

export { RouteErrorBoundary as ErrorBoundary } from '#app/components/error-boundary.tsx'
