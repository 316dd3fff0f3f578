import { getFormProps } from '@conform-to/react'
import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import { NewPasswordFields } from '#app/components/new-password-fields.tsx'
import { Card, PageHeader } from '#app/components/page-header.tsx'
import { Button } from '#app/components/ui/button.tsx'
import { FormErrors, FormField, HoneypotField } from '#app/components/ui/field.tsx'
import { isEmailTaken, isKvkNumberTaken, signUpEmployer } from '#app/domain/auth/accounts.server.ts'
import { requireAnonymous, startSession } from '#app/utils/auth.server.ts'
import { invalidSubmission, parseFormRequest } from '#app/utils/forms.server.ts'
import { useValidatedForm } from '#app/utils/forms.ts'
import { getLocale } from '#app/utils/locale.server.ts'
import { pageMeta } from '#app/utils/meta.ts'
import { redirectWithToast } from '#app/utils/toast.server.ts'
import {
	EmailSchema,
	HONEYPOT_FIELD,
	HoneypotSchema,
	KvkNumberSchema,
	OrganizationNameSchema,
	PasswordSchema,
	PersonNameSchema,
} from '#app/utils/validation.ts'

const SignupSchema = z.object({
	name: PersonNameSchema,
	email: EmailSchema,
	password: PasswordSchema,
	organizationName: OrganizationNameSchema,
	kvkNumber: KvkNumberSchema.optional(),
	[HONEYPOT_FIELD]: HoneypotSchema,
})

export const meta: MetaFunction = (args) => pageMeta(args, 'auth:signup.title', 'auth:signup.intro')

export async function loader({ request }: LoaderFunctionArgs) {
	await requireAnonymous(request)
	return null
}

export async function action({ request }: ActionFunctionArgs) {
	await requireAnonymous(request)
	const submission = await parseFormRequest(request, SignupSchema)
	if (submission.status !== 'success') return invalidSubmission(submission, { hideFields: ['password'] })
	const { name, email, password, organizationName, kvkNumber } = submission.value
	const fieldErrors: Record<string, string[]> = {}
	if (await isEmailTaken(email)) fieldErrors.email = ['errors:auth.emailTaken']
	if (kvkNumber && (await isKvkNumberTaken(kvkNumber))) fieldErrors.kvkNumber = ['errors:auth.kvkTaken']
	if (Object.keys(fieldErrors).length > 0)
		return invalidSubmission(submission, { fieldErrors, hideFields: ['password'] })

	const user = await signUpEmployer({
		name,
		email,
		password,
		organizationName,
		kvkNumber,
		locale: await getLocale(request),
	})
	const { cookie } = await startSession(user.id, request)
	return redirectWithToast(
		'/werkgever',
		{ title: 'auth:toast.signedUp', description: 'auth:toast.confirmEmailSent', type: 'success' },
		{ headers: { 'set-cookie': cookie } },
	)
}

export default function SignupPage() {
	const { t } = useTranslation('auth')
	const actionData = useActionData<typeof action>()
	const [form, fields] = useValidatedForm(SignupSchema, { id: 'signup', lastResult: actionData?.result })
	return (
		<div className="mx-auto max-w-lg">
			<PageHeader title={t('signup.title')}>{t('signup.intro')}</PageHeader>
			<Card>
				<Form method="post" className="relative space-y-4" {...getFormProps(form)}>
					<FormErrors id={form.errorId} errors={form.errors} />
					<HoneypotField name={HONEYPOT_FIELD} />
					<fieldset className="space-y-4">
						<legend className="text-lg font-semibold">{t('signup.aboutYou')}</legend>
						<FormField field={fields.name} label={t('fields.name')} autoComplete="name" />
						<FormField field={fields.email} type="email" label={t('fields.email')} autoComplete="email" />
						<NewPasswordFields password={fields.password} />
					</fieldset>
					<fieldset className="space-y-4">
						<legend className="text-lg font-semibold">{t('signup.aboutOrganization')}</legend>
						<FormField
							field={fields.organizationName}
							label={t('fields.organizationName')}
							autoComplete="organization"
						/>
						<FormField
							field={fields.kvkNumber}
							label={t('fields.kvkNumber')}
							hint={t('fields.kvkNumberHint')}
							inputMode="numeric"
						/>
					</fieldset>
					<Button type="submit" className="w-full justify-center">
						{t('signup.submit')}
					</Button>
				</Form>
				<p className="mt-4 text-sm">
					<Link to="/login" className="text-brand-700 underline">
						{t('signup.haveAccount')}
					</Link>
				</p>
			</Card>
		</div>
	)
}

export { RouteErrorBoundary as ErrorBoundary } from '#app/components/error-boundary.tsx'
