import { type LoaderFunctionArgs } from '@remix-run/node'
import { progressOf, requireImportJob } from '#app/domain/imports/import-jobs.server.ts'

/** The import's progress as JSON, for the progress bar to poll. */
export async function loader({ request, params }: LoaderFunctionArgs) {
	const { job } = await requireImportJob(request, params)
	return Response.json(progressOf(job), { headers: { 'Cache-Control': 'no-store' } })
}
