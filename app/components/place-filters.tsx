import { useSubmit } from '@remix-run/react'
import { useId, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { boardParams, MAX_FILTER_HOURS, type BoardFilters } from '#app/domain/places/board-filters.ts'
import { placeTypes, sbiSections } from '#app/domain/places/place-options.ts'
import { ListFilterForm } from './list-controls.tsx'

const inputClass =
	'mt-1 block w-full rounded-md border border-slate-500 bg-white px-3 py-2 text-slate-900 focus:border-brand-700 focus:outline-2 focus:outline-brand-700'

type FormValues = { types: string[]; sector: string; town: string; hoursMin: string; hoursMax: string }

function formValues(filters: BoardFilters): FormValues {
	return {
		types: filters.types,
		sector: filters.sector ?? '',
		town: filters.town ?? '',
		hoursMin: filters.hoursMin === null ? '' : String(filters.hoursMin),
		hoursMax: filters.hoursMax === null ? '' : String(filters.hoursMax),
	}
}

/**
 * The board's filters as a plain GET form: it works without JavaScript, and the URL holds the
 * filters so a result can be shared. Submitting starts again at page 1.
 */
export function PlaceFilters({ filters, towns }: { filters: BoardFilters; towns: string[] }) {
	const { t } = useTranslation('board')
	const id = useId()
	const townListId = `${id}-towns`
	const submit = useSubmit()
	// Controlled fields follow the URL (clear filters, back button) without losing focus.
	const [values, setValues] = useState(() => formValues(filters))
	const [shownFilters, setShownFilters] = useState(filters)
	if (shownFilters !== filters) {
		setShownFilters(filters)
		setValues(formValues(filters))
	}
	const set = (field: keyof FormValues, value: string) => setValues((current) => ({ ...current, [field]: value }))
	const toggleType = (type: string, checked: boolean) =>
		setValues((current) => ({
			...current,
			types: checked ? [...current.types, type] : current.types.filter((item) => item !== type),
		}))
	// With JavaScript, leave empty fields out of the URL; without, the server ignores them.
	const onSubmit = (event: FormEvent<HTMLFormElement>) => {
		event.preventDefault()
		const params = new URLSearchParams()
		for (const [name, value] of new FormData(event.currentTarget)) {
			if (typeof value === 'string' && value.trim() !== '') params.append(name, value)
		}
		void submit(params, { method: 'get', action: '/plekken' })
	}
	return (
		<ListFilterForm
			onSubmit={onSubmit}
			action="/plekken"
			data-testid="place-filters"
			heading={t('filters.heading')}
			submitLabel={t('filters.submit')}
			clearLabel={t('filters.clear')}
			clearTo="/plekken"
			layout="stack"
		>
			<fieldset>
				<legend className="font-medium text-slate-900">{t('filters.type')}</legend>
				<ul className="mt-2 space-y-1">
					{placeTypes.map((type) => (
						<li key={type}>
							<label className="flex items-center gap-2">
								<input
									type="checkbox"
									name={boardParams.types}
									value={type}
									checked={values.types.includes(type)}
									onChange={(event) => toggleType(type, event.currentTarget.checked)}
									className="h-4 w-4 accent-brand-700"
								/>
								{t(`places:types.${type}`)}
							</label>
						</li>
					))}
				</ul>
			</fieldset>
			<div>
				<label htmlFor={`${id}-sector`} className="block font-medium text-slate-900">
					{t('filters.sector')}
				</label>
				<select
					id={`${id}-sector`}
					name={boardParams.sector}
					value={values.sector}
					onChange={(event) => set('sector', event.currentTarget.value)}
					className={inputClass}
				>
					<option value="">{t('filters.allSectors')}</option>
					{sbiSections.map((section) => (
						<option key={section} value={section}>
							{t(`common:sectors.${section}`)}
						</option>
					))}
				</select>
			</div>
			<div>
				<label htmlFor={`${id}-town`} className="block font-medium text-slate-900">
					{t('filters.town')}
				</label>
				<input
					id={`${id}-town`}
					name={boardParams.town}
					type="text"
					list={townListId}
					value={values.town}
					onChange={(event) => set('town', event.currentTarget.value)}
					autoComplete="off"
					maxLength={100}
					className={inputClass}
				/>
				<datalist id={townListId}>
					{towns.map((town) => (
						<option key={town} value={town} />
					))}
				</datalist>
			</div>
			<fieldset aria-describedby={`${id}-hours-hint`}>
				<legend className="font-medium text-slate-900">{t('filters.hours')}</legend>
				<p id={`${id}-hours-hint`} className="text-sm text-slate-700">
					{t('filters.hoursHint')}
				</p>
				<div className="mt-1 grid grid-cols-2 gap-3">
					{(['hoursMin', 'hoursMax'] as const).map((field) => (
						<div key={field}>
							<label htmlFor={`${id}-${field}`} className="block text-sm text-slate-900">
								{t(`filters.${field}`)}
							</label>
							<input
								id={`${id}-${field}`}
								name={boardParams[field]}
								type="number"
								inputMode="numeric"
								min={0}
								max={MAX_FILTER_HOURS}
								step={1}
								value={values[field]}
								onChange={(event) => set(field, event.currentTarget.value)}
								className={inputClass}
							/>
						</div>
					))}
				</div>
			</fieldset>
		</ListFilterForm>
	)
}
