// What the coach typed in a plan or review form that could not be saved because the placement ended
// meanwhile: the page no longer offers the form, so the text is shown as plain, copyable text next
// to the reason, rather than lost.
import { useTranslation } from 'react-i18next'
import { FormErrors } from '#app/components/ui/field.tsx'

export type KeptValue = { key: string; label: string; value: string }

/** `errors` says why nothing was saved, unless the page around it says so already. */
export function PlanKeptValues({ errors, items }: { errors?: string[]; items: KeptValue[] }) {
	const { t } = useTranslation('plans')
	const filled = items.filter((item) => item.value.trim() !== '')
	return (
		<section
			aria-labelledby="plan-kept-heading"
			className="space-y-4 rounded-lg border border-slate-300 bg-white p-6 shadow-sm"
		>
			<h2 id="plan-kept-heading" className="text-2xl font-semibold text-slate-900">
				{t('kept.title')}
			</h2>
			{errors ? <FormErrors id="plan-kept-errors" errors={errors} /> : null}
			<p className="text-slate-800">{t('kept.intro')}</p>
			<dl className="space-y-3">
				{filled.map((item) => (
					<div key={item.key}>
						<dt className="font-semibold text-slate-800">{item.label}</dt>
						<dd className="whitespace-pre-line text-slate-900 select-text">{item.value}</dd>
					</div>
				))}
			</dl>
		</section>
	)
}

/** A submitted field's value as text: what Conform echoes back is a string, or nothing. */
export function keptText(value: unknown) {
	return typeof value === 'string' ? value : ''
}
