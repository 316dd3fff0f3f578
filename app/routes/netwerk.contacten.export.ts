import { type LoaderFunctionArgs } from '@remix-run/node'
import { contactExportResponse } from '#app/domain/network/contact-export.server.ts'
import { parseContactFilter } from '#app/domain/network/contact-schema.ts'
import { listNetworkContacts } from '#app/domain/network/contacts.server.ts'
import { requireNetworkUser } from '#app/domain/network/network-access.server.ts'

/** Every contact the filtered list finds (past its display limit), as CSV or Excel (?formaat=csv|xlsx). */
export async function loader({ request }: LoaderFunctionArgs) {
	const { user } = await requireNetworkUser(request, 'read:network')
	const filter = parseContactFilter(new URL(request.url).searchParams)
	const { contacts } = await listNetworkContacts(filter, { limit: null })
	return contactExportResponse(request, { actorId: user.id, rows: contacts })
}
