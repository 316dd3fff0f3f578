import { type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { CandidateLayout } from '#app/components/candidate-header.tsx'
import { getCandidateHeader, requireCandidate } from '#app/domain/candidates/candidates.server.ts'
import { pageMeta } from '#app/utils/meta.ts'

// The name stays out of the page title: titles end up in browser history and screen sharing.
export const meta: MetaFunction = (args) => pageMeta(args, 'candidates:tabs.profile')

export async function loader({ request, params }: LoaderFunctionArgs) {
	const { user, candidateId } = await requireCandidate(request, params)
	return { candidate: await getCandidateHeader(candidateId, user.id) }
}

export default function CandidateRoute() {
	const { candidate } = useLoaderData<typeof loader>()
	return <CandidateLayout candidate={candidate} />
}

export { RouteErrorBoundary as ErrorBoundary } from '#app/components/error-boundary.tsx'
