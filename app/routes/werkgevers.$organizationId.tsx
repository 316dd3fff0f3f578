import { getFormProps } from '@conform-to/react'
import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Card, PageHeader } from '#app/components/page-header.tsx'
import { Button } from '#app/components/ui/button.tsx'
import { DataTable } from '#app/components/ui/data-table.tsx'
import { FormErrors, RadioGroup } from '#app/components/ui/field.tsx'
import { listOpenInvitations } from '#app/domain/auth/invitations.server.ts'
import { getEmployerForStaff, inviteContactToClaim } from '#app/domain/organizations/employers.server.ts'
import { logoUrl } from '#app/domain/organizations/logos.server.ts'
import { ClaimInvitationSchema } from '#app/domain/organizations/organization-schemas.ts'
import { hasPermission, requirePermission } from '#app/utils/auth.server.ts'
import { useFormatDateTime } from '#app/utils/format.ts'
import { invalidSubmission, parseFormRequest } from '#app/utils/forms.server.ts'
import { useValidatedForm } from '#app/utils/forms.ts'
import { getLocale } from '#app/utils/locale.server.ts'
import { pageMeta } from '#app/utils/meta.ts'
import { OrganizationParamsSchema, requireFromParams } from '#app/utils/params.ts'
import { redirectWithToast } from '#app/utils/toast.server.ts'

export const meta: MetaFunction = (args) => pageMeta(args, 'organizations:staff.detailTitle')

function requireEmployer(params: unknown) {
	return requireFromParams(params, OrganizationParamsSchema, ({ organizationId }) =>
		getEmployerForStaff(organizationId),
	)
}

export async function loader({ request, params }: LoaderFunctionArgs) {
	const user = await requirePermission(request, 'read:employer')
	const employer = await requireEmployer(params)
	const canInvite = employer.isProspect && hasPermission(user, 'update:employer')
	return {
		employer: {
			id: employer.id,
			name: employer.name,
			kvkNumber: employer.kvkNumber,
			sector: employer.sector,
			sizeClass: employer.sizeClass,
			street: employer.street,
			postalCode: employer.postalCode,
			town: employer.town,
			municipality: employer.municipality,
			website: employer.website,
			description: employer.description,
			commitments: employer.commitments,
			commitmentNote: employer.commitmentNote,
			logoUrl: logoUrl(employer),
			addedByName: employer.addedByName,
			memberCount: employer.memberCount,
			isProspect: employer.isProspect,
		},
		contactPersons: employer.contactPersons,
		places: employer.places,
		canInvite,
		openInvitations: canInvite ? await listOpenInvitations(employer.id) : [],
		canSeeRelationship: hasPermission(user, 'read:relationship'),
	}
}

export async function action({ request, params }: ActionFunctionArgs) {
	const user = await requirePermission(request, 'update:employer')
	const employer = await requireEmployer(params)
	const submission = await parseFormRequest(request, ClaimInvitationSchema)
	if (submission.status !== 'success') return invalidSubmission(submission)
	const result = await inviteContactToClaim({
		organizationId: employer.id,
		contactPersonId: submission.value.contactPersonId,
		invitedBy: { id: user.id, name: user.name },
		locale: await getLocale(request),
	})
	// A contact person of another organisation is not there to be found.
	if (!result) throw new Response('Not Found', { status: 404 })
	if (!result.ok) {
		if (result.problem === 'no-email') {
			return invalidSubmission(submission, { fieldErrors: { contactPersonId: ['organizations:claim.noEmail'] } })
		}
		const message =
			result.problem === 'has-members' ? 'organizations:claim.hasMembers' : `errors:invitation.${result.problem}`
		return invalidSubmission(submission, { formErrors: [message] })
	}
	return redirectWithToast(`/werkgevers/${employer.id}`, {
		title: 'organizations:toast.claimInvitationSent',
		values: { email: result.email },
	})
}

function Detail({ term, children }: { term: string; children: ReactNode }) {
	return (
		<>
			<dt className="font-semibold">{term}</dt>
			<dd>{children}</dd>
		</>
	)
}

export default function EmployerDetailPage() {
	const { t } = useTranslation('organizations')
	const { employer, contactPersons, places, canInvite, openInvitations, canSeeRelationship } =
		useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	const formatDateTime = useFormatDateTime()
	const invitable = contactPersons.filter((contact) => contact.email)
	const [form, fields] = useValidatedForm(ClaimInvitationSchema, {
		id: 'claim',
		lastResult: actionData?.result,
		defaultValue: { intent: 'invite-contact', contactPersonId: invitable[0]?.id },
	})
	const notFilledIn = t('staff.notFilledIn')
	const address = [employer.street, [employer.postalCode, employer.town].filter(Boolean).join(' ')]
		.filter(Boolean)
		.join(', ')
	return (
		<div className="space-y-6">
			<p>
				<Link to="/werkgevers" className="text-brand-700 underline">
					{t('staff.backToList')}
				</Link>
				{canSeeRelationship ? (
					<>
						{' · '}
						<Link to={`/netwerk/relaties/${employer.id}`} className="text-brand-700 underline">
							{t('relationships:detail.toRelationship')}
						</Link>
					</>
				) : null}
			</p>
			<PageHeader title={employer.name}>
				{employer.isProspect ? (
					<p>
						<span className="rounded bg-amber-100 px-2 py-0.5 text-sm font-semibold text-amber-950">
							{t('staff.prospect')}
						</span>{' '}
						{employer.addedByName
							? t('staff.prospectAddedBy', { name: employer.addedByName })
							: t('staff.prospectIntro')}
					</p>
				) : (
					<p>{t('staff.accounts', { count: employer.memberCount })}</p>
				)}
			</PageHeader>

			<Card>
				<div className="flex flex-wrap items-start justify-between gap-4">
					<h2 className="text-xl font-semibold">{t('staff.profileTitle')}</h2>
					{employer.logoUrl ? (
						<img
							src={employer.logoUrl}
							alt={t('logo.alt', { name: employer.name })}
							className="max-h-24 max-w-[12rem] object-contain"
						/>
					) : null}
				</div>
				<dl className="mt-4 grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
					<Detail term={t('fields.kvkNumber')}>{employer.kvkNumber ?? notFilledIn}</Detail>
					<Detail term={t('fields.sector')}>
						{employer.sector ? t(`common:sectors.${employer.sector}`) : notFilledIn}
					</Detail>
					<Detail term={t('fields.sizeClass')}>
						{employer.sizeClass ? t(`places:sizeClasses.${employer.sizeClass}`) : notFilledIn}
					</Detail>
					<Detail term={t('staff.address')}>{address || notFilledIn}</Detail>
					<Detail term={t('staff.municipality')}>{employer.municipality ?? notFilledIn}</Detail>
					<Detail term={t('fields.website')}>
						{employer.website ? (
							<a
								href={employer.website}
								className="break-all text-brand-700 underline"
								rel="noopener noreferrer nofollow"
							>
								{employer.website}
							</a>
						) : (
							notFilledIn
						)}
					</Detail>
					<Detail term={t('profile.commitments')}>
						{employer.commitments.length > 0 ? (
							<ul className="list-disc pl-5">
								{employer.commitments.map((commitment) => (
									<li key={commitment}>
										{t(`places:commitments.${commitment}`)}
										{commitment === 'OTHER' && employer.commitmentNote ? `: ${employer.commitmentNote}` : ''}
									</li>
								))}
							</ul>
						) : (
							notFilledIn
						)}
					</Detail>
				</dl>
				<h3 className="mt-6 text-lg font-semibold">{t('fields.description')}</h3>
				{/* Plain text with its line breaks; never interpreted as HTML. */}
				<p className="mt-1 whitespace-pre-line" data-testid="employer-description">
					{employer.description ?? notFilledIn}
				</p>
			</Card>

			<Card>
				<h2 className="text-xl font-semibold">{t('contacts.title')}</h2>
				{contactPersons.length === 0 ? (
					<p className="mt-2">{t('contacts.empty')}</p>
				) : (
					<ul className="mt-2 divide-y divide-slate-200">
						{contactPersons.map((contact) => (
							<li key={contact.id} className="py-2">
								<span className="font-semibold">{contact.name}</span>
								{contact.jobTitle ? ` · ${contact.jobTitle}` : ''}
								{contact.email ? (
									<>
										{' · '}
										<a href={`mailto:${contact.email}`} className="text-brand-700 underline">
											{contact.email}
										</a>
									</>
								) : null}
								{contact.phone ? ` · ${contact.phone}` : ''}
							</li>
						))}
					</ul>
				)}
			</Card>

			{canInvite ? (
				<Card>
					<h2 className="text-xl font-semibold">{t('claim.title')}</h2>
					<p className="text-slate-700">{t('claim.intro')}</p>
					{invitable.length === 0 ? (
						<p className="mt-4">{t('claim.noInvitableContacts')}</p>
					) : (
						<Form method="post" className="mt-4 space-y-4" {...getFormProps(form)}>
							<FormErrors id={form.errorId} errors={form.errors} />
							<input type="hidden" name="intent" value="invite-contact" />
							<RadioGroup
								field={fields.contactPersonId}
								legend={t('claim.whom')}
								options={invitable.map((contact) => ({
									value: contact.id,
									label: `${contact.name} (${contact.email})`,
								}))}
								layout="list"
							/>
							<Button type="submit">{t('claim.submit')}</Button>
						</Form>
					)}
					{openInvitations.length > 0 ? (
						<>
							<h3 className="mt-6 text-lg font-semibold">{t('claim.open')}</h3>
							<ul className="mt-2 divide-y divide-slate-200">
								{openInvitations.map((invitation) => (
									<li key={invitation.id} className="py-2">
										{invitation.email} · {t('claim.validUntil', { date: formatDateTime(invitation.expiresAt) })}
									</li>
								))}
							</ul>
						</>
					) : null}
				</Card>
			) : null}

			<section aria-labelledby="places-title" className="space-y-2">
				<h2 id="places-title" className="text-xl font-semibold">
					{t('staff.placesTitle')}
				</h2>
				{places.length === 0 ? (
					<p>{t('staff.placesEmpty')}</p>
				) : (
					<DataTable
						caption={t('staff.placesTitle')}
						columns={[
							{ label: t('staff.columns.placeTitle') },
							{ label: t('staff.columns.placeType') },
							{ label: t('staff.columns.placeStatus') },
						]}
					>
						{places.map((place) => (
							<tr key={place.id} className="border-b border-slate-200" data-testid="place-row">
								<td className="p-2 font-medium">{place.title}</td>
								<td className="p-2">{t(`places:types.${place.type}`)}</td>
								<td className="p-2">{t(`places:statuses.${place.status}`)}</td>
							</tr>
						))}
					</DataTable>
				)}
			</section>
		</div>
	)
}

export { RouteErrorBoundary as ErrorBoundary } from '#app/components/error-boundary.tsx'
