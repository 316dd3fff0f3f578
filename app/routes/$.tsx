import { RouteErrorBoundary } from '#app/components/error-boundary.tsx'

// Unknown paths render the 404 page inside the layout.
export async function loader() {
	throw new Response('Not Found', { status: 404 })
}

export default function NotFound() {
	return <RouteErrorBoundary />
}

export const ErrorBoundary = RouteErrorBoundary
