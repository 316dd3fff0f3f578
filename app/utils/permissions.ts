// Typed permission strings `action:entity:access`, shared by server checks and UI hiding.
// The UI only hides what the server already refuses.

export const roles = ['ADMIN', 'COORDINATOR', 'JOBCOACH', 'EMPLOYER'] as const
export type Role = (typeof roles)[number]
export const organizationKinds = ['PLATFORM', 'COACHING', 'EMPLOYER', 'STAKEHOLDER'] as const
export type OrganizationKind = (typeof organizationKinds)[number]

type Action = 'create' | 'read' | 'update' | 'delete'
/** `employer` is the staff view of employer organisations (all of them); `organization` is membership-scoped. */
type Entity =
	| 'organization'
	| 'invitation'
	| 'user'
	| 'audit'
	| 'outbox'
	| 'candidate'
	| 'place'
	| 'employer'
	/** The pseudonymised pool of candidates who consented to be found (employers). */
	| 'pool'
	| 'proposal'
	| 'placement'
	/** Employer relationships: the timeline and logging contacts (coordinators and jobcoaches). */
	| 'relationship'
	/** The network's events, sounding-board groups and contacts (coordinators). */
	| 'network'
	/** Aggregate figures: the dashboard and the yearly report (never a candidate's identity). */
	| 'insight'
type Access = 'own' | 'any'
export type PermissionString = `${Action}:${Entity}:${Access}`
export type PermissionRequest = `${Action}:${Entity}`

const rolePermissions: Record<Role, readonly PermissionString[]> = {
	ADMIN: [
		'read:organization:any',
		'create:organization:any',
		'update:organization:any',
		'create:invitation:any',
		'read:invitation:any',
		'delete:invitation:any',
		'read:user:any',
		'update:user:any',
		'read:audit:any',
		'read:outbox:any',
		'read:employer:any',
		'read:place:any',
	],
	COORDINATOR: [
		'read:network:own',
		'create:network:own',
		'update:network:own',
		'read:relationship:own',
		'create:relationship:own',
		'update:relationship:own',
		'read:insight:own',
		'update:insight:own',
		'read:organization:own',
		'read:employer:any',
		'create:employer:any',
		'update:employer:any',
		'read:place:any',
	],
	// Candidates are special-category data: only jobcoaches of the candidate's own organisation.
	// Coordinators and admins see aggregate figures only, never a candidate.
	JOBCOACH: [
		'read:candidate:own',
		'create:candidate:own',
		'update:candidate:own',
		'delete:candidate:own',
		'read:organization:own',
		'read:employer:any',
		'read:place:any',
		'create:proposal:own',
		'read:proposal:own',
		'update:proposal:own',
		'create:placement:own',
		'read:placement:own',
		'update:placement:own',
		'read:relationship:own',
		'create:relationship:own',
		'read:insight:own',
	],
	EMPLOYER: [
		'read:organization:own',
		'update:organization:own',
		'create:invitation:own',
		'read:invitation:own',
		'delete:invitation:own',
		'read:place:own',
		'create:place:own',
		'update:place:own',
		'read:pool:own',
		'read:proposal:own',
		'update:proposal:own',
		'read:placement:own',
	],
}

/** Roles an organisation of each kind may hand out; keeps an employer from inviting an admin. */
export const assignableRoles: Record<OrganizationKind, readonly Role[]> = {
	PLATFORM: ['ADMIN'],
	COACHING: ['JOBCOACH', 'COORDINATOR'],
	EMPLOYER: ['EMPLOYER'],
	STAKEHOLDER: [],
}

export function isRole(value: unknown): value is Role {
	return typeof value === 'string' && (roles as readonly string[]).includes(value)
}

/** Which access level a role has for a permission: 'any' beats 'own'; null means none. */
export function accessFor(role: Role | null, permission: PermissionRequest): Access | null {
	if (!role) return null
	const granted = rolePermissions[role]
	if (granted.includes(`${permission}:any`)) return 'any'
	if (granted.includes(`${permission}:own`)) return 'own'
	return null
}

export function can(role: Role | null, permission: PermissionRequest): boolean {
	return accessFor(role, permission) !== null
}

/** Each role's start page after login. */
export const startPaths: Record<Role, string> = {
	ADMIN: '/beheer',
	COORDINATOR: '/netwerk',
	JOBCOACH: '/jobcoach',
	EMPLOYER: '/werkgever',
}
