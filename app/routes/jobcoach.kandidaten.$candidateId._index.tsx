import {
	type ActionFunctionArgs,
	type HeadersFunction,
	type LoaderFunctionArgs,
	type MetaFunction,
} from '@remix-run/node'
import { Form, Link, useLoaderData } from '@remix-run/react'
import { type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import { PrivateMarker } from '#app/components/candidate-header.tsx'
import { Card } from '#app/components/page-header.tsx'
import { Button } from '#app/components/ui/button.tsx'
import { CandidateProfileActionSchema } from '#app/domain/candidates/candidate-schema.ts'
import { requireCandidate } from '#app/domain/candidates/candidates.server.ts'
import { confirmProfile, getCandidateProfile, getCandidateSensitive } from '#app/domain/candidates/profile.server.ts'
import { formatDate, formatTownWithMunicipality } from '#app/utils/format.ts'
import { invalidSubmission, parseFormRequest } from '#app/utils/forms.server.ts'
import { pageMeta } from '#app/utils/meta.ts'
import { redirectWithToast } from '#app/utils/toast.server.ts'

export const meta: MetaFunction = (args) => pageMeta(args, 'candidates:tabs.profile')

// Identity (and on request the sensitive context): no cache may keep the page.
export const headers: HeadersFunction = () => ({ 'Cache-Control': 'private, no-store' })

/** `?gevoelig=1`: the coach asked to see the sensitive context. Anything else keeps it hidden. */
const ProfileQuerySchema = z.object({ gevoelig: z.literal('1').optional() })

export async function loader({ request, params }: LoaderFunctionArgs) {
	const { user, candidateId } = await requireCandidate(request, params, 'read:candidate')
	const query = ProfileQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams))
	const showSensitive = query.success && query.data.gevoelig === '1'
	const profile = await getCandidateProfile(candidateId, user.id)
	// Loaded (and logged) only when asked for: otherwise it is never in the page.
	const sensitive = showSensitive ? await getCandidateSensitive(candidateId, user.id) : null
	return { profile, sensitive }
}

export async function action({ request, params }: ActionFunctionArgs) {
	const { user, candidateId } = await requireCandidate(request, params, 'update:candidate')
	const submission = await parseFormRequest(request, CandidateProfileActionSchema)
	if (submission.status !== 'success') return invalidSubmission(submission)
	await confirmProfile(candidateId, user.id)
	return redirectWithToast(`/jobcoach/kandidaten/${candidateId}`, { title: 'candidates:toast.confirmed' })
}

export default function CandidateProfilePage() {
	const { t, i18n } = useTranslation('candidates')
	const { profile: candidate, sensitive } = useLoaderData<typeof loader>()
	const { profile, identity, freshness, completeness } = candidate
	const base = `/jobcoach/kandidaten/${candidate.id}`
	const list = (values: string[], label: (value: string) => string) =>
		values.length > 0 ? values.map(label).join(', ') : null
	const hours =
		profile.hoursMin !== null && profile.hoursMax !== null
			? t('profile.hoursValue', { min: profile.hoursMin, max: profile.hoursMax })
			: profile.hoursMin !== null
				? t('profile.hoursFrom', { min: profile.hoursMin })
				: profile.hoursMax !== null
					? t('profile.hoursUpTo', { max: profile.hoursMax })
					: null
	return (
		<div className="space-y-6">
			<div className="flex flex-wrap items-center justify-between gap-4">
				<h2 className="text-2xl font-semibold text-slate-900">{t('tabs.profile')}</h2>
				<Link
					to={`${base}/bewerken`}
					className="inline-flex items-center rounded-md border border-slate-400 bg-white px-4 py-2 font-semibold text-slate-900 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-700"
				>
					{t('profile.edit')}
				</Link>
			</div>

			<Card>
				<h3 className="text-xl font-semibold">{t('profile.freshnessTitle')}</h3>
				<p className="mt-2">{t('profile.confirmedOn', { date: formatDate(freshness.confirmedAt, i18n.language) })}</p>
				{freshness.stale ? (
					<p className="mt-2 rounded-md border-l-4 border-amber-700 bg-amber-50 p-3 text-amber-950">
						{t('profile.staleWarning', { days: freshness.daysSinceConfirmed, limit: freshness.staleAfterDays })}
					</p>
				) : null}
				<Form method="post" className="mt-4">
					<input type="hidden" name="intent" value="confirm" />
					<Button type="submit" variant={freshness.stale ? 'primary' : 'secondary'}>
						{t('profile.confirm')}
					</Button>
				</Form>
				<p className="mt-2 text-sm text-slate-700">{t('profile.confirmHint')}</p>

				<h4 className="mt-6 font-semibold">{t('profile.completenessTitle', { percent: completeness.percent })}</h4>
				{completeness.missing.length > 0 ? (
					<>
						<p className="mt-1">{t('profile.missingIntro')}</p>
						<ul className="mt-1 list-disc pl-6">
							{completeness.missing.map((field) => (
								<li key={field}>{t(`completenessFields.${field}`)}</li>
							))}
						</ul>
					</>
				) : (
					<p className="mt-1">{t('profile.complete')}</p>
				)}
			</Card>

			<Card>
				<h3 className="text-xl font-semibold">{t('profile.profileTitle')}</h3>
				<p className="mt-1 text-slate-700">{t('profile.profileIntro', { code: candidate.code })}</p>
				<Facts>
					<Fact label={t('form.happyWhen')} value={profile.happyWhen} multiline />
					<Fact label={t('form.interests')} value={profile.interests} multiline />
					<Fact label={t('form.talents')} value={profile.talents} multiline />
					<Fact label={t('form.learningGoals')} value={profile.learningGoals} multiline />
					<Fact label={t('form.placeTypes')} value={list(profile.placeTypes, (key) => t(`places:types.${key}`))} />
					<Fact label={t('form.sectors')} value={list(profile.sectors, (key) => t(`common:sectors.${key}`))} />
					<Fact label={t('form.hours')} value={hours} />
					<Fact label={t('form.days')} value={list(profile.days, (key) => t(`places:days.${key}`))} />
					<Fact
						label={t('form.homeTown')}
						value={profile.homeTown ? formatTownWithMunicipality(profile.homeTown, profile.homeMunicipality) : null}
					/>
					<Fact
						label={t('form.travelRadiusKm')}
						value={
							profile.travelRadiusKm !== null ? t('profile.travelRadiusValue', { km: profile.travelRadiusKm }) : null
						}
					/>
					<Fact label={t('form.transport')} value={list(profile.transport, (key) => t(`transport.${key}`))} />
					<Fact
						label={t('form.workEnvironment')}
						value={list(profile.workEnvironment, (key) => t(`workEnvironment.${key}`))}
					/>
					<Fact label={t('form.languages')} value={list(profile.languages, (key) => t(`languages.${key}`))} />
					<Fact label={t('form.experience')} value={profile.experience} multiline />
					<Fact label={t('form.training')} value={profile.training} multiline />
				</Facts>
			</Card>

			<Card>
				<div className="flex flex-wrap items-center gap-3">
					<h3 className="text-xl font-semibold">{t('form.sections.identity')}</h3>
					<PrivateMarker />
				</div>
				<Facts>
					<Fact label={t('form.firstName')} value={identity.firstName} />
					<Fact label={t('form.lastName')} value={identity.lastName} />
					<Fact label={t('form.email')} value={identity.email} />
					<Fact label={t('form.phone')} value={identity.phone} />
					<Fact label={t('form.birthYear')} value={identity.birthYear !== null ? String(identity.birthYear) : null} />
				</Facts>
			</Card>

			<Card>
				<div className="flex flex-wrap items-center gap-3">
					<h3 className="text-xl font-semibold">{t('form.sections.sensitive')}</h3>
					<PrivateMarker />
				</div>
				{sensitive ? (
					<>
						<Facts>
							<Fact label={t('form.vulnerability')} value={sensitive.vulnerability} multiline />
							<Fact
								label={t('form.benefits')}
								value={sensitive.benefits ? t(`benefits.${sensitive.benefits}`) : null}
							/>
							<Fact
								label={t('form.targetGroupRegister')}
								value={sensitive.targetGroupRegister ? t(`targetGroupRegister.${sensitive.targetGroupRegister}`) : null}
							/>
							<Fact
								label={t('form.indication')}
								value={sensitive.indication ? t(`indication.${sensitive.indication}`) : null}
							/>
							<Fact label={t('form.supportNeeds')} value={sensitive.supportNeeds} multiline />
						</Facts>
						<p className="mt-4">
							<Link to={base} preventScrollReset className="text-brand-700 underline">
								{t('profile.hideSensitive')}
							</Link>
						</p>
					</>
				) : (
					<>
						<p className="mt-2 text-slate-700">{t('profile.sensitiveHidden')}</p>
						<p className="mt-3">
							<Link
								to={`${base}?gevoelig=1`}
								preventScrollReset
								className="inline-flex items-center rounded-md border border-slate-400 bg-white px-4 py-2 font-semibold text-slate-900 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-700"
							>
								{t('profile.showSensitive')}
							</Link>
						</p>
					</>
				)}
			</Card>
		</div>
	)
}

function Facts({ children }: { children: ReactNode }) {
	return <dl className="mt-4 grid gap-x-6 gap-y-3 sm:grid-cols-[minmax(12rem,max-content)_1fr]">{children}</dl>
}

function Fact({ label, value, multiline = false }: { label: string; value: string | null; multiline?: boolean }) {
	const { t } = useTranslation('candidates')
	return (
		<>
			<dt className="font-medium text-slate-900">{label}</dt>
			<dd
				className={
					value ? (multiline ? 'whitespace-pre-line text-slate-900' : 'text-slate-900') : 'text-slate-700 italic'
				}
			>
				{value || t('profile.notFilled')}
			</dd>
		</>
	)
}

export { RouteErrorBoundary as ErrorBoundary } from '#app/components/error-boundary.tsx'
