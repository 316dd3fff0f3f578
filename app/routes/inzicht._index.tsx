import { type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { InsightDashboard } from '#app/components/insight-dashboard.tsx'
import { LEFT_AFTER_MONTHS } from '#app/domain/insight/candidate-figures.server.ts'
import { getInsight, requireInsightReader } from '#app/domain/insight/insight.server.ts'
import { parsePeriodSearchParams, recentQuarters } from '#app/domain/insight/period.ts'
import { amsterdamDate } from '#app/utils/amsterdam-time.ts'
import { now } from '#app/utils/clock.server.ts'
import { getEnv } from '#app/utils/env.server.ts'
import { pageMeta } from '#app/utils/meta.ts'

export const meta: MetaFunction = (args) => pageMeta(args, 'insight:title')

/** Every aggregate figure of the reader's own coaching organisation, for the period the URL asks for. */
export async function loader({ request }: LoaderFunctionArgs) {
	const { organizationId } = await requireInsightReader(request)
	const today = amsterdamDate(now())
	const { selection, period, invalid } = parsePeriodSearchParams(new URL(request.url).searchParams, today)
	return {
		insight: await getInsight(organizationId, period),
		selection,
		invalid,
		today,
		quarters: recentQuarters(today),
		settings: { leftAfterMonths: LEFT_AFTER_MONTHS, candidatesPerHour: getEnv().CANDIDATES_PER_CONTRACT_HOUR },
	}
}

export default function InsightPage() {
	return <InsightDashboard {...useLoaderData<typeof loader>()} />
}

export { RouteErrorBoundary as ErrorBoundary } from '#app/components/error-boundary.tsx'
