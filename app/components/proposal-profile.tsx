import { type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

/** The pseudonymised profile as the server sent it (toPseudonymisedProfile): nothing else of the candidate. */
export type ProposalProfile = {
	code: string
	happyWhen: string | null
	interests: string | null
	talents: string | null
	learningGoals: string | null
	placeTypes: string[]
	sectors: string[]
	hoursMin: number | null
	hoursMax: number | null
	days: string[]
	homeMunicipality: string | null
	travelRadiusKm: number | null
	transport: string[]
	workEnvironment: string[]
	languages: string[]
	experience: string | null
	training: string | null
	stage: string
}

function Row({ label, children }: { label: string; children: ReactNode }) {
	if (children === null || children === '' || (Array.isArray(children) && children.length === 0)) return null
	return (
		<>
			<dt className="font-medium">{label}</dt>
			<dd className="whitespace-pre-line text-slate-800">{children}</dd>
		</>
	)
}

/** The candidate's profile under their code, for the employer. */
export function ProposalProfileCard({ profile, headingId }: { profile: ProposalProfile; headingId: string }) {
	const { t } = useTranslation('proposals')
	// Option labels live in their own namespaces: [namespace, group] of e.g. places:types.WORK_EXPERIENCE.
	const list = (keys: string[], [namespace, group]: [string, string]) =>
		keys.map((key) => t(`${namespace}:${group}.${key}`, { defaultValue: key })).join(', ')
	return (
		<section aria-labelledby={headingId} className="rounded-lg border border-slate-300 bg-white p-6 shadow-sm">
			<h2 id={headingId} className="text-xl font-semibold">
				{t('profile.title', { code: profile.code })}
			</h2>
			<p className="mt-1 text-slate-700">{t('profile.pseudonymNote')}</p>
			<dl className="mt-4 grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
				<Row label={t('profile.stage')}>{t(`candidates:stages.${profile.stage}`, { defaultValue: profile.stage })}</Row>
				<Row label={t('profile.happyWhen')}>{profile.happyWhen}</Row>
				<Row label={t('profile.interests')}>{profile.interests}</Row>
				<Row label={t('profile.talents')}>{profile.talents}</Row>
				<Row label={t('profile.learningGoals')}>{profile.learningGoals}</Row>
				<Row label={t('profile.placeTypes')}>{list(profile.placeTypes, ['places', 'types'])}</Row>
				<Row label={t('profile.sectors')}>{list(profile.sectors, ['common', 'sectors'])}</Row>
				<Row label={t('profile.hours')}>
					{profile.hoursMin !== null && profile.hoursMax !== null
						? t('profile.hoursRange', { min: profile.hoursMin, max: profile.hoursMax })
						: null}
				</Row>
				<Row label={t('profile.days')}>{list(profile.days, ['places', 'days'])}</Row>
				<Row label={t('profile.area')}>
					{profile.homeMunicipality
						? profile.travelRadiusKm !== null
							? t('profile.areaWithRadius', { municipality: profile.homeMunicipality, km: profile.travelRadiusKm })
							: profile.homeMunicipality
						: null}
				</Row>
				<Row label={t('profile.transport')}>{list(profile.transport, ['candidates', 'transport'])}</Row>
				<Row label={t('profile.workEnvironment')}>
					{list(profile.workEnvironment, ['candidates', 'workEnvironment'])}
				</Row>
				<Row label={t('profile.languages')}>{list(profile.languages, ['candidates', 'languages'])}</Row>
				<Row label={t('profile.experience')}>{profile.experience}</Row>
				<Row label={t('profile.training')}>{profile.training}</Row>
			</dl>
		</section>
	)
}
