import { getFormProps, getSelectProps } from '@conform-to/react'
import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import { GroupStatusBadge } from '#app/components/group-status.tsx'
import { GroupTopicList } from '#app/components/group-topic-list.tsx'
import { Card, PageHeader } from '#app/components/page-header.tsx'
import { focusRing, plainTextLinkClass } from '#app/components/place-card.tsx'
import { Button } from '#app/components/ui/button.tsx'
import { FormErrors, SelectField } from '#app/components/ui/field.tsx'
import { listContactChoices } from '#app/domain/network/contacts.server.ts'
import { GroupActionSchema, type GroupIntent } from '#app/domain/network/group-schema.ts'
import { requestTopics } from '#app/domain/network/group-topics.server.ts'
import {
	addGroupMember,
	findGroup,
	getGroup,
	removeGroupMember,
	setGroupStatus,
	UNKNOWN_CONTACT,
} from '#app/domain/network/groups.server.ts'
import { requireNetworkUser } from '#app/domain/network/network-access.server.ts'
import { hasPermission } from '#app/utils/auth.server.ts'
import { formatDate, formatDateTime } from '#app/utils/format.ts'
import { invalidSubmission, parseFormRequest } from '#app/utils/forms.server.ts'
import { useValidatedForm } from '#app/utils/forms.ts'
import { pageMeta } from '#app/utils/meta.ts'
import { requireFromParams } from '#app/utils/params.ts'
import { redirectWithToast } from '#app/utils/toast.server.ts'

const ParamsSchema = z.object({ groupId: z.string().min(1).max(40) })

export const meta: MetaFunction<typeof loader> = (args) =>
	pageMeta(args, 'contacts:groups.detail.metaTitle', undefined, { values: { name: args.data?.group.name ?? '' } })

export async function loader({ request, params }: LoaderFunctionArgs) {
	const { user, networkId } = await requireNetworkUser(request, 'read:network')
	const group = await requireFromParams(params, ParamsSchema, ({ groupId }) => getGroup(networkId, groupId))
	const memberIds = new Set(group.activeMembers.map((member) => member.contactPersonId))
	const contacts = (await listContactChoices()).filter((contact) => !memberIds.has(contact.id))
	return { group, contacts, canUpdate: hasPermission(user, 'update:network', networkId) }
}

export async function action({ request, params }: ActionFunctionArgs) {
	const { user, networkId } = await requireNetworkUser(request, 'update:network')
	const group = await requireFromParams(params, ParamsSchema, ({ groupId }) => findGroup(networkId, groupId))
	const submission = await parseFormRequest(request, GroupActionSchema)
	if (submission.status !== 'success') return invalidSubmission(submission)
	const value = submission.value
	const path = `/netwerk/klankbordgroepen/${group.id}`
	switch (value.intent) {
		case 'add-member': {
			const added = await addGroupMember(group.id, value.contactPersonId)
			if (!added) return invalidSubmission(submission, { fieldErrors: { contactPersonId: [UNKNOWN_CONTACT] } })
			return redirectWithToast(path, { title: 'contacts:toast.memberAdded' })
		}
		case 'remove-member': {
			if (!(await removeGroupMember(group.id, value.memberId))) throw new Response('Not Found', { status: 404 })
			return redirectWithToast(path, { title: 'contacts:toast.memberRemoved' })
		}
		case 'set-status': {
			await setGroupStatus(group.id, value.status)
			return redirectWithToast(path, {
				title: value.status === 'ON_HOLD' ? 'contacts:toast.groupOnHold' : 'contacts:toast.groupActive',
			})
		}
		case 'request-topics': {
			const summary = await requestTopics({ groupId: group.id, senderName: user.name })
			const skipped = summary.skipped.BOUNCED + summary.skipped.NO_EMAIL + summary.skipped.OPTED_OUT
			return redirectWithToast(path, {
				type: summary.failed > 0 ? 'error' : 'success',
				title: 'contacts:toast.topicsRequested',
				description: 'contacts:toast.topicsRequestedDetail',
				values: {
					count: String(summary.sent),
					alreadyAsked: String(summary.alreadyAsked),
					skipped: String(skipped),
					failed: String(summary.failed),
				},
			})
		}
	}
}

type LoaderData = ReturnType<typeof useLoaderData<typeof loader>>
type Group = LoaderData['group']

export default function GroupPage() {
	const { t, i18n } = useTranslation('contacts')
	const { group, contacts, canUpdate } = useLoaderData<typeof loader>()
	return (
		<div className="space-y-8">
			<PageHeader title={group.name}>
				<p className="whitespace-pre-line">{group.purpose}</p>
			</PageHeader>
			<p>
				<Link to="/netwerk/klankbordgroepen" className={plainTextLinkClass}>
					{t('groups.detail.toList')}
				</Link>
			</p>

			<Card>
				<h2 className="text-xl font-semibold text-slate-900">{t('groups.detail.statusTitle')}</h2>
				<dl className="mt-3 grid gap-x-6 gap-y-3 sm:grid-cols-3">
					<div>
						<dt className="font-medium text-slate-700">{t('groups.detail.status')}</dt>
						<dd>
							<GroupStatusBadge status={group.status} since={group.statusChangedAt} />
						</dd>
					</div>
					<div>
						<dt className="font-medium text-slate-700">{t('groups.detail.lastMet')}</dt>
						<dd>{group.lastMetAt ? formatDate(group.lastMetAt, i18n.language) : t('groups.list.neverMet')}</dd>
					</div>
					<div>
						<dt className="font-medium text-slate-700">{t('groups.detail.nextSession')}</dt>
						<dd>
							{group.nextSession
								? formatDateTime(group.nextSession.startsAt, i18n.language)
								: t('groups.list.noSession')}
						</dd>
					</div>
				</dl>
				{canUpdate ? (
					<Form method="post" className="mt-4">
						<input type="hidden" name="status" value={group.status === 'ACTIVE' ? 'ON_HOLD' : 'ACTIVE'} />
						<Button type="submit" name="intent" value="set-status" variant="secondary">
							{group.status === 'ACTIVE' ? t('groups.detail.putOnHold') : t('groups.detail.makeActive')}
						</Button>
					</Form>
				) : null}
			</Card>

			<MembersSection group={group} contacts={contacts} canUpdate={canUpdate} />
			<SessionsSection group={group} canUpdate={canUpdate} />
			<TopicsSection group={group} canUpdate={canUpdate} />
		</div>
	)
}

function MembersSection({
	group,
	contacts,
	canUpdate,
}: {
	group: Group
	contacts: LoaderData['contacts']
	canUpdate: boolean
}) {
	const { t, i18n } = useTranslation('contacts')
	return (
		<section aria-labelledby="members-heading" className="space-y-4">
			<h2 id="members-heading" className="text-2xl font-semibold text-slate-900">
				{t('groups.detail.members', { count: group.activeMembers.length })}
			</h2>
			{group.activeMembers.length === 0 ? (
				<p>{t('groups.detail.noMembers')}</p>
			) : (
				<ul className="divide-y divide-slate-200 rounded-lg border border-slate-300 bg-white">
					{group.activeMembers.map((member) => (
						<li key={member.id} className="flex flex-wrap items-center justify-between gap-3 p-3">
							<div>
								<Link
									to={`/netwerk/contacten/${member.contactPersonId}`}
									className={`font-medium ${plainTextLinkClass}`}
								>
									{member.name}
								</Link>
								<span className="text-slate-700">
									{' '}
									· {member.jobTitle ? `${member.jobTitle}, ` : null}
									{member.organizationName}
								</span>
								{member.mailBlock ? (
									<p className="text-sm font-semibold text-red-900">
										{t(`groups.detail.mailBlock.${member.mailBlock}`)}
									</p>
								) : null}
							</div>
							{canUpdate ? (
								<Form method="post">
									<input type="hidden" name="memberId" value={member.id} />
									<Button type="submit" name="intent" value="remove-member" variant="secondary">
										{t('groups.detail.removeMember')}
										<span className="sr-only"> {member.name}</span>
									</Button>
								</Form>
							) : null}
						</li>
					))}
				</ul>
			)}
			{canUpdate ? <AddMemberForm contacts={contacts} /> : null}
			{group.formerMembers.length > 0 ? (
				<details>
					<summary className={`cursor-pointer ${plainTextLinkClass}`}>
						{t('groups.detail.formerMembers', { count: group.formerMembers.length })}
					</summary>
					<ul className="mt-2 list-disc space-y-1 pl-6">
						{group.formerMembers.map((member) => (
							<li key={member.id}>
								{t('groups.detail.leftOn', {
									name: member.name,
									organization: member.organizationName,
									date: formatDate(member.leftAt!, i18n.language),
								})}
							</li>
						))}
					</ul>
				</details>
			) : null}
		</section>
	)
}

function AddMemberForm({ contacts }: { contacts: LoaderData['contacts'] }) {
	const { t } = useTranslation('contacts')
	const actionData = useActionData<typeof action>()
	const intent: GroupIntent = 'add-member'
	const lastResult = actionData?.result.initialValue?.intent === intent ? actionData.result : null
	const [form, fields] = useValidatedForm(GroupActionSchema, { id: 'add-member', lastResult })
	if (contacts.length === 0) return null
	return (
		<Form method="post" className="flex flex-wrap items-end gap-3" {...getFormProps(form)}>
			<input type="hidden" name="intent" value={intent} />
			<FormErrors id={form.errorId} errors={form.errors} />
			<SelectField
				className="min-w-64 flex-1"
				label={t('groups.detail.addMemberLabel')}
				errors={fields.contactPersonId.errors}
				selectProps={getSelectProps(fields.contactPersonId)}
				options={[
					{ value: '', label: t('groups.detail.addMemberPlaceholder') },
					...contacts.map((contact) => ({ value: contact.id, label: `${contact.name} (${contact.organizationName})` })),
				]}
			/>
			<Button type="submit">{t('groups.detail.addMember')}</Button>
		</Form>
	)
}

function SessionsSection({ group, canUpdate }: { group: Group; canUpdate: boolean }) {
	const { t, i18n } = useTranslation('contacts')
	const upcoming = group.sessions.filter((session) => !session.past)
	const past = group.sessions.filter((session) => session.past).reverse()
	const sessionList = (sessions: Group['sessions'], emptyText: string) =>
		sessions.length === 0 ? (
			<p className="text-slate-700">{emptyText}</p>
		) : (
			<ul className="space-y-1">
				{sessions.map((session) => (
					<li key={session.id}>
						<Link to={`/netwerk/bijeenkomsten/${session.id}`} className={plainTextLinkClass}>
							{session.title}
						</Link>{' '}
						· {formatDateTime(session.startsAt, i18n.language)}
						{session.cancelled ? <strong> · {t('groups.detail.cancelled')}</strong> : null}
					</li>
				))}
			</ul>
		)
	return (
		<section aria-labelledby="sessions-heading" className="space-y-4">
			<h2 id="sessions-heading" className="text-2xl font-semibold text-slate-900">
				{t('groups.detail.sessions')}
			</h2>
			{canUpdate ? (
				<p>
					<Link
						to={`/netwerk/bijeenkomsten/nieuw?groep=${group.id}`}
						className={`inline-block rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 ${focusRing}`}
					>
						{t('groups.detail.planSession')}
					</Link>
				</p>
			) : null}
			<div className="grid gap-6 md:grid-cols-2">
				<div>
					<h3 className="mb-2 font-semibold text-slate-900">{t('groups.detail.upcoming')}</h3>
					{sessionList(upcoming, t('groups.detail.noUpcoming'))}
				</div>
				<div>
					<h3 className="mb-2 font-semibold text-slate-900">{t('groups.detail.past')}</h3>
					{sessionList(past, t('groups.detail.noPast'))}
				</div>
			</div>
		</section>
	)
}

function TopicsSection({ group, canUpdate }: { group: Group; canUpdate: boolean }) {
	const { t, i18n } = useTranslation('contacts')
	const sessionsWithTopics = group.sessions.filter((session) => session.topics.length > 0)
	return (
		<section aria-labelledby="topics-heading" className="space-y-4">
			<h2 id="topics-heading" className="text-2xl font-semibold text-slate-900">
				{t('groups.detail.topics')}
			</h2>
			<p className="text-slate-800">{t('groups.detail.topicsIntro')}</p>
			{canUpdate ? (
				<Card>
					<h3 className="font-semibold text-slate-900">{t('groups.detail.requestTopicsTitle')}</h3>
					<p className="mt-1 text-slate-700">{t('groups.detail.requestTopicsIntro')}</p>
					<Form method="post" className="mt-3">
						<Button type="submit" name="intent" value="request-topics" disabled={group.activeMembers.length === 0}>
							{t('groups.detail.requestTopics')}
						</Button>
					</Form>
				</Card>
			) : null}
			<div>
				<h3 className="mb-2 font-semibold text-slate-900">{t('groups.detail.openTopics')}</h3>
				<GroupTopicList topics={group.openTopics} emptyText={t('groups.detail.noOpenTopics')} />
			</div>
			{sessionsWithTopics.map((session) => (
				<div key={session.id}>
					<h3 className="mb-2 font-semibold text-slate-900">
						{t('groups.detail.sessionTopics', {
							title: session.title,
							date: formatDate(session.startsAt, i18n.language),
						})}
					</h3>
					<GroupTopicList topics={session.topics} emptyText="" />
				</div>
			))}
		</section>
	)
}

export { RouteErrorBoundary as ErrorBoundary } from '#app/components/error-boundary.tsx'
