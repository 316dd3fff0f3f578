import { getFormProps, getSelectProps, type SubmissionResult } from '@conform-to/react'
import { Form } from '@remix-run/react'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { candidateStages, languageOptions } from '#app/domain/candidates/candidate-options.ts'
import {
	columnLetter,
	createMappingSchema,
	importFields,
	SKIP_COLUMN,
	type ColumnMapping,
	type ImportKind,
} from '#app/domain/imports/column-mapping.ts'
import { placeTypes, sbiSections } from '#app/domain/places/place-options.ts'
import { useValidatedForm } from '#app/utils/forms.ts'
import { Button } from './ui/button.tsx'
import { ErrorList, FormErrors } from './ui/field.tsx'

/** Step 2: a select per column of the file, with the column's name and a few of its values. */
export function ImportMappingForm({
	kind,
	headers,
	samples,
	mapping,
	lastResult,
	checkedBefore,
}: {
	kind: ImportKind
	headers: string[]
	samples: string[][]
	mapping: ColumnMapping
	lastResult?: SubmissionResult<string[]> | null
	checkedBefore: boolean
}) {
	const { t } = useTranslation('imports')
	const schema = useMemo(() => createMappingSchema(kind), [kind])
	const [form, fields] = useValidatedForm(schema, {
		id: 'import-mapping',
		lastResult,
		defaultValue: { columns: headers.map((_, index) => mapping[index] ?? SKIP_COLUMN) },
	})
	const selects = fields.columns.getFieldList()
	const options = [
		{ value: SKIP_COLUMN, label: t('mapping.skip') },
		...importFields[kind].map((field) => ({ value: field, label: t(`fields.${field}`) })),
	]
	return (
		<Form method="post" className="space-y-4" {...getFormProps(form)}>
			<input type="hidden" name="intent" value="map" />
			<p className="text-slate-700">{t(`mapping.requiredHint.${kind}`)}</p>
			<FormErrors id={form.errorId} errors={form.errors} />
			<div className="overflow-x-auto">
				<table className="w-full border-collapse bg-white text-left">
					<caption className="sr-only">{t('mapping.caption')}</caption>
					<thead>
						<tr className="border-b border-slate-300">
							<th scope="col" className="p-2">
								{t('mapping.columns.column')}
							</th>
							<th scope="col" className="p-2">
								{t('mapping.columns.header')}
							</th>
							<th scope="col" className="p-2">
								{t('mapping.columns.examples')}
							</th>
							<th scope="col" className="p-2">
								{t('mapping.columns.field')}
							</th>
						</tr>
					</thead>
					<tbody>
						{headers.map((header, index) => {
							const select = selects[index]
							if (!select) return null
							const letter = columnLetter(index)
							const errorId = select.errors?.length ? `${select.id}-error` : undefined
							const examples = samples.map((cells) => cells[index] ?? '').filter(Boolean)
							const { key, ...selectProps } = getSelectProps(select)
							return (
								<tr key={index} className="border-b border-slate-200 align-top">
									<th scope="row" className="p-2 font-semibold">
										{letter}
									</th>
									<td className="p-2">{header || <span className="text-slate-700">{t('mapping.noHeader')}</span>}</td>
									<td className="p-2 text-slate-700">{examples.join(' · ')}</td>
									<td className="p-2">
										<label htmlFor={select.id} className="sr-only">
											{t('mapping.fieldFor', { column: header ? `${letter} (${header})` : letter })}
										</label>
										<select
											{...selectProps}
											key={key}
											aria-describedby={errorId}
											className="block w-full rounded-md border border-slate-500 bg-white px-3 py-2 text-slate-900 focus:outline-2 focus:outline-brand-700"
										>
											{options.map((option) => (
												<option key={option.value} value={option.value}>
													{option.label}
												</option>
											))}
										</select>
										<ErrorList id={errorId} errors={select.errors} />
									</td>
								</tr>
							)
						})}
					</tbody>
				</table>
			</div>
			<AcceptedValues kind={kind} />
			<Button type="submit">{t(checkedBefore ? 'mapping.submitAgain' : 'mapping.submit')}</Button>
		</Form>
	)
}

/** What the closed lists accept, in the reader's language (the other language is accepted too). */
function AcceptedValues({ kind }: { kind: ImportKind }) {
	const { t } = useTranslation('imports')
	const list = (field: string, values: string[]) =>
		t('mapping.values', { field: t(`fields.${field}`), values: values.join(', ') })
	const lines =
		kind === 'CANDIDATES'
			? [
					list(
						'stage',
						candidateStages.map((stage) => t(`candidates:stages.${stage}`)),
					),
					list(
						'placeTypes',
						placeTypes.map((type) => t(`places:types.${type}`)),
					),
					list(
						'languages',
						languageOptions.map((language) => t(`candidates:languages.${language}`)),
					),
					t('mapping.coachValues'),
					t('mapping.townValues'),
					t('mapping.birthYearValues'),
					t('mapping.intakeDateValues'),
					t('mapping.activeValues'),
				]
			: [
					list(
						'sector',
						sbiSections.map((section) => `${section} ${t(`common:sectors.${section}`)}`),
					),
					t('mapping.townValues'),
				]
	return (
		<details className="rounded-md border border-slate-300 bg-slate-50 p-3">
			<summary className="cursor-pointer font-medium focus-visible:outline-2 focus-visible:outline-brand-700">
				{t('mapping.valuesTitle')}
			</summary>
			<p className="mt-2 text-slate-700">{t('mapping.valuesIntro')}</p>
			<ul className="mt-2 list-disc space-y-1 pl-5">
				{lines.map((line) => (
					<li key={line}>{line}</li>
				))}
			</ul>
		</details>
	)
}
