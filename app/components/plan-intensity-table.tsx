// The intensity of a support plan by all three municipal methods side by side: what each method's
// figure comes to per week, per year and over the plan's whole duration. The chosen method is named
// in words (not only shown in bold), so it reads the same on paper and to a screen reader.
import { useTranslation } from 'react-i18next'
import { DataTable } from '#app/components/ui/data-table.tsx'
import { type IntensityMethod } from '#app/domain/plans/plan-options.ts'
import { intlLocale } from '#app/utils/format.ts'

export type IntensityRow = {
	method: IntensityMethod
	chosen: boolean
	/** Null when the figure typed so far is not a number (the form's preview). */
	hoursPerWeek: number | null
	yearlyHours: number | null
	totalHours: number | null
}

export type IntensitySettings = {
	supportHoursPerWeek: string
	supportPercent: string
	supportRegime: string
	contractHoursPerWeek: number
}

/** "2,4" in Dutch, "2.4" in English, at most one decimal; "—" for a figure not (yet) known. Hours and mean scores alike. */
export function useOneDecimal() {
	const { i18n } = useTranslation()
	const format = new Intl.NumberFormat(intlLocale(i18n.language), { maximumFractionDigits: 1 })
	return (value: number | null) => (value === null || !Number.isFinite(value) ? '—' : format.format(value))
}

export function PlanIntensityTable({
	rows,
	settings,
	durationMonths,
	caption,
}: {
	rows: IntensityRow[]
	settings: IntensitySettings
	durationMonths: number | null
	caption: string
}) {
	const { t } = useTranslation('plans')
	const hours = useOneDecimal()
	const setting: Record<IntensityMethod, string> = {
		HOURS_PER_WEEK: settings.supportHoursPerWeek
			? t('intensity.hoursSetting', { hours: settings.supportHoursPerWeek })
			: '—',
		PERCENT_OF_CONTRACT: settings.supportPercent
			? t('intensity.percentSetting', { percent: settings.supportPercent, hours: settings.contractHoursPerWeek })
			: '—',
		REGIME: settings.supportRegime ? t(`regimes.${settings.supportRegime}`) : '—',
	}
	return (
		<div className="overflow-x-auto">
			<DataTable
				caption={caption}
				columns={[
					{ label: t('intensity.method') },
					{ label: t('intensity.setting') },
					{ label: t('intensity.perWeek') },
					{ label: t('intensity.perYear') },
					{
						label: durationMonths ? t('intensity.total', { count: durationMonths }) : t('intensity.totalUnknown'),
					},
				]}
			>
				{rows.map((row) => (
					<tr
						key={row.method}
						data-row={row.method}
						className={`border-b border-slate-200 ${row.chosen ? 'bg-brand-50 font-semibold' : ''}`}
					>
						<th scope="row" className={`p-2 ${row.chosen ? 'font-semibold' : 'font-normal'}`}>
							{t(`methods.${row.method}`)}
							{row.chosen ? <span className="block text-sm">{t('intensity.chosenMark')}</span> : null}
						</th>
						<td className="p-2">{setting[row.method]}</td>
						<td className="p-2 tabular-nums">{hours(row.hoursPerWeek)}</td>
						<td className="p-2 tabular-nums">{hours(row.yearlyHours)}</td>
						<td className="p-2 tabular-nums">{hours(row.totalHours)}</td>
					</tr>
				))}
			</DataTable>
		</div>
	)
}
