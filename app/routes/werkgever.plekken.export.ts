import { type LoaderFunctionArgs } from '@remix-run/node'
import { ownPlaceExportResponse } from '#app/domain/places/place-export.server.ts'
import { listOrganizationPlaces, requirePlaceEmployer } from '#app/domain/places/places.server.ts'

/** The signed-in employer's own places, every status, as CSV or Excel (?formaat=csv|xlsx). */
export async function loader({ request }: LoaderFunctionArgs) {
	const { user, organizationId } = await requirePlaceEmployer(request)
	const groups = await listOrganizationPlaces(organizationId)
	return ownPlaceExportResponse(request, { actorId: user.id, organizationId, groups })
}
