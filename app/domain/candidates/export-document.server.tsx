// The candidate export as one readable, standalone HTML page: no scripts, no external files, inline
// styles only, so it can be saved, printed or handed to the candidate. React escapes every text.
import { type ReactNode } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { formatDate, formatDateTime } from '#app/utils/format.ts'
import { getFixedT, type Locale } from '#app/utils/i18n.ts'
import type { CandidateExport } from './export.server.ts'

type T = ReturnType<typeof getFixedT>

const styles = `
body{font-family:system-ui,-apple-system,Segoe UI,sans-serif;color:#0f172a;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.5}
h1{font-size:1.75rem}h2{font-size:1.35rem;margin-top:2rem;border-bottom:1px solid #cbd5e1}h3{font-size:1.1rem}
dl{display:grid;grid-template-columns:minmax(10rem,16rem) 1fr;gap:.25rem 1rem}dt{font-weight:600}dd{margin:0;white-space:pre-wrap}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #cbd5e1;padding:.35rem .5rem;text-align:left;vertical-align:top}
caption{text-align:left;font-weight:600;padding:.25rem 0}article{border:1px solid #cbd5e1;padding:.5rem 1rem;margin:1rem 0}
.body{white-space:pre-wrap}
`

function Details({ rows, empty }: { rows: Array<[string, ReactNode]>; empty: string }) {
	return (
		<dl>
			{rows.map(([label, value]) => (
				<div key={label} style={{ display: 'contents' }}>
					<dt>{label}</dt>
					<dd>{value === null || value === undefined || value === '' ? empty : value}</dd>
				</div>
			))}
		</dl>
	)
}

function ExportDocument({ data, locale, t }: { data: CandidateExport; locale: Locale; t: T }) {
	const empty = t('export.empty')
	const date = (value: string | null) => (value ? formatDate(value, locale) : null)
	const dateTime = (value: string | null) => (value ? formatDateTime(value, locale) : null)
	const list = (keys: string[], label: (key: string) => string) => (keys.length ? keys.map(label).join(', ') : null)
	const yesNo = (value: boolean) => (value ? t('export.yes') : t('export.no'))
	const { identity, profile, coaching, sensitive } = data
	return (
		<html lang={locale}>
			<head>
				<meta charSet="utf-8" />
				<meta name="robots" content="noindex" />
				<title>{t('export.documentTitle', { code: data.code })}</title>
				<style>{styles}</style>
			</head>
			<body>
				<main>
					<h1>{t('export.documentTitle', { code: data.code })}</h1>
					<p>{t('export.intro', { organization: data.organization, date: dateTime(data.exportedAt) })}</p>

					<h2>{t('candidates:form.sections.identity')}</h2>
					<Details
						empty={empty}
						rows={[
							[t('export.code'), data.code],
							[t('candidates:form.firstName'), identity.firstName],
							[t('candidates:form.lastName'), identity.lastName],
							[t('candidates:form.email'), identity.email],
							[t('candidates:form.phone'), identity.phone],
							[t('candidates:form.birthYear'), identity.birthYear],
						]}
					/>

					<h2>{t('candidates:profile.profileTitle')}</h2>
					<Details
						empty={empty}
						rows={[
							[t('candidates:form.happyWhen'), profile.happyWhen],
							[t('candidates:form.interests'), profile.interests],
							[t('candidates:form.talents'), profile.talents],
							[t('candidates:form.learningGoals'), profile.learningGoals],
							[t('candidates:form.placeTypes'), list(profile.placeTypes, (key) => t(`places:types.${key}`))],
							[t('candidates:form.sectors'), list(profile.sectors, (key) => t(`common:sectors.${key}`))],
							[t('export.hoursMin'), profile.hoursMin],
							[t('export.hoursMax'), profile.hoursMax],
							[t('candidates:form.days'), list(profile.days, (key) => t(`places:days.${key}`))],
							[t('candidates:form.homeTown'), profile.homeTown],
							[t('export.homeMunicipality'), profile.homeMunicipality],
							[t('candidates:form.travelRadiusKm'), profile.travelRadiusKm],
							[t('candidates:form.transport'), list(profile.transport, (key) => t(`candidates:transport.${key}`))],
							[
								t('candidates:form.workEnvironment'),
								list(profile.workEnvironment, (key) => t(`candidates:workEnvironment.${key}`)),
							],
							[t('candidates:form.languages'), list(profile.languages, (key) => t(`candidates:languages.${key}`))],
							[t('candidates:form.experience'), profile.experience],
							[t('candidates:form.training'), profile.training],
						]}
					/>

					<h2>{t('candidates:form.sections.coaching')}</h2>
					<Details
						empty={empty}
						rows={[
							[t('export.stage'), t(`candidates:stages.${coaching.stage}`)],
							[t('export.active'), yesNo(coaching.active)],
							[t('candidates:form.primaryCoachId'), coaching.primaryCoach],
							[t('candidates:form.routeSupporterId'), coaching.routeSupporter],
							[t('export.lastContactAt'), date(coaching.lastContactAt)],
							[t('export.nextAction'), coaching.nextAction],
							[t('export.nextActionDate'), date(coaching.nextActionDate)],
							[t('export.confirmedAt'), dateTime(coaching.confirmedAt)],
							[t('export.createdAt'), dateTime(coaching.createdAt)],
						]}
					/>

					<h2>{t('candidates:form.sections.sensitive')}</h2>
					{sensitive ? (
						<Details
							empty={empty}
							rows={[
								[t('candidates:form.vulnerability'), sensitive.vulnerability],
								[
									t('candidates:form.benefits'),
									sensitive.benefits ? t(`candidates:benefits.${sensitive.benefits}`) : null,
								],
								[
									t('candidates:form.targetGroupRegister'),
									sensitive.targetGroupRegister
										? t(`candidates:targetGroupRegister.${sensitive.targetGroupRegister}`)
										: null,
								],
								[
									t('candidates:form.indication'),
									sensitive.indication ? t(`candidates:indication.${sensitive.indication}`) : null,
								],
								[t('candidates:form.supportNeeds'), sensitive.supportNeeds],
							]}
						/>
					) : (
						<p>{empty}</p>
					)}

					<h2>{t('export.eventsTitle')}</h2>
					{data.events.length ? (
						<table>
							<caption>{t('export.eventsTitle')}</caption>
							<thead>
								<tr>
									<th scope="col">{t('export.columns.date')}</th>
									<th scope="col">{t('export.columns.event')}</th>
									<th scope="col">{t('export.columns.stage')}</th>
									<th scope="col">{t('export.columns.note')}</th>
									<th scope="col">{t('export.columns.recordedBy')}</th>
								</tr>
							</thead>
							<tbody>
								{data.events.map((event, index) => (
									<tr key={index}>
										<td>{date(event.occurredOn)}</td>
										<td>{t(`candidates:eventKinds.${event.kind}`)}</td>
										<td>{event.toStage ? t(`candidates:stages.${event.toStage}`) : ''}</td>
										<td className="body">{event.note ?? ''}</td>
										<td>{event.recordedBy ?? ''}</td>
									</tr>
								))}
							</tbody>
						</table>
					) : (
						<p>{empty}</p>
					)}

					<h2>{t('export.reportsTitle')}</h2>
					{data.reports.length ? (
						data.reports.map((report) => (
							<article key={report.id}>
								<h3>{report.title}</h3>
								<Details
									empty={empty}
									rows={[
										[t('export.columns.date'), date(report.conversationOn)],
										[t('export.columns.status'), t(`candidates:reportStatuses.${report.status}`)],
										[t('export.columns.author'), report.author],
										[t('export.decidedOn'), date(report.decidedOn)],
										[t('export.decisionNote'), report.decisionNote],
									]}
								/>
								<p className="body">{report.body}</p>
							</article>
						))
					) : (
						<p>{empty}</p>
					)}

					<h2>{t('export.consentsTitle')}</h2>
					{data.consents.length ? (
						<table>
							<caption>{t('export.consentsTitle')}</caption>
							<thead>
								<tr>
									<th scope="col">{t('export.columns.purpose')}</th>
									<th scope="col">{t('export.columns.basis')}</th>
									<th scope="col">{t('export.columns.givenOn')}</th>
									<th scope="col">{t('export.columns.recordedBy')}</th>
									<th scope="col">{t('export.columns.note')}</th>
									<th scope="col">{t('export.columns.withdrawn')}</th>
								</tr>
							</thead>
							<tbody>
								{data.consents.map((consent, index) => (
									<tr key={index}>
										<td>
											{t(`candidates:consentPurposes.${consent.purpose}`)}
											{consent.employer ? ` (${consent.employer})` : ''}
										</td>
										<td>{t(`candidates:consentBases.${consent.basis}`)}</td>
										<td>{date(consent.givenOn)}</td>
										<td>
											{consent.recordedBy ?? ''} {dateTime(consent.recordedAt)}
										</td>
										<td className="body">{consent.note ?? ''}</td>
										<td className="body">
											{consent.withdrawnAt
												? [dateTime(consent.withdrawnAt), consent.withdrawnBy, consent.withdrawalNote]
														.filter(Boolean)
														.join(' — ')
												: t('export.no')}
										</td>
									</tr>
								))}
							</tbody>
						</table>
					) : (
						<p>{empty}</p>
					)}

					<h2>{t('export.accessLogTitle')}</h2>
					{data.accessLog.length ? (
						<table>
							<caption>{t('export.accessLogTitle')}</caption>
							<thead>
								<tr>
									<th scope="col">{t('export.columns.when')}</th>
									<th scope="col">{t('export.columns.who')}</th>
									<th scope="col">{t('export.columns.section')}</th>
								</tr>
							</thead>
							<tbody>
								{data.accessLog.map((entry, index) => (
									<tr key={index}>
										<td>{dateTime(entry.at)}</td>
										<td>{entry.user ?? t('export.formerUser')}</td>
										<td>{t(`candidates:accessSections.${entry.section}`)}</td>
									</tr>
								))}
							</tbody>
						</table>
					) : (
						<p>{empty}</p>
					)}
				</main>
			</body>
		</html>
	)
}

/** The export as a complete HTML document in the user's language. */
export function renderCandidateExportHtml(data: CandidateExport, locale: Locale) {
	const t = getFixedT(locale, 'privacy')
	return `<!DOCTYPE html>${renderToStaticMarkup(<ExportDocument data={data} locale={locale} t={t} />)}`
}
