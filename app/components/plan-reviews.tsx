// Rendering of reviews and of the history evidence, used on the plan page, the
// re-assessment page and the printed plan (so it must print well and use semantic tables/lists).
// Nothing here is interactive: plain headings, tables with captions and definition lists.
import { type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { PlanHistory, PlanReviewView } from '#app/domain/plans/plan-reviews.server.ts'
import { useFormatDate } from '#app/utils/format.ts'
import { useOneDecimal } from './plan-intensity-table.tsx'

type HeadingLevel = 2 | 3

function Heading({ level, id, children }: { level: HeadingLevel | 4; id?: string; children: ReactNode }) {
	const Tag = `h${level}` as const
	const size = level === 2 ? 'text-2xl' : level === 3 ? 'text-xl' : 'text-lg'
	return (
		<Tag id={id} className={`${size} font-semibold text-slate-900 break-after-avoid`}>
			{children}
		</Tag>
	)
}

const tableClass = 'w-full border-collapse text-left text-slate-900 print:text-sm'
const captionClass = 'mb-2 text-left font-semibold text-slate-900'
const cellClass = 'border border-slate-300 px-3 py-2 align-top'
const headClass = `${cellClass} bg-slate-100 font-semibold print:bg-transparent`

/**
 * The plan's reviews and re-assessments, oldest first, each with its snapshot of the history, the
 * coach's balance, the progress per goal and the proposal. `headingLevel` is the level of each
 * review's heading (default 3: under the caller's own section heading).
 */
export function PlanReviewList({ reviews, headingLevel = 3 }: { reviews: PlanReviewView[]; headingLevel?: 2 | 3 }) {
	const { t } = useTranslation('planReviews')
	const date = useFormatDate()
	const score = useOneDecimal()
	if (reviews.length === 0) return <p className="text-slate-800">{t('list.none')}</p>
	return (
		<ol className="space-y-6">
			{reviews.map((review) => (
				<li key={review.id} className="break-inside-avoid-page">
					<article
						aria-labelledby={`review-${review.id}-heading`}
						className="space-y-3 rounded-md border border-slate-300 bg-white p-4 print:border-0 print:p-0"
					>
						<Heading level={headingLevel} id={`review-${review.id}-heading`}>
							{t('list.title', { kind: t(`kinds.${review.kind}`), date: date(review.heldOn) })}
						</Heading>
						<p className="text-slate-800">
							{t('list.period', { from: date(review.periodFrom), to: date(review.periodTo) })}
						</p>
						<dl className="grid gap-x-6 gap-y-2 sm:grid-cols-2 print:grid-cols-2">
							<Term label={t('list.checkIns')}>{review.checkInCount}</Term>
							<Term label={t('list.balanceAverage')}>
								{review.balanceAverage === null
									? t('list.noAverage')
									: t('list.outOfFive', { score: score(review.balanceAverage) })}
							</Term>
							<Term label={t('list.stepBacks')}>
								{`${t('list.stepBackCount', { count: review.stepBackCount })}, ${t('list.stepBackDays', { count: review.stepBackDays })}`}
							</Term>
							<Term label={t('list.coachBalance')}>
								{`${t('list.outOfFive', { score: review.balance })} · ${t(`placements:balance.${review.balance}`)}`}
							</Term>
							{review.balanceNote ? (
								<Term label={t('list.balanceNote')} wide>
									{review.balanceNote}
								</Term>
							) : null}
							<Term label={t('list.decision')}>{t(`decisions.${review.decision}`)}</Term>
							<Term label={t('list.recordedBy')}>{review.recordedByName ?? t('list.unknownRecorder')}</Term>
							<Term label={t('list.motivation')} wide>
								{review.motivation}
							</Term>
						</dl>
						{review.goals.length === 0 ? (
							<p className="text-slate-800">{t('list.noGoals')}</p>
						) : (
							<table className={tableClass}>
								<caption className={captionClass}>
									{t('list.goalsCaption', { kind: t(`kinds.${review.kind}`), date: date(review.heldOn) })}
								</caption>
								<thead>
									<tr>
										<th scope="col" className={headClass}>
											{t('list.goal')}
										</th>
										<th scope="col" className={headClass}>
											{t('list.progress')}
										</th>
										<th scope="col" className={headClass}>
											{t('list.note')}
										</th>
									</tr>
								</thead>
								<tbody>
									{review.goals.map((goal) => (
										<tr key={goal.goalId}>
											<th scope="row" className={`${cellClass} font-normal`}>
												{goal.text}
											</th>
											<td className={cellClass}>{t(`progress.${goal.progress}`)}</td>
											<td className={`${cellClass} whitespace-pre-line`}>{goal.note ?? ''}</td>
										</tr>
									))}
								</tbody>
							</table>
						)}
					</article>
				</li>
			))}
		</ol>
	)
}

/** One term of a definition list; `wide` spans both columns of a two-column list. */
export function Term({ label, wide = false, children }: { label: string; wide?: boolean; children: ReactNode }) {
	return (
		<div className={wide ? 'sm:col-span-2 print:col-span-2' : undefined}>
			<dt className="font-medium text-slate-700">{label}</dt>
			<dd className="whitespace-pre-line text-slate-900">{children}</dd>
		</div>
	)
}

/**
 * The balance of load and capacity through the reviews: per reviewed period its check-ins, their mean
 * balance, the step-back days and the coach's own reading. Drawn from the reviews' snapshots.
 */
export function PlanBalanceOverTime({ reviews }: { reviews: PlanReviewView[] }) {
	const { t } = useTranslation('planReviews')
	const date = useFormatDate()
	const score = useOneDecimal()
	if (reviews.length === 0) return <p className="text-slate-800">{t('list.none')}</p>
	return (
		<table className={tableClass}>
			<caption className={captionClass}>{t('overTime.caption')}</caption>
			<thead>
				<tr>
					<th scope="col" className={headClass}>
						{t('overTime.period')}
					</th>
					<th scope="col" className={headClass}>
						{t('list.checkIns')}
					</th>
					<th scope="col" className={headClass}>
						{t('list.balanceAverage')}
					</th>
					<th scope="col" className={headClass}>
						{t('overTime.stepBackDays')}
					</th>
					<th scope="col" className={headClass}>
						{t('list.coachBalance')}
					</th>
				</tr>
			</thead>
			<tbody>
				{reviews.map((review) => (
					<tr key={review.id}>
						<th scope="row" className={`${cellClass} font-normal`}>
							{t('list.periodShort', { from: date(review.periodFrom), to: date(review.periodTo) })}
						</th>
						<td className={cellClass}>{review.checkInCount}</td>
						<td className={cellClass}>
							{review.balanceAverage === null ? t('list.noAverage') : score(review.balanceAverage)}
						</td>
						<td className={cellClass}>{review.stepBackDays}</td>
						<td className={cellClass}>{review.balance}</td>
					</tr>
				))}
			</tbody>
		</table>
	)
}

/** The evidence in one sentence, to argue from: "balance around X over N check-ins, Y step-backs". */
export function PlanEvidenceSummary({ history }: { history: PlanHistory }) {
	const { t } = useTranslation('planReviews')
	const date = useFormatDate()
	const score = useOneDecimal()
	const checkIns = t('evidence.summaryCheckIns', { count: history.checkInCount })
	const balance =
		history.balanceAverage === null
			? t('evidence.summaryNoBalance')
			: t('evidence.summaryBalance', { score: score(history.balanceAverage) })
	const stepBacks =
		history.stepBackCount === 0
			? t('evidence.summaryNoStepBacks')
			: `${t('evidence.summaryStepBacks', { count: history.stepBackCount })} ${t('evidence.summaryStepBackDays', { count: history.stepBackDays })}`
	return (
		<p className="text-slate-900">
			{t('evidence.summary', {
				from: date(history.from),
				to: date(history.to),
				checkIns,
				balance,
				stepBacks,
			})}
		</p>
	)
}

/**
 * The history of a period: the check-ins with their balance and notes, the mean balance, the
 * step-back periods with their days inside the period, and the goals with the progress recorded in
 * the period's reviews. `headingLevel` is the level of its section headings (default 3). The
 * check-ins' notes are the candidate's and employer's own words, and a reason to step back is often
 * health context: `showNotes` false leaves both out (the printed plan goes to a funder), keeping the
 * dates and scores.
 */
export function PlanHistoryEvidence({
	history,
	headingLevel = 3,
	showNotes = true,
}: {
	history: PlanHistory
	headingLevel?: 2 | 3
	showNotes?: boolean
}) {
	const { t } = useTranslation('planReviews')
	const date = useFormatDate()
	const score = useOneDecimal()
	const range = { from: date(history.from), to: date(history.to) }
	const idPrefix = `evidence-${history.from}-${history.to}`
	return (
		<div className="space-y-6">
			<PlanEvidenceSummary history={history} />

			<section aria-labelledby={`${idPrefix}-check-ins-heading`} className="space-y-3">
				<Heading level={headingLevel} id={`${idPrefix}-check-ins-heading`}>
					{t('evidence.checkIns')}
				</Heading>
				{history.checkIns.length === 0 ? (
					<p className="text-slate-800">{t('evidence.noCheckIns')}</p>
				) : (
					<table className={tableClass}>
						<caption className={captionClass}>{t('evidence.checkInsCaption', range)}</caption>
						<thead>
							<tr>
								<th scope="col" className={headClass}>
									{t('evidence.doneOn')}
								</th>
								<th scope="col" className={headClass}>
									{t('evidence.balance')}
								</th>
								{showNotes ? (
									<>
										<th scope="col" className={headClass}>
											{t('evidence.candidateNote')}
										</th>
										<th scope="col" className={headClass}>
											{t('evidence.employerNote')}
										</th>
									</>
								) : null}
							</tr>
						</thead>
						<tbody>
							{history.checkIns.map((checkIn) => (
								<tr key={checkIn.id}>
									<th scope="row" className={`${cellClass} font-normal whitespace-nowrap`}>
										<time dateTime={checkIn.doneOn}>{date(checkIn.doneOn)}</time>
									</th>
									<td className={cellClass}>
										{checkIn.balance === null
											? t('evidence.noBalance')
											: `${checkIn.balance} · ${t(`placements:balance.${checkIn.balance}`)}`}
									</td>
									{showNotes ? (
										<>
											<td className={`${cellClass} whitespace-pre-line`}>{checkIn.candidateNote ?? ''}</td>
											<td className={`${cellClass} whitespace-pre-line`}>{checkIn.employerNote ?? ''}</td>
										</>
									) : null}
								</tr>
							))}
						</tbody>
						<tfoot>
							<tr>
								<th scope="row" className={headClass}>
									{t('evidence.average')}
								</th>
								<td className={cellClass} colSpan={showNotes ? 3 : 1}>
									{history.balanceAverage === null
										? t('list.noAverage')
										: t('list.outOfFive', { score: score(history.balanceAverage) })}
								</td>
							</tr>
						</tfoot>
					</table>
				)}
				{!showNotes && history.checkIns.length > 0 ? (
					<p className="text-slate-700">{t('evidence.notesLeftOut')}</p>
				) : null}
			</section>

			<section aria-labelledby={`${idPrefix}-step-backs-heading`} className="space-y-3">
				<Heading level={headingLevel} id={`${idPrefix}-step-backs-heading`}>
					{t('evidence.stepBacks')}
				</Heading>
				{history.stepBacks.length === 0 ? (
					<p className="text-slate-800">{t('evidence.noStepBacks')}</p>
				) : (
					<table className={tableClass}>
						<caption className={captionClass}>{t('evidence.stepBacksCaption', range)}</caption>
						<thead>
							<tr>
								<th scope="col" className={headClass}>
									{t('evidence.stepBackPeriod')}
								</th>
								<th scope="col" className={headClass}>
									{t('evidence.daysInPeriod')}
								</th>
								{showNotes ? (
									<th scope="col" className={headClass}>
										{t('evidence.reason')}
									</th>
								) : null}
							</tr>
						</thead>
						<tbody>
							{history.stepBacks.map((period, index) => (
								<tr key={`${index}-${period.startedOn}`}>
									<th scope="row" className={`${cellClass} font-normal`}>
										{period.endedOn
											? t('evidence.periodClosed', { from: date(period.startedOn), to: date(period.endedOn) })
											: t('evidence.periodOpen', { from: date(period.startedOn) })}
									</th>
									<td className={cellClass}>{period.days}</td>
									{showNotes ? <td className={`${cellClass} whitespace-pre-line`}>{period.reason}</td> : null}
								</tr>
							))}
						</tbody>
						<tfoot>
							<tr>
								<th scope="row" className={headClass}>
									{t('evidence.total')}
								</th>
								<td className={cellClass} colSpan={showNotes ? 2 : 1}>
									{t('evidence.totalDays', { count: history.stepBackDays })}
								</td>
							</tr>
						</tfoot>
					</table>
				)}
			</section>

			<section aria-labelledby={`${idPrefix}-goals-heading`} className="space-y-3">
				<Heading level={headingLevel} id={`${idPrefix}-goals-heading`}>
					{t('evidence.goals')}
				</Heading>
				{history.goals.length === 0 ? (
					<p className="text-slate-800">{t('list.noGoals')}</p>
				) : (
					<ul className="space-y-4">
						{history.goals.map((goal) => (
							<li key={goal.id} className="break-inside-avoid">
								<p className="font-medium text-slate-900">
									{goal.text}
									{goal.removed ? <span className="ml-2 text-slate-700">{t('evidence.removed')}</span> : null}
								</p>
								{goal.progress.length === 0 ? (
									<p className="text-slate-800">{t('evidence.noProgress')}</p>
								) : (
									<ol className="mt-1 list-disc space-y-1 pl-6 text-slate-900">
										{goal.progress.map((entry) => (
											<li key={entry.reviewId}>
												{t('evidence.progressLine', {
													date: date(entry.heldOn),
													progress: t(`progress.${entry.progress}`),
												})}
												{entry.goalText !== goal.text ? (
													<span className="block text-slate-700">
														{t('evidence.wordedThen', { text: entry.goalText })}
													</span>
												) : null}
												{entry.note ? <span className="block whitespace-pre-line">{entry.note}</span> : null}
											</li>
										))}
									</ol>
								)}
							</li>
						))}
					</ul>
				)}
			</section>
		</div>
	)
}
