import { type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { AgreementContext, AgreementView, PublicAgreementView } from '#app/domain/plans/agreements.server.ts'
import { type AgreementStatus } from '#app/domain/plans/plan-options.ts'
import { displayTimeZone, formatDate, intlLocale, useFormatDate } from '#app/utils/format.ts'
import { Term } from './plan-reviews.tsx'

/** The terms of one version and the parties' names: all a personal link may show. */
export type AgreementTermsData = PublicAgreementView

/** One version as the coach's pages get it, with addresses and acceptances. */
export type AgreementDocumentData = Omit<AgreementView, 'id'>

/** "24 november 2026 om 10:15": a moment's date and time in Amsterdam. */
export function useAgreementMoment() {
	const { t, i18n } = useTranslation('agreements')
	return (value: string) => {
		const time = new Intl.DateTimeFormat(intlLocale(i18n.language), {
			timeStyle: 'short',
			timeZone: displayTimeZone,
		}).format(new Date(value))
		return t('moment', { date: formatDate(value, i18n.language), time })
	}
}

const statusClass: Record<AgreementStatus, string> = {
	PENDING: 'border-amber-700 bg-amber-50 text-amber-900',
	ACCEPTED: 'border-green-700 bg-green-50 text-green-900',
	SUPERSEDED: 'border-slate-500 bg-slate-100 text-slate-800',
}

export function AgreementStatusBadge({ status }: { status: AgreementStatus }) {
	const { t } = useTranslation('agreements')
	return (
		<span className={`inline-block rounded-full border px-2 py-0.5 text-sm font-semibold ${statusClass[status]}`}>
			{t(`statuses.${status}`)}
		</span>
	)
}

/** The full text of one version: the parties and every term. `headingId` names the section. */
export function AgreementDocument({
	agreement,
	context,
	headingId,
	title,
}: {
	agreement: AgreementTermsData
	context: AgreementContext
	headingId: string
	title: string
}) {
	const { t, i18n } = useTranslation('agreements')
	const date = useFormatDate()
	const partyLine = (party: AgreementTermsData['parties'][number]) => {
		const organisation =
			party.party === 'EMPLOYER'
				? context.employerName
				: party.party === 'COACHING'
					? context.coachingOrganizationName
					: null
		// Names only: the page behind a personal link shows no one's address.
		return [party.name, organisation].filter(Boolean).join(' · ')
	}
	return (
		<section aria-labelledby={headingId} className="space-y-4">
			<div className="flex flex-wrap items-center gap-3">
				<h2 id={headingId} className="text-xl font-semibold text-slate-900">
					{title}
				</h2>
				<AgreementStatusBadge status={agreement.status} />
			</div>
			<p className="text-slate-800">{t('document.place', { place: context.placeTitle })}</p>
			{agreement.changeNote ? (
				<p className="rounded-md border-l-4 border-brand-700 bg-slate-50 p-3 text-slate-900">
					<span className="font-semibold">{t('document.changeNote')}</span>{' '}
					<span className="whitespace-pre-line">{agreement.changeNote}</span>
				</p>
			) : null}
			<dl className="grid gap-x-6 gap-y-3 sm:grid-cols-2">
				{agreement.parties.map((party) => (
					<Term key={party.party} label={t(`parties.${party.party}`)}>
						{partyLine(party)}
					</Term>
				))}
				<Term label={t('document.period')}>
					{t('document.periodValue', { from: date(agreement.periodFrom), to: date(agreement.periodTo) })}
				</Term>
				<Term label={t('document.hours')}>
					{t('document.hoursValue', {
						count: agreement.hoursPerWeek,
						hours: new Intl.NumberFormat(intlLocale(i18n.language)).format(agreement.hoursPerWeek),
					})}
				</Term>
				<Term label={t('document.days')}>{agreement.days.map((day) => t(`places:days.${day}`)).join(', ')}</Term>
			</dl>
			<dl className="space-y-3">
				<Term label={t('document.tasks')}>{agreement.tasks}</Term>
				<Term label={t('document.supervision')}>{agreement.supervision}</Term>
				<Term label={t('document.compensation')}>{agreement.compensation}</Term>
				<Term label={t('document.insurance')}>{agreement.insurance}</Term>
				<Term label={t('document.stepBack')}>{agreement.stepBackClause}</Term>
			</dl>
		</section>
	)
}

/** Per party whether and when it accepted this version, and when its last link went out. */
export function AgreementAcceptanceList({
	agreement,
	context,
	actions,
}: {
	agreement: AgreementDocumentData
	context: AgreementContext
	/** The coach's buttons for a party that has not accepted yet. */
	actions?: (party: AgreementDocumentData['parties'][number]) => ReactNode
}) {
	const { t } = useTranslation('agreements')
	const moment = useAgreementMoment()
	const who = (party: AgreementDocumentData['parties'][number]) =>
		t(`acceptances.who.${party.party}`, {
			name: party.name,
			employerName: context.employerName,
			coachingOrganizationName: context.coachingOrganizationName,
		})
	return (
		<ul className="space-y-3">
			{agreement.parties.map((party) => (
				<li key={party.party} className="rounded-md border border-slate-300 bg-white p-4">
					<p className="font-semibold text-slate-900">{who(party)}</p>
					{party.acceptedAt ? (
						<p className="mt-1 text-green-900">
							{t('acceptances.accepted', { name: party.acceptedName ?? party.name, moment: moment(party.acceptedAt) })}
							{party.party === 'CANDIDATE' && party.coachPresent ? ` ${t('acceptances.coachPresent')}` : null}
							{party.acceptedOnScreenOf ? ` ${t('acceptances.onScreenOf', { name: party.acceptedOnScreenOf })}` : null}
						</p>
					) : (
						<>
							<p className="mt-1 text-slate-800">
								{party.linkSentAt
									? t('acceptances.waitingSince', { moment: moment(party.linkSentAt) })
									: t('acceptances.waiting')}
							</p>
							{actions ? actions(party) : null}
						</>
					)}
				</li>
			))}
		</ul>
	)
}
