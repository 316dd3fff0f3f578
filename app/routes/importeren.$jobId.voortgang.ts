import { type LoaderFunctionArgs } from '@remix-run/node'
import { requireImportJobProgress } from '#app/domain/imports/import-jobs.server.ts'

/** The import's progress as JSON, for the progress bar to poll: only the counters are read. */
export async function loader({ request, params }: LoaderFunctionArgs) {
	const progress = await requireImportJobProgress(request, params)
	return Response.json(progress, { headers: { 'Cache-Control': 'no-store' } })
}
