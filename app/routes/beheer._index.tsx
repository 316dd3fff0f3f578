import { getFormProps } from '@conform-to/react'
import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import { Card, PageHeader } from '#app/components/page-header.tsx'
import { Button } from '#app/components/ui/button.tsx'
import { FormErrors, FormField } from '#app/components/ui/field.tsx'
import { createCoachingOrganization, listOrganizations } from '#app/domain/organizations/organizations.server.ts'
import { requirePermission } from '#app/utils/auth.server.ts'
import { invalidSubmission, parseFormRequest } from '#app/utils/forms.server.ts'
import { useValidatedForm } from '#app/utils/forms.ts'
import { pageMeta } from '#app/utils/meta.ts'
import { redirectWithToast } from '#app/utils/toast.server.ts'
import { OrganizationNameSchema } from '#app/utils/validation.ts'

const CoachingOrganizationSchema = z.object({
	name: OrganizationNameSchema,
	town: z.string().trim().max(80).optional(),
})

export const meta: MetaFunction = (args) => pageMeta(args, 'admin:organizations.title')

export async function loader({ request }: LoaderFunctionArgs) {
	await requirePermission(request, 'create:organization')
	const organizations = await listOrganizations()
	return {
		organizations: organizations.map((organization) => ({
			id: organization.id,
			name: organization.name,
			kind: organization.kind,
			town: organization.town,
			memberCount: organization._count.memberships,
		})),
	}
}

export async function action({ request }: ActionFunctionArgs) {
	const user = await requirePermission(request, 'create:organization')
	const submission = await parseFormRequest(request, CoachingOrganizationSchema)
	if (submission.status !== 'success') return invalidSubmission(submission)
	const organization = await createCoachingOrganization({ ...submission.value, actorId: user.id })
	return redirectWithToast(`/organisaties/${organization.id}`, {
		title: 'admin:toast.organizationCreated',
		values: { name: organization.name },
	})
}

export default function AdminOrganizations() {
	const { t } = useTranslation('admin')
	const { organizations } = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	const [form, fields] = useValidatedForm(CoachingOrganizationSchema, {
		id: 'coaching-organization',
		lastResult: actionData?.result,
	})
	const coaching = organizations.filter((organization) => organization.kind === 'COACHING')
	const employers = organizations.filter((organization) => organization.kind === 'EMPLOYER')
	return (
		<div className="space-y-6">
			<PageHeader title={t('organizations.title')}>{t('organizations.intro')}</PageHeader>
			<Card>
				<h2 className="text-xl font-semibold">{t('organizations.newCoaching')}</h2>
				<Form
					method="post"
					className="mt-4 grid gap-4 md:grid-cols-[1fr_1fr_auto] md:items-end"
					{...getFormProps(form)}
				>
					<FormErrors id={form.errorId} errors={form.errors} />
					<FormField field={fields.name} label={t('organizations.name')} />
					<FormField field={fields.town} label={t('organizations.town')} />
					<Button type="submit">{t('organizations.create')}</Button>
				</Form>
			</Card>
			{(
				[
					['coaching', coaching],
					['employers', employers],
				] as const
			).map(([key, list]) => (
				<Card key={key}>
					<h2 className="text-xl font-semibold">{t(`organizations.${key}`, { count: list.length })}</h2>
					<ul className="mt-2 divide-y divide-slate-200">
						{list.map((organization) => (
							<li key={organization.id} className="py-2">
								<Link to={`/organisaties/${organization.id}`} className="font-medium text-brand-700 underline">
									{organization.name}
								</Link>
								{organization.town ? ` · ${organization.town}` : ''} ·{' '}
								{t('organizations.memberCount', { count: organization.memberCount })}
							</li>
						))}
					</ul>
				</Card>
			))}
		</div>
	)
}

export { RouteErrorBoundary as ErrorBoundary } from '#app/components/error-boundary.tsx'
