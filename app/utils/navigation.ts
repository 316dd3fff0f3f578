import { can, type Role } from './permissions.ts'

export type NavItem = { to: string; labelKey: string; end?: boolean }

/** The navigation a role sees; built from the same permissions the server checks. */
export function navigationFor(role: Role | null, organizationId: string | null): NavItem[] {
	const board: NavItem = { to: '/plekken', labelKey: 'nav.board' }
	if (!role) return [board, { to: '/registreren', labelKey: 'nav.signup' }]
	const items: NavItem[] = []
	if (role === 'EMPLOYER') {
		items.push({ to: '/werkgever', labelKey: 'nav.employerHome', end: true })
		items.push({ to: '/werkgever/plekken', labelKey: 'nav.myPlaces' })
		items.push({ to: '/werkgever/organisatie', labelKey: 'nav.organizationProfile' })
	}
	if (can(role, 'read:pool')) items.push({ to: '/werkgever/kandidaten', labelKey: 'nav.pool' })
	if (role === 'EMPLOYER' && can(role, 'read:proposal')) {
		items.push({ to: '/werkgever/voorstellen', labelKey: 'nav.employerProposals' })
	}
	if (can(role, 'read:candidate')) {
		items.push({ to: '/jobcoach', labelKey: 'nav.coachHome', end: true })
		items.push({ to: '/jobcoach/kandidaten', labelKey: 'nav.candidates' })
		if (can(role, 'create:proposal')) items.push({ to: '/jobcoach/voorstellen', labelKey: 'nav.coachProposals' })
		if (can(role, 'create:placement')) items.push({ to: '/jobcoach/plaatsingen', labelKey: 'nav.placements' })
	}
	if (can(role, 'read:network')) {
		items.push({ to: '/netwerk', labelKey: 'nav.network', end: true })
		items.push({ to: '/netwerk/bijeenkomsten', labelKey: 'nav.events' })
		items.push({ to: '/netwerk/klankbordgroepen', labelKey: 'nav.groups' })
		items.push({ to: '/netwerk/contacten', labelKey: 'nav.contacts' })
	}
	if (can(role, 'read:relationship')) items.push({ to: '/netwerk/relaties', labelKey: 'nav.relationships' })
	if (can(role, 'read:insight')) items.push({ to: '/inzicht', labelKey: 'nav.insight' })
	if (can(role, 'read:employer') && role !== 'ADMIN') items.push({ to: '/werkgevers', labelKey: 'nav.employers' })
	if (role !== 'EMPLOYER') items.push(board)
	if (organizationId && can(role, 'create:invitation') && role !== 'ADMIN') {
		items.push({ to: `/organisaties/${organizationId}`, labelKey: 'nav.colleagues' })
	}
	if (can(role, 'read:organization') && role === 'ADMIN') {
		items.push({ to: '/beheer', labelKey: 'nav.organizations', end: true })
		items.push({ to: '/beheer/accounts', labelKey: 'nav.accounts' })
	}
	if (can(role, 'read:outbox')) items.push({ to: '/dev/outbox', labelKey: 'nav.outbox' })
	items.push({ to: '/account/sessies', labelKey: 'nav.sessions' })
	return items
}
