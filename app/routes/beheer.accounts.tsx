import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import { PageHeader } from '#app/components/page-header.tsx'
import { DataTable } from '#app/components/ui/data-table.tsx'
import { Button } from '#app/components/ui/button.tsx'
import { changeMembershipRole, listUsers, setUserDisabled } from '#app/domain/auth/users.server.ts'
import { requirePermission } from '#app/utils/auth.server.ts'
import { parseFormRequest } from '#app/utils/forms.server.ts'
import { pageMeta } from '#app/utils/meta.ts'
import { assignableRoles, roles, type OrganizationKind } from '#app/utils/permissions.ts'
import { redirectWithToast } from '#app/utils/toast.server.ts'

const AccountActionSchema = z.discriminatedUnion('intent', [
	z.object({ intent: z.literal('change-role'), membershipId: z.string().min(1).max(40), role: z.enum(roles) }),
	z.object({ intent: z.enum(['disable', 'enable']), userId: z.string().min(1).max(40) }),
])

export const meta: MetaFunction = (args) => pageMeta(args, 'admin:accounts.title')

export async function loader({ request }: LoaderFunctionArgs) {
	const admin = await requirePermission(request, 'read:user')
	const users = await listUsers()
	return {
		currentUserId: admin.id,
		users: users.map((user) => ({
			id: user.id,
			name: user.name,
			email: user.email,
			emailVerified: user.emailVerifiedAt !== null,
			disabled: user.disabledAt !== null,
			memberships: user.memberships.map((membership) => ({
				id: membership.id,
				role: membership.role,
				organizationName: membership.organization.name,
				assignableRoles: assignableRoles[membership.organization.kind as OrganizationKind],
			})),
		})),
	}
}

export async function action({ request }: ActionFunctionArgs) {
	const admin = await requirePermission(request, 'update:user')
	const submission = await parseFormRequest(request, AccountActionSchema)
	if (submission.status !== 'success') throw new Response('Bad Request', { status: 400 })
	const value = submission.value
	if (value.intent === 'change-role') {
		const result = await changeMembershipRole({ membershipId: value.membershipId, role: value.role, actorId: admin.id })
		if (!result.ok)
			return redirectWithToast('/beheer/accounts', { type: 'error', title: `errors:invitation.${result.problem}` })
		return redirectWithToast('/beheer/accounts', { title: 'admin:toast.roleChanged' })
	}
	if (value.userId === admin.id) {
		return redirectWithToast('/beheer/accounts', { type: 'error', title: 'admin:toast.cannotDisableSelf' })
	}
	await setUserDisabled({ userId: value.userId, disabled: value.intent === 'disable', actorId: admin.id })
	return redirectWithToast('/beheer/accounts', {
		title: `admin:toast.${value.intent === 'disable' ? 'disabled' : 'enabled'}`,
	})
}

export default function AdminAccounts() {
	const { t } = useTranslation('admin')
	const { users, currentUserId } = useLoaderData<typeof loader>()
	return (
		<div className="space-y-6">
			<PageHeader title={t('accounts.title')}>{t('accounts.intro')}</PageHeader>
			<DataTable
				caption={t('accounts.title')}
				columns={[
					{ label: t('accounts.person') },
					{ label: t('accounts.membership') },
					{ label: t('accounts.status') },
				]}
			>
				{users.map((user) => (
					<tr key={user.id} className="border-b border-slate-200 align-top">
						<td className="p-2">
							<span className="font-medium">{user.name}</span>
							<br />
							{user.email}
						</td>
						<td className="p-2">
							{user.memberships.map((membership) => (
								<Form method="post" key={membership.id} className="flex flex-wrap items-center gap-2">
									<input type="hidden" name="membershipId" value={membership.id} />
									<label htmlFor={`role-${membership.id}`}>{membership.organizationName}</label>
									<select
										id={`role-${membership.id}`}
										name="role"
										defaultValue={membership.role}
										className="rounded-md border border-slate-500 bg-white px-2 py-1"
									>
										{membership.assignableRoles.map((role) => (
											<option key={role} value={role}>
												{t(`common:roles.${role}`)}
											</option>
										))}
									</select>
									<Button type="submit" name="intent" value="change-role" variant="secondary">
										{t('accounts.saveRole')}
									</Button>
								</Form>
							))}
						</td>
						<td className="p-2">
							<p>{user.disabled ? t('accounts.disabled') : t('accounts.active')}</p>
							{user.id === currentUserId ? null : (
								<Form method="post">
									<input type="hidden" name="userId" value={user.id} />
									<Button
										type="submit"
										name="intent"
										value={user.disabled ? 'enable' : 'disable'}
										variant={user.disabled ? 'secondary' : 'danger'}
									>
										{user.disabled ? t('accounts.enable') : t('accounts.disable')}
									</Button>
								</Form>
							)}
						</td>
					</tr>
				))}
			</DataTable>
		</div>
	)
}

export { RouteErrorBoundary as ErrorBoundary } from '#app/components/error-boundary.tsx'
