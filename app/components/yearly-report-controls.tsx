// What sits above the yearly report on screen and never on paper: the period choice and the print
// button (the print styles hide forms and buttons).
import { Form } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { Button } from '#app/components/ui/button.tsx'
import { SelectField } from '#app/components/ui/field.tsx'
import { REPORT_YEAR_PARAM } from '#app/domain/insight/yearly-report.ts'
import { useHydrated } from '#app/utils/use-hydrated.ts'

/** A plain GET form, so choosing a year works without JavaScript too. */
export function ReportPeriodForm({ year, years }: { year: number; years: number[] }) {
	const { t } = useTranslation('yearlyReport')
	return (
		<Form method="get" className="flex flex-wrap items-end gap-3">
			<SelectField
				label={t('period.label')}
				selectProps={{ name: REPORT_YEAR_PARAM, id: 'yearly-report-year', defaultValue: String(year) }}
				options={years.map((option) => ({ value: String(option), label: String(option) }))}
			/>
			<Button type="submit" variant="secondary" className="min-h-11">
				{t('period.show')}
			</Button>
		</Form>
	)
}

/**
 * Opens the browser's print dialog (where "Save as PDF" lives). It only appears once JavaScript
 * runs; without it the browser's own print command prints the same clean layout.
 */
export function ReportPrintButton() {
	const { t } = useTranslation('yearlyReport')
	// False in the server's HTML and during hydration, true from then on: no button without JavaScript.
	const hydrated = useHydrated()
	if (!hydrated) return null
	return (
		<div className="space-y-1">
			<Button type="button" className="min-h-11" onClick={() => window.print()}>
				{t('print.button')}
			</Button>
			<p className="text-sm text-slate-700 print:hidden">{t('print.hint')}</p>
		</div>
	)
}
