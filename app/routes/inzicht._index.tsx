import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { useActionData, useLoaderData } from '@remix-run/react'
import { InsightDashboard } from '#app/components/insight-dashboard.tsx'
import { LEFT_AFTER_MONTHS } from '#app/domain/insight/candidate-figures.server.ts'
import { ContractHoursSchema } from '#app/domain/insight/contract-hours-schema.ts'
import { getContractHours, saveContractHours } from '#app/domain/insight/contract-hours.server.ts'
import { getInsight, requireInsightReader } from '#app/domain/insight/insight.server.ts'
import { parsePeriodSearchParams, recentQuarters } from '#app/domain/insight/period.ts'
import { requireNetworkUser } from '#app/domain/network/network-access.server.ts'
import { amsterdamDate } from '#app/utils/amsterdam-time.ts'
import { hasPermission } from '#app/utils/auth.server.ts'
import { now } from '#app/utils/clock.server.ts'
import { getEnv } from '#app/utils/env.server.ts'
import { invalidSubmission, parseFormRequest } from '#app/utils/forms.server.ts'
import { pageMeta } from '#app/utils/meta.ts'
import { redirectWithToast } from '#app/utils/toast.server.ts'

export const meta: MetaFunction = (args) => pageMeta(args, 'insight:title')

/** Every aggregate figure of the reader's own coaching organisation, for the period the URL asks for. */
export async function loader({ request }: LoaderFunctionArgs) {
	const { user, organizationId } = await requireInsightReader(request)
	const today = amsterdamDate(now())
	const { selection, period, invalid } = parsePeriodSearchParams(new URL(request.url).searchParams, today)
	const canEditContractHours = hasPermission(user, 'update:insight', organizationId)
	return {
		insight: await getInsight(organizationId, period),
		selection,
		invalid,
		today,
		quarters: recentQuarters(today),
		settings: { leftAfterMonths: LEFT_AFTER_MONTHS, candidatesPerHour: getEnv().CANDIDATES_PER_CONTRACT_HOUR },
		/** The jobcoaches' contracted hours, for the coordinator's form; null for readers who may not change them. */
		contractHours: canEditContractHours ? await getContractHours(organizationId) : null,
	}
}

/** Coordinators set the contracted hours of their own organisation's jobcoaches. */
export async function action({ request }: ActionFunctionArgs) {
	const { networkId } = await requireNetworkUser(request, 'update:insight')
	const submission = await parseFormRequest(request, ContractHoursSchema)
	if (submission.status !== 'success') return invalidSubmission(submission)
	if (!(await saveContractHours(networkId, submission.value.coaches))) {
		return invalidSubmission(submission, { formErrors: ['insight:contractHours.unknownCoach'] })
	}
	const url = new URL(request.url)
	return redirectWithToast(`${url.pathname}${url.search}#figure-caseload`, { title: 'insight:contractHours.saved' })
}

export default function InsightPage() {
	const actionData = useActionData<typeof action>()
	return <InsightDashboard {...useLoaderData<typeof loader>()} contractHoursResult={actionData?.result} />
}

export { RouteErrorBoundary as ErrorBoundary } from '#app/components/error-boundary.tsx'
