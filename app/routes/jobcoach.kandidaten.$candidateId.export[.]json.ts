import { type LoaderFunctionArgs } from '@remix-run/node'
import { requireCandidate } from '#app/domain/candidates/candidates.server.ts'
import { exportCandidate, exportFilename, exportHeaders } from '#app/domain/candidates/export.server.ts'

/** Everything about the candidate as a JSON file (right of access and portability). */
export async function loader({ request, params }: LoaderFunctionArgs) {
	const { user, candidateId } = await requireCandidate(request, params, 'read:candidate')
	const data = await exportCandidate({ candidateId, actorId: user.id, format: 'json' })
	return new Response(JSON.stringify(data, null, 2), {
		headers: exportHeaders('application/json; charset=utf-8', exportFilename(data.code, 'json')),
	})
}
