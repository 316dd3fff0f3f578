import { type MetaFunction } from '@remix-run/node'
import { RouteErrorBoundary } from '#app/components/error-boundary.tsx'
import { pageMeta } from '#app/utils/meta.ts'

// A page title for the 404 page too (WCAG 2.4.2, axe rule document-title).
export const meta: MetaFunction = (args) => pageMeta(args, 'errors:page.notFound.title')

// Unknown paths render the 404 page inside the layout.
export async function loader() {
	throw new Response('Not Found', { status: 404 })
}

export default function NotFound() {
	return <RouteErrorBoundary />
}

export const ErrorBoundary = RouteErrorBoundary
