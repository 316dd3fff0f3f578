import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { NoticePage } from '#app/components/notice-page.tsx'
import { PageHeader } from '#app/components/page-header.tsx'
import { PlanForm } from '#app/components/plan-form.tsx'
import { keptText, PlanKeptValues } from '#app/components/plan-kept-values.tsx'
import { requirePlacement } from '#app/domain/matching/placements.server.ts'
import { planProblemMessages, SupportPlanSchema } from '#app/domain/plans/plan-schema.ts'
import { getSupportPlanForm, requirePlanPlacement, saveSupportPlan } from '#app/domain/plans/support-plans.server.ts'
import { invalidSubmission, parseFormRequest } from '#app/utils/forms.server.ts'
import { pageMeta } from '#app/utils/meta.ts'
import { redirectWithToast } from '#app/utils/toast.server.ts'

export const meta: MetaFunction = (args) => pageMeta(args, 'plans:form.metaTitle')

export async function loader({ request, params }: LoaderFunctionArgs) {
	const { user, placementId } = await requirePlacement(request, params, 'update:placement')
	return getSupportPlanForm(placementId, user.id)
}

export async function action({ request, params }: ActionFunctionArgs) {
	const { user, placementId, planId } = await requirePlanPlacement(request, params, 'update:placement')
	const submission = await parseFormRequest(request, SupportPlanSchema)
	// An add or remove button (a list intent, also without JavaScript): the form comes back changed.
	if (submission.status === undefined) return { result: submission.reply() }
	if (submission.status !== 'success') return invalidSubmission(submission)
	const result = await saveSupportPlan({ placementId, actorId: user.id, input: submission.value })
	if (!result.ok) return invalidSubmission(submission, { formErrors: [planProblemMessages[result.problem]] })
	return redirectWithToast(`/jobcoach/plaatsingen/${placementId}/plan`, {
		title: planId ? 'plans:toast.updated' : 'plans:toast.created',
	})
}

export default function SupportPlanFormPage() {
	const { t } = useTranslation('plans')
	const data = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	const planPath = `/jobcoach/plaatsingen/${data.placementId}/plan`
	if (data.ended) {
		// Ended while the coach was typing: the form is gone, what was typed is shown to copy.
		const typed = actionData?.result?.initialValue
		return (
			<div className="space-y-6">
				<NoticePage
					title={t('form.endedTitle')}
					message={t('errors.ended')}
					link={{ to: planPath, label: t('form.toPlan') }}
				/>
				{typed ? <PlanKeptValues items={keptPlan(typed, t)} /> : null}
			</div>
		)
	}
	return (
		<div className="space-y-6">
			<PageHeader title={t(data.exists ? 'form.editTitle' : 'form.newTitle')}>
				<p>{t('form.subtitle', { name: data.candidateName, place: data.placeTitle, employer: data.employerName })}</p>
			</PageHeader>
			<PlanForm
				placementId={data.placementId}
				contractHoursPerWeek={data.contractHoursPerWeek}
				exists={data.exists}
				defaultValue={data.defaultValue}
				lastResult={actionData?.result}
			/>
		</div>
	)
}

/** The typed plan as label and text, in the form's order. */
function keptPlan(values: Record<string, unknown>, t: (key: string, options?: Record<string, unknown>) => string) {
	const list = (value: unknown) => (Array.isArray(value) ? (value as unknown[]) : [])
	const goals = list(values.goals).map((goal, index) => ({
		key: `goal-${index}`,
		label: t('form.goal', { number: index + 1 }),
		value: keptText((goal as Record<string, unknown> | null)?.text),
	}))
	const fields = [
		['coachTasks', 'tasks.coach'],
		['employerTasks', 'tasks.employer'],
		['supervisorTasks', 'tasks.supervisor'],
		['supportHoursPerWeek', 'form.supportHoursPerWeek'],
		['supportPercent', 'form.supportPercent'],
		['startsOn', 'duration.startsOn'],
		['durationMonths', 'form.durationMonths'],
		['funderName', 'request.funderName'],
	] as const
	return [
		...goals,
		...fields.map(([name, label]) => ({ key: name, label: t(label), value: keptText(values[name]) })),
		{
			key: 'reviewDates',
			label: t('duration.reviewDates'),
			value: list(values.reviewDates).map(keptText).filter(Boolean).join(', '),
		},
	]
}

export { RouteErrorBoundary as ErrorBoundary } from '#app/components/error-boundary.tsx'
