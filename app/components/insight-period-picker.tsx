// The dashboard's period: a plain GET form (the URL holds the period, and it works without
// JavaScript) with the presets, a quarter and a custom from/to. With JavaScript, choosing a quarter or
// a date also selects the preset it belongs to.
import { Form } from '@remix-run/react'
import { useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { periodParams, periodPresets, type PeriodPreset, type PeriodSelection } from '#app/domain/insight/period.ts'
import { type Period } from '#app/domain/insight/insight.ts'
import { Button } from './ui/button.tsx'
import { Field, SelectField } from './ui/field.tsx'

export function InsightPeriodPicker({
	selection,
	period,
	quarters,
	today,
}: {
	selection: PeriodSelection
	period: Period
	/** The quarters offered, newest first (`2026-Q2`). */
	quarters: string[]
	today: string
}) {
	const { t } = useTranslation('insight')
	const form = useRef<HTMLFormElement>(null)
	const choose = (preset: PeriodPreset) => {
		const radio = form.current?.querySelector<HTMLInputElement>(
			`input[name="${periodParams.preset}"][value="${preset}"]`,
		)
		if (radio) radio.checked = true
	}
	return (
		<Form
			ref={form}
			method="get"
			// A new URL (another period, the back button) resets the uncontrolled fields.
			key={JSON.stringify(selection)}
			aria-labelledby="period-heading"
			className="grid gap-4 rounded-lg border border-slate-300 bg-white p-5 shadow-sm md:grid-cols-2"
		>
			<h2 id="period-heading" className="text-xl font-semibold md:col-span-2">
				{t('period.heading')}
			</h2>
			<fieldset>
				<legend className="font-medium text-slate-900">{t('period.legend')}</legend>
				<div className="mt-2 space-y-2">
					{periodPresets.map((preset) => (
						<label key={preset} className="flex items-center gap-2 text-slate-900">
							<input
								type="radio"
								name={periodParams.preset}
								value={preset}
								defaultChecked={selection.preset === preset}
								className="h-4 w-4 accent-brand-700"
							/>
							{t(`period.presets.${preset}`)}
						</label>
					))}
				</div>
			</fieldset>
			<div className="space-y-4">
				<SelectField
					label={t('period.quarter')}
					selectProps={{
						name: periodParams.quarter,
						defaultValue: selection.preset === 'quarter' ? selection.quarter : quarters[1],
						onChange: () => choose('quarter'),
					}}
					options={quarters.map((quarter) => ({
						value: quarter,
						label: t('period.quarterOption', { number: quarter.slice(6), year: quarter.slice(0, 4) }),
					}))}
				/>
				<p className="text-sm text-slate-700">{t('period.customHint')}</p>
				<div className="grid gap-4 sm:grid-cols-2">
					<Field
						label={t('period.from')}
						inputProps={{
							name: periodParams.from,
							type: 'date',
							max: today,
							defaultValue: period.from,
							onChange: () => choose('custom'),
						}}
					/>
					<Field
						label={t('period.to')}
						inputProps={{
							name: periodParams.to,
							type: 'date',
							defaultValue: period.to,
							onChange: () => choose('custom'),
						}}
					/>
				</div>
			</div>
			<div className="md:col-span-2">
				<Button type="submit">{t('period.submit')}</Button>
			</div>
		</Form>
	)
}
