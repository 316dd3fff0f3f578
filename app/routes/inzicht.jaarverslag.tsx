import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { PageHeader } from '#app/components/page-header.tsx'
import { ReportPeriodForm, ReportPrintButton } from '#app/components/yearly-report-controls.tsx'
import { ReportNarrative } from '#app/components/yearly-report-narrative.tsx'
import { ReportAbout, ReportAppendix, ReportFigures } from '#app/components/yearly-report-sections.tsx'
import { LEFT_AFTER_MONTHS } from '#app/domain/insight/candidate-figures.server.ts'
import { type Insight } from '#app/domain/insight/insight.ts'
import { getInsight, requireInsightReader } from '#app/domain/insight/insight.server.ts'
import { NarrativeSchema } from '#app/domain/insight/narrative-schema.ts'
import { getNarrative, saveNarrative } from '#app/domain/insight/narrative.server.ts'
import { parseReportYear, yearlyReportPath, yearlyReportView } from '#app/domain/insight/yearly-report.ts'
import { requireNetworkUser } from '#app/domain/network/network-access.server.ts'
import { amsterdamDate } from '#app/utils/amsterdam-time.ts'
import { hasPermission } from '#app/utils/auth.server.ts'
import { now } from '#app/utils/clock.server.ts'
import { invalidSubmission, parseFormRequest } from '#app/utils/forms.server.ts'
import { pageMeta } from '#app/utils/meta.ts'
import { redirectWithToast } from '#app/utils/toast.server.ts'

export const meta: MetaFunction = (args) => pageMeta(args, 'yearlyReport:title')

function reportYearOf(request: Request) {
	return parseReportYear(new URL(request.url).searchParams, amsterdamDate(now()))
}

/** What the report prints, and no more: no staff names (contacts per person, caseloads), no trend points. */
function reportFigures(insight: Insight): Insight {
	return {
		...insight,
		candidates: { ...insight.candidates, trend: [] },
		network: { ...insight.network, contactsPerPerson: [] },
		caseload: [],
	}
}

export async function loader({ request }: LoaderFunctionArgs) {
	const { user, organizationId } = await requireInsightReader(request)
	const { year, years, period, narrativePeriod, invalid } = reportYearOf(request)
	const [insight, narrative] = await Promise.all([
		getInsight(organizationId, period),
		getNarrative(organizationId, narrativePeriod),
	])
	return {
		organizationName: user.organization?.name ?? '',
		year,
		years,
		period,
		invalid,
		today: amsterdamDate(now()),
		/** This year's report, looked at before the year is over. */
		running: period.to < narrativePeriod.to,
		insight: reportFigures(insight),
		narrative,
		canEdit: hasPermission(user, 'update:insight', organizationId),
		leftAfterMonths: LEFT_AFTER_MONTHS,
	}
}

export async function action({ request }: ActionFunctionArgs) {
	const { user, networkId } = await requireNetworkUser(request, 'update:insight')
	const { year, narrativePeriod, invalid } = reportYearOf(request)
	// The form posts to its own year; a year that cannot be shown is not silently saved under another.
	if (invalid) throw new Response('Bad Request', { status: 400 })
	const submission = await parseFormRequest(request, NarrativeSchema)
	if (submission.status !== 'success') return invalidSubmission(submission)
	await saveNarrative({
		organizationId: networkId,
		period: narrativePeriod,
		text: submission.value.text ?? '',
		userId: user.id,
	})
	return redirectWithToast(yearlyReportPath(year), { title: 'yearlyReport:narrative.saved' })
}

export default function YearlyReportPage() {
	const { t, i18n } = useTranslation('yearlyReport')
	const {
		organizationName,
		year,
		years,
		period,
		invalid,
		today,
		running,
		insight,
		narrative,
		canEdit,
		leftAfterMonths,
	} = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	const view = yearlyReportView(insight, { t, locale: i18n.language })
	return (
		<article className="yearly-report space-y-6">
			<PageHeader title={t('heading', { period: year })}>
				<p>{t('intro')}</p>
			</PageHeader>
			{invalid ? (
				<p role="status" className="rounded-md border-l-4 border-amber-700 bg-amber-50 p-3 text-amber-950 print:hidden">
					{t('period.invalid', { year })}
				</p>
			) : null}
			<div className="flex flex-wrap items-end justify-between gap-4 print:hidden">
				<ReportPeriodForm year={year} years={years} />
				<ReportPrintButton />
			</div>
			<ReportAbout organizationName={organizationName} period={period} today={today} running={running} />
			<ReportFigures view={view} />
			<ReportNarrative
				narrative={narrative}
				editable={canEdit}
				action={yearlyReportPath(year)}
				lastResult={actionData?.result}
			/>
			<ReportAppendix leftAfterMonths={leftAfterMonths} />
		</article>
	)
}

export { RouteErrorBoundary as ErrorBoundary } from '#app/components/error-boundary.tsx'
