import { type LoaderFunctionArgs } from '@remix-run/node'
import { figureBySlug } from '#app/domain/insight/figure-tables.ts'
import { figureCsvResponse, getInsight, requireInsightReader } from '#app/domain/insight/insight.server.ts'
import { parsePeriodSearchParams } from '#app/domain/insight/period.ts'
import { amsterdamDate } from '#app/utils/amsterdam-time.ts'
import { now } from '#app/utils/clock.server.ts'
import { getLocale } from '#app/utils/locale.server.ts'

/**
 * One figure of the dashboard as a CSV file, for the period in the URL (the same params as the page;
 * a period that does not exist gives the default one, as on the page). An unknown figure is a 404.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
	const { organizationId } = await requireInsightReader(request)
	const figure = figureBySlug(params.figure)
	if (!figure) throw new Response('Not Found', { status: 404 })
	const { period } = parsePeriodSearchParams(new URL(request.url).searchParams, amsterdamDate(now()))
	return figureCsvResponse(figure, await getInsight(organizationId, period), await getLocale(request))
}
