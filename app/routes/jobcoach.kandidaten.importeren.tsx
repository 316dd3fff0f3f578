import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { useActionData, useLoaderData } from '@remix-run/react'
import { ImportUploadPage } from '#app/components/import-upload.tsx'
import { requireCandidateCoach } from '#app/domain/candidates/candidates.server.ts'
import { handleImportUpload, listImportJobs } from '#app/domain/imports/import-jobs.server.ts'
import { pageMeta } from '#app/utils/meta.ts'

export const meta: MetaFunction = (args) => pageMeta(args, 'imports:upload.CANDIDATES.title')

export async function loader({ request }: LoaderFunctionArgs) {
	const { organizationId } = await requireCandidateCoach(request, 'create:candidate')
	return { jobs: await listImportJobs(organizationId, 'CANDIDATES') }
}

export async function action({ request }: ActionFunctionArgs) {
	const { user, organizationId } = await requireCandidateCoach(request, 'create:candidate')
	return handleImportUpload(request, { kind: 'CANDIDATES', organizationId, actorId: user.id })
}

export default function ImportCandidatesPage() {
	const { jobs } = useLoaderData<typeof loader>()
	const problem = useActionData<typeof action>()
	return <ImportUploadPage kind="CANDIDATES" problem={problem ?? null} jobs={jobs} />
}

export { RouteErrorBoundary as ErrorBoundary } from '#app/components/error-boundary.tsx'
