import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { InviteResultSummary, InviteePreview, InviteeRowLabel } from '#app/components/event-invitees.tsx'
import { Card, PageHeader } from '#app/components/page-header.tsx'
import { Button } from '#app/components/ui/button.tsx'
import { FormErrors, SelectField } from '#app/components/ui/field.tsx'
import { relationshipStages } from '#app/domain/network/activity-options.ts'
import { formatEventTime, previewInvitations } from '#app/domain/network/event-options.ts'
import { contactOrganizationKinds } from '#app/domain/network/stakeholder-options.ts'
import { hasInviteeFilter, readInviteeFilter, SendInvitationsSchema } from '#app/domain/network/event-schema.ts'
import { requireNetworkEvent } from '#app/domain/network/events.server.ts'
import { getInviteeFilterOptions, inviteContacts, listInvitees } from '#app/domain/network/invitations.server.ts'
import { now } from '#app/utils/clock.server.ts'
import { invalidSubmission, parseFormRequest } from '#app/utils/forms.server.ts'
import { pageMeta } from '#app/utils/meta.ts'

export const meta: MetaFunction = (args) => pageMeta(args, 'events:invite.title')

export async function loader({ request, params }: LoaderFunctionArgs) {
	const { networkId, event } = await requireNetworkEvent(request, params, 'create:network')
	const filter = readInviteeFilter(new URL(request.url).searchParams)
	const [rows, options] = await Promise.all([
		listInvitees(networkId, event.id, filter),
		getInviteeFilterOptions(networkId),
	])
	return {
		event: { id: event.id, title: event.title, startsAt: event.startsAt, endsAt: event.endsAt },
		closed: event.status !== 'PLANNED' || event.endsAt <= now(),
		filter,
		filtering: hasInviteeFilter(filter),
		options,
		rows,
	}
}

export async function action({ request, params }: ActionFunctionArgs) {
	const { user, event } = await requireNetworkEvent(request, params, 'create:network')
	const submission = await parseFormRequest(request, SendInvitationsSchema)
	if (submission.status !== 'success') return invalidSubmission(submission)
	const sent = await inviteContacts({ eventId: event.id, actorId: user.id, contactIds: submission.value.contactIds })
	if (!sent.ok) return invalidSubmission(submission, { formErrors: ['events:errors.invitationsClosed'] })
	return { result: submission.reply(), sent }
}

export default function InviteToEvent() {
	const { t, i18n } = useTranslation('events')
	const { event, closed, filter, filtering, options, rows } = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	const navigation = useNavigation()
	const sending = navigation.state === 'submitting' && navigation.formMethod === 'POST'
	const preselected = useMemo(
		() => new Set(rows.filter((row) => row.matches && !row.alreadyInvited).map((row) => row.id)),
		[rows],
	)
	const [chosen, setChosen] = useState(preselected)
	// A new filter is a new preselection.
	const [chosenFor, setChosenFor] = useState(preselected)
	if (chosenFor !== preselected) {
		setChosenFor(preselected)
		setChosen(preselected)
	}
	const preview = previewInvitations(rows.filter((row) => chosen.has(row.id)))
	const matching = rows.filter((row) => row.matches)
	const others = rows.filter((row) => !row.matches)
	const toggle = (id: string, checked: boolean) =>
		setChosen((current) => {
			const next = new Set(current)
			if (checked) next.add(id)
			else next.delete(id)
			return next
		})
	const sentResult = actionData && 'sent' in actionData ? actionData.sent : null
	const formErrors = actionData && !('sent' in actionData) ? actionData.result.error?.[''] : null
	const renderRow = (row: (typeof rows)[number]) => (
		<li key={row.id} className="flex items-start gap-3 border-b border-slate-200 py-2">
			<input
				type="checkbox"
				id={`invitee-${row.id}`}
				name="contactIds"
				value={row.id}
				checked={chosen.has(row.id)}
				disabled={row.alreadyInvited}
				onChange={(changeEvent) => toggle(row.id, changeEvent.target.checked)}
				className="mt-1 h-6 w-6 shrink-0 accent-brand-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-700"
			/>
			<label htmlFor={`invitee-${row.id}`} className="min-w-0">
				<InviteeRowLabel row={row} />
			</label>
		</li>
	)
	return (
		<div className="space-y-6">
			<p>
				<Link to={`/netwerk/bijeenkomsten/${event.id}`} className="text-brand-700 underline">
					{t('invite.backToEvent')}
				</Link>
			</p>
			<PageHeader title={t('invite.heading', { title: event.title })}>
				{formatEventTime(event.startsAt, event.endsAt, i18n.language)}
			</PageHeader>

			{sentResult ? <InviteResultSummary result={sentResult} /> : null}

			{closed ? (
				<Card>
					<p role="alert">{t('errors.invitationsClosed')}</p>
				</Card>
			) : (
				<>
					<Card>
						<h2 className="mb-2 text-xl font-semibold">{t('invite.filterTitle')}</h2>
						<p className="mb-4 text-slate-700">{t('invite.filterIntro')}</p>
						<Form method="get" className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
							<SelectField
								label={t('invite.filters.organizationKind')}
								selectProps={{ name: 'organizationKind', defaultValue: filter.organizationKind ?? '' }}
								options={[
									{ value: '', label: t('invite.filters.any') },
									...contactOrganizationKinds.map((kind) => ({ value: kind, label: t(`organizationKinds.${kind}`) })),
								]}
							/>
							<SelectField
								label={t('invite.filters.sector')}
								selectProps={{ name: 'sector', defaultValue: filter.sector ?? '' }}
								options={[
									{ value: '', label: t('invite.filters.any') },
									...options.sectors.map((sector) => ({ value: sector, label: t(`common:sectors.${sector}`) })),
								]}
							/>
							<SelectField
								label={t('invite.filters.town')}
								selectProps={{ name: 'town', defaultValue: filter.town ?? '' }}
								options={[
									{ value: '', label: t('invite.filters.any') },
									...options.towns.map((town) => ({ value: town, label: town })),
								]}
							/>
							<SelectField
								label={t('invite.filters.stage')}
								selectProps={{ name: 'stage', defaultValue: filter.stage ?? '' }}
								options={[
									{ value: '', label: t('invite.filters.any') },
									...relationshipStages.map((stage) => ({ value: stage, label: t(`stages.${stage}`) })),
								]}
							/>
							<SelectField
								label={t('invite.filters.group')}
								selectProps={{ name: 'groupId', defaultValue: filter.groupId ?? '' }}
								options={[
									{ value: '', label: t('invite.filters.any') },
									...options.groups.map((group) => ({ value: group.id, label: group.name })),
								]}
							/>
							<div className="flex flex-wrap items-end gap-4">
								<Button type="submit" variant="secondary">
									{t('invite.applyFilter')}
								</Button>
								{filtering ? (
									<Link to={`/netwerk/bijeenkomsten/${event.id}/uitnodigen`} className="text-brand-700 underline">
										{t('invite.clearFilter')}
									</Link>
								) : null}
							</div>
						</Form>
					</Card>

					<Form method="post" className="space-y-6">
						<FormErrors id="invite-errors" errors={formErrors} />
						<Card>
							<h2 className="mb-2 text-xl font-semibold">{t('invite.previewTitle')}</h2>
							<InviteePreview preview={preview} />
						</Card>
						{filtering ? (
							<Card>
								<h2 className="mb-2 text-xl font-semibold">{t('invite.matchingTitle', { count: matching.length })}</h2>
								{matching.length === 0 ? <p>{t('invite.noMatches')}</p> : <ul>{matching.map(renderRow)}</ul>}
							</Card>
						) : null}
						<Card>
							<details open={!filtering}>
								<summary className="cursor-pointer text-xl font-semibold">
									{filtering
										? t('invite.othersTitle', { count: others.length })
										: t('invite.allTitle', { count: others.length })}
								</summary>
								{others.length === 0 ? (
									<p className="mt-2">{t('invite.noContacts')}</p>
								) : (
									<ul className="mt-2">{others.map(renderRow)}</ul>
								)}
							</details>
						</Card>
						<div className="flex flex-wrap items-center gap-4">
							<Button type="submit" disabled={sending}>
								{t('invite.submit')}
							</Button>
							<p aria-live="polite">{sending ? t('invite.sending', { count: preview.willMail }) : ''}</p>
						</div>
					</Form>
				</>
			)}
		</div>
	)
}

export { RouteErrorBoundary as ErrorBoundary } from '#app/components/error-boundary.tsx'
