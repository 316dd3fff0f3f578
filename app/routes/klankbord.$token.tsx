import { getFormProps } from '@conform-to/react'
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { ContactLinkNotice, noIndex } from '#app/components/contact-link-notice.tsx'
import { GroupTopicList } from '#app/components/group-topic-list.tsx'
import { Card, PageHeader } from '#app/components/page-header.tsx'
import { Button } from '#app/components/ui/button.tsx'
import { FormErrors, FormField, RadioGroup, TextareaField } from '#app/components/ui/field.tsx'
import { TOPIC_BODY_MAX_LENGTH, TopicSchema, topicKinds } from '#app/domain/network/group-schema.ts'
import { getTopicLink, submitTopic, topicLinkStatus } from '#app/domain/network/group-topics.server.ts'
import { formatDateTime } from '#app/utils/format.ts'
import { invalidSubmission, parseFormRequest } from '#app/utils/forms.server.ts'
import { useValidatedForm } from '#app/utils/forms.ts'
import { pageMeta } from '#app/utils/meta.ts'
import { redirectWithToast } from '#app/utils/toast.server.ts'

// A sounding-board member's personal page (from the call for topics): no login, the link is the
// authorisation. It shows the group, the next session and the member's own topics, never other members.

export const meta: MetaFunction = (args) => [...pageMeta(args, 'contacts:topics.title'), noIndex]

function tokenOf(params: { token?: string }) {
	return (params.token ?? '').slice(0, 100)
}

export async function loader({ params }: LoaderFunctionArgs) {
	const link = await getTopicLink(tokenOf(params))
	if (!link.ok) return data({ problem: link.problem, page: null }, { status: topicLinkStatus[link.problem] })
	return { problem: null, page: link }
}

export async function action({ request, params }: ActionFunctionArgs) {
	const token = tokenOf(params)
	const link = await getTopicLink(token)
	if (!link.ok) return data({ problem: link.problem, result: null }, { status: topicLinkStatus[link.problem] })
	const submission = await parseFormRequest(request, TopicSchema)
	if (submission.status !== 'success') return invalidSubmission(submission)
	const topic = await submitTopic({ memberId: link.member.id, groupId: link.group.id, values: submission.value })
	return redirectWithToast(`/klankbord/${token}`, {
		title: topic.eventId ? 'contacts:toast.topicOnAgenda' : 'contacts:toast.topicSaved',
	})
}

export default function TopicsPage() {
	const { t, i18n } = useTranslation('contacts')
	const { problem, page } = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	const actionProblem = actionData && 'problem' in actionData ? actionData.problem : null
	const lastResult = actionData && 'result' in actionData ? actionData.result : null
	const [form, fields] = useValidatedForm(TopicSchema, { id: 'topic', lastResult })
	if (problem || actionProblem || !page)
		return <ContactLinkNotice page="topics" problem={problem ?? actionProblem ?? 'unknown'} />
	const { group, member, nextSession, topics } = page
	return (
		<div className="mx-auto max-w-2xl space-y-6">
			<PageHeader title={group.name}>
				<p>{t('topics.greeting', { name: member.name })}</p>
			</PageHeader>
			<Card>
				<h2 className="text-xl font-semibold text-slate-900">{t('topics.purpose')}</h2>
				<p className="mt-2 whitespace-pre-line text-slate-800">{group.purpose}</p>
				<h2 className="mt-4 text-xl font-semibold text-slate-900">{t('topics.nextSession')}</h2>
				<p className="mt-2 text-slate-800">
					{nextSession
						? t('topics.nextSessionAt', {
								title: nextSession.title,
								date: formatDateTime(nextSession.startsAt, i18n.language),
							})
						: t('topics.noSession')}
				</p>
				{nextSession?.location ? (
					<p className="text-slate-800">{t('topics.location', { location: nextSession.location })}</p>
				) : null}
			</Card>
			<Card>
				<h2 className="text-xl font-semibold text-slate-900">{t('topics.formTitle')}</h2>
				<p className="mt-1 text-slate-700">{nextSession ? t('topics.formIntroPlanned') : t('topics.formIntroOpen')}</p>
				<Form method="post" className="mt-4 space-y-4" {...getFormProps(form)}>
					<FormErrors id={form.errorId} errors={form.errors} />
					<RadioGroup
						field={fields.kind}
						legend={t('topics.kind')}
						options={topicKinds.map((kind) => ({ value: kind, label: t(`topics.kindOptions.${kind}`) }))}
						layout="list"
					/>
					<FormField field={fields.title} label={t('topics.titleField')} autoComplete="off" />
					<TextareaField
						field={fields.body}
						label={t('topics.body')}
						hint={t('topics.bodyHint', { count: TOPIC_BODY_MAX_LENGTH })}
						rows={6}
					/>
					<Button type="submit">{t('topics.submit')}</Button>
				</Form>
			</Card>
			<section aria-labelledby="own-topics-heading" className="space-y-3">
				<h2 id="own-topics-heading" className="text-xl font-semibold text-slate-900">
					{t('topics.ownTopics')}
				</h2>
				<GroupTopicList topics={topics} emptyText={t('topics.noOwnTopics')} showAgenda />
			</section>
		</div>
	)
}

export { RouteErrorBoundary as ErrorBoundary } from '#app/components/error-boundary.tsx'
