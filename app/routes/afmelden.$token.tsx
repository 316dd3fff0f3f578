import { getFormProps, type SubmissionResult } from '@conform-to/react'
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { ContactLinkNotice, noIndex } from '#app/components/contact-link-notice.tsx'
import { NoticePage } from '#app/components/notice-page.tsx'
import { Card, PageHeader } from '#app/components/page-header.tsx'
import { Button } from '#app/components/ui/button.tsx'
import { CheckboxGroup, FormErrors } from '#app/components/ui/field.tsx'
import { mailCategories } from '#app/domain/network/contact-mail.ts'
import { contactLinkStatus } from '#app/domain/network/contact-mail.server.ts'
import { MailPreferencesSchema } from '#app/domain/network/contact-schema.ts'
import {
	getPreferencesByToken,
	optOutOfAllMail,
	saveMailPreferences,
} from '#app/domain/network/mail-preferences.server.ts'
import { invalidSubmission } from '#app/utils/forms.server.ts'
import { parseSubmission, useValidatedForm } from '#app/utils/forms.ts'
import { pageMeta } from '#app/utils/meta.ts'
import { redirectWithToast } from '#app/utils/toast.server.ts'

// A contact's own mail preferences, opened from the link in every network email. No login: the link
// is the authorisation, so the page shows only the name and organisation. Mail clients post
// "List-Unsubscribe=One-Click" here (RFC 8058) without a session or CSRF token: that turns off all
// network mail. The server's origin check lets this path through for that reason.

export const meta: MetaFunction = (args) => [...pageMeta(args, 'contacts:preferences.title'), noIndex]

function tokenOf(params: { token?: string }) {
	return (params.token ?? '').slice(0, 100)
}

export async function loader({ params }: LoaderFunctionArgs) {
	const result = await getPreferencesByToken(tokenOf(params))
	if (!result.ok)
		return data({ problem: result.problem, preferences: null }, { status: contactLinkStatus[result.problem] })
	return { problem: null, preferences: result.preferences }
}

export async function action({ request, params }: ActionFunctionArgs) {
	const token = tokenOf(params)
	const formData = await request.formData()
	const result = await getPreferencesByToken(token)
	if (!result.ok) return data({ problem: result.problem }, { status: contactLinkStatus[result.problem] })
	const { contactPersonId } = result.preferences
	if (formData.get('List-Unsubscribe') === 'One-Click') {
		await optOutOfAllMail(contactPersonId)
		return { unsubscribed: true }
	}
	const submission = parseSubmission(formData, MailPreferencesSchema)
	if (submission.status !== 'success') return invalidSubmission(submission)
	if (submission.value.intent === 'none') await optOutOfAllMail(contactPersonId)
	else await saveMailPreferences(contactPersonId, submission.value.receives)
	return redirectWithToast(`/afmelden/${token}`, {
		title: submission.value.intent === 'none' ? 'contacts:toast.unsubscribedAll' : 'contacts:toast.preferencesSaved',
	})
}

export default function MailPreferencesPage() {
	const { t } = useTranslation('contacts')
	const loaderData = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	const problem = loaderData.problem ?? (actionData && 'problem' in actionData ? actionData.problem : null)
	if (problem || !loaderData.preferences) return <ContactLinkNotice page="preferences" problem={problem ?? 'unknown'} />
	if (actionData && 'unsubscribed' in actionData) {
		return <NoticePage title={t('preferences.title')} message={t('toast.unsubscribedAll')} />
	}
	return (
		<PreferencesForm
			preferences={loaderData.preferences}
			lastResult={actionData && 'result' in actionData ? actionData.result : null}
		/>
	)
}

type Preferences = NonNullable<ReturnType<typeof useLoaderData<typeof loader>>['preferences']>

function PreferencesForm({
	preferences,
	lastResult,
}: {
	preferences: Preferences
	lastResult: SubmissionResult<string[]> | null | undefined
}) {
	const { t } = useTranslation('contacts')
	const [form, fields] = useValidatedForm(MailPreferencesSchema, {
		id: 'mail-preferences',
		lastResult,
		defaultValue: { intent: 'save', receives: preferences.receives },
	})
	const receivesNothing = preferences.receives.length === 0
	return (
		<div className="mx-auto max-w-xl space-y-6">
			<PageHeader title={t('preferences.title')}>
				<p>{t('preferences.whose', { name: preferences.name, organization: preferences.organizationName })}</p>
			</PageHeader>
			<Card>
				<p role="status" className="mb-4 font-semibold text-slate-900">
					{receivesNothing ? t('preferences.statusNone') : t('preferences.statusSome')}
				</p>
				<Form method="post" className="space-y-6" {...getFormProps(form)}>
					<FormErrors id={form.errorId} errors={form.errors} />
					<CheckboxGroup
						field={fields.receives}
						legend={t('preferences.legend')}
						hint={t('preferences.hint')}
						layout="list"
						options={mailCategories.map((category) => ({ value: category, label: t(`mailCategories.${category}`) }))}
					/>
					<div className="flex flex-wrap gap-3">
						<Button type="submit" name="intent" value="save">
							{t('preferences.save')}
						</Button>
						<Button type="submit" name="intent" value="none" variant="secondary">
							{t('preferences.none')}
						</Button>
					</div>
				</Form>
				<p className="mt-6 text-sm text-slate-700">{t('preferences.noAccount')}</p>
			</Card>
		</div>
	)
}

export { RouteErrorBoundary as ErrorBoundary } from '#app/components/error-boundary.tsx'
