import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { useActionData, useLoaderData } from '@remix-run/react'
import { ImportUploadPage } from '#app/components/import-upload.tsx'
import { handleImportUpload, listImportJobs } from '#app/domain/imports/import-jobs.server.ts'
import { requireNetworkUser } from '#app/domain/network/network-access.server.ts'
import { pageMeta } from '#app/utils/meta.ts'

export const meta: MetaFunction = (args) => pageMeta(args, 'imports:upload.EMPLOYERS.title')

export async function loader({ request }: LoaderFunctionArgs) {
	const { networkId } = await requireNetworkUser(request, 'create:employer')
	return { jobs: await listImportJobs(networkId, 'EMPLOYERS') }
}

export async function action({ request }: ActionFunctionArgs) {
	const { user, networkId } = await requireNetworkUser(request, 'create:employer')
	return handleImportUpload(request, { kind: 'EMPLOYERS', organizationId: networkId, actorId: user.id })
}

export default function ImportEmployersPage() {
	const { jobs } = useLoaderData<typeof loader>()
	const problem = useActionData<typeof action>()
	return <ImportUploadPage kind="EMPLOYERS" problem={problem ?? null} jobs={jobs} />
}

export { RouteErrorBoundary as ErrorBoundary } from '#app/components/error-boundary.tsx'
