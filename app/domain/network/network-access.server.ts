// Everything in the employer network belongs to one coaching organisation's network: the signed-in
// coordinator's or coach's own. This is the one way routes get that network's id.
import { requirePermission } from '#app/utils/auth.server.ts'
import { type PermissionRequest } from '#app/utils/permissions.ts'

export async function requireNetworkUser(request: Request, permission: PermissionRequest) {
	const user = await requirePermission(request, permission)
	const organization = user.organization
	// Roles with network permissions only exist in coaching organisations; anything else is refused.
	if (!organization || organization.kind !== 'COACHING') throw new Response('Forbidden', { status: 403 })
	return { user, networkId: organization.id }
}
