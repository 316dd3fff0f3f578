import { getFormProps, getSelectProps } from '@conform-to/react'
import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import { Card, PageHeader } from '#app/components/page-header.tsx'
import { Button } from '#app/components/ui/button.tsx'
import { FormErrors, FormField, SelectField } from '#app/components/ui/field.tsx'
import { createInvitation, listOpenInvitations, revokeInvitation } from '#app/domain/auth/invitations.server.ts'
import { getOrganization } from '#app/domain/organizations/organizations.server.ts'
import { hasPermission, requirePermission } from '#app/utils/auth.server.ts'
import { useFormatDateTime } from '#app/utils/format.ts'
import { invalidSubmission, parseFormRequest } from '#app/utils/forms.server.ts'
import { useValidatedForm } from '#app/utils/forms.ts'
import { getLocale } from '#app/utils/locale.server.ts'
import { pageMeta } from '#app/utils/meta.ts'
import { OrganizationParamsSchema, requireFromParams } from '#app/utils/params.ts'
import { assignableRoles, roles, type OrganizationKind } from '#app/utils/permissions.ts'
import { redirectWithToast } from '#app/utils/toast.server.ts'
import { EmailSchema } from '#app/utils/validation.ts'

const InvitationFormSchema = z.discriminatedUnion('intent', [
	z.object({ intent: z.literal('invite'), email: EmailSchema, role: z.enum(roles) }),
	z.object({ intent: z.literal('revoke'), invitationId: z.string().min(1).max(40) }),
])

export const meta: MetaFunction = (args) => pageMeta(args, 'admin:organization.title')

// Unknown and foreign organisations look the same from outside.
function loadOrganization(params: unknown) {
	return requireFromParams(params, OrganizationParamsSchema, ({ organizationId }) => getOrganization(organizationId))
}

export async function loader({ request, params }: LoaderFunctionArgs) {
	const { organizationId } = OrganizationParamsSchema.parse(params)
	const user = await requirePermission(request, 'read:organization', { organizationId, hideExistence: true })
	const organization = await loadOrganization(params)
	const kind = organization.kind as OrganizationKind
	const canInvite = hasPermission(user, 'create:invitation', organization.id)
	return {
		organization: { id: organization.id, name: organization.name, kind },
		members: organization.memberships.map((membership) => ({
			id: membership.id,
			name: membership.user.name,
			email: membership.user.email,
			role: membership.role,
		})),
		invitations: canInvite ? await listOpenInvitations(organization.id) : [],
		canInvite,
		invitableRoles: assignableRoles[kind],
	}
}

export async function action({ request, params }: ActionFunctionArgs) {
	const { organizationId } = OrganizationParamsSchema.parse(params)
	await requirePermission(request, 'read:organization', { organizationId, hideExistence: true })
	const organization = await loadOrganization(params)
	const submission = await parseFormRequest(request, InvitationFormSchema)
	if (submission.status !== 'success') return invalidSubmission(submission)
	const permission = submission.value.intent === 'revoke' ? 'delete:invitation' : 'create:invitation'
	const user = await requirePermission(request, permission, { organizationId })
	const value = submission.value
	if (value.intent === 'revoke') {
		await revokeInvitation(value.invitationId, organization.id, user.id)
		return redirectWithToast(`/organisaties/${organization.id}`, { title: 'admin:toast.invitationRevoked' })
	}
	const result = await createInvitation({
		organizationId: organization.id,
		email: value.email,
		role: value.role,
		invitedBy: { id: user.id, name: user.name },
		locale: await getLocale(request),
	})
	if (!result.ok) {
		const field = result.problem === 'role-not-allowed' ? 'role' : 'email'
		return invalidSubmission(submission, { fieldErrors: { [field]: [`errors:invitation.${result.problem}`] } })
	}
	return redirectWithToast(`/organisaties/${organization.id}`, {
		title: 'admin:toast.invitationSent',
		values: { email: value.email },
	})
}

export default function OrganizationPage() {
	const { t } = useTranslation('admin')
	const { organization, members, invitations, canInvite, invitableRoles } = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	const formatDateTime = useFormatDateTime()
	const [form, fields] = useValidatedForm(InvitationFormSchema, {
		id: 'invite',
		lastResult: actionData?.result,
		defaultValue: { role: invitableRoles[0] },
	})
	return (
		<div className="space-y-6">
			<PageHeader title={organization.name}>{t(`organization.kind.${organization.kind}`)}</PageHeader>
			<Card>
				<h2 className="text-xl font-semibold">{t('organization.members')}</h2>
				<ul className="mt-2 divide-y divide-slate-200">
					{members.map((member) => (
						<li key={member.id} className="py-2">
							<span className="font-medium">{member.name}</span> · {member.email} · {t(`common:roles.${member.role}`)}
						</li>
					))}
				</ul>
			</Card>
			{canInvite ? (
				<Card>
					<h2 className="text-xl font-semibold">{t('organization.inviteTitle')}</h2>
					<p className="text-slate-800">{t('organization.inviteIntro')}</p>
					<Form
						method="post"
						className="mt-4 grid gap-4 md:grid-cols-[1fr_auto_auto] md:items-end"
						{...getFormProps(form)}
					>
						<FormErrors id={form.errorId} errors={form.errors} />
						<FormField field={fields.email} type="email" label={t('organization.inviteEmail')} autoComplete="off" />
						<SelectField
							label={t('organization.inviteRole')}
							selectProps={getSelectProps(fields.role)}
							options={invitableRoles.map((role) => ({ value: role, label: t(`common:roles.${role}`) }))}
							errors={fields.role.errors}
						/>
						<Button type="submit" name="intent" value="invite">
							{t('organization.inviteSubmit')}
						</Button>
					</Form>
					{invitations.length > 0 ? (
						<>
							<h3 className="mt-6 text-lg font-semibold">{t('organization.openInvitations')}</h3>
							<ul className="mt-2 divide-y divide-slate-200">
								{invitations.map((invitation) => (
									<li key={invitation.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
										<span>
											{invitation.email} · {t(`common:roles.${invitation.role}`)} ·{' '}
											{t('organization.validUntil', { date: formatDateTime(invitation.expiresAt) })}
										</span>
										<Form method="post">
											<input type="hidden" name="invitationId" value={invitation.id} />
											<Button type="submit" name="intent" value="revoke" variant="secondary">
												{t('organization.revoke')}
											</Button>
										</Form>
									</li>
								))}
							</ul>
						</>
					) : null}
				</Card>
			) : null}
		</div>
	)
}

export { RouteErrorBoundary as ErrorBoundary } from '#app/components/error-boundary.tsx'
