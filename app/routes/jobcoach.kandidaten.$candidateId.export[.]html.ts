import { type LoaderFunctionArgs } from '@remix-run/node'
import { renderCandidateExportHtml } from '#app/domain/candidates/export-document.server.tsx'
import { requireCandidate } from '#app/domain/candidates/candidates.server.ts'
import { exportCandidate, exportFilename, exportHeaders } from '#app/domain/candidates/export.server.ts'
import { getLocale } from '#app/utils/locale.server.ts'

/** Everything about the candidate as one readable HTML page, to save, print or hand over. */
export async function loader({ request, params }: LoaderFunctionArgs) {
	const { user, candidateId } = await requireCandidate(request, params, 'read:candidate')
	const data = await exportCandidate({ candidateId, actorId: user.id, format: 'html' })
	const html = renderCandidateExportHtml(data, await getLocale(request))
	const headers = exportHeaders('text/html; charset=utf-8', exportFilename(data.code, 'html'))
	// A standalone document: nothing to load, nothing to run.
	headers.set('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'; sandbox")
	return new Response(html, { headers })
}
