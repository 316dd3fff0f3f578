import { getFormProps, type SubmissionResult } from '@conform-to/react'
import { Form } from '@remix-run/react'
import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { WEEKLY_TARGET_MAX } from '#app/domain/network/relationship-rules.ts'
import { WeeklyTargetSchema } from '#app/domain/network/relationship-schema.ts'
import type { WeeklyContacts } from '#app/domain/network/weekly-contacts.server.ts'
import { formatDate } from '#app/utils/format.ts'
import { useValidatedForm } from '#app/utils/forms.ts'
import { Card } from './page-header.tsx'
import { Button } from './ui/button.tsx'
import { FormErrors } from './ui/field.tsx'
import { NumberField } from './ui/form-layout.tsx'

/**
 * The signed-in person's employer contacts this week against their own target, with the form to
 * change that target. Used on the coordinator's and the jobcoach's start page.
 */
export function WeeklyTargetCard({
	weekly,
	lastResult,
}: {
	weekly: WeeklyContacts
	lastResult?: SubmissionResult<string[]> | null
}) {
	const { t, i18n } = useTranslation('relationships')
	const headingId = useId()
	const [form, fields] = useValidatedForm(WeeklyTargetSchema, {
		id: 'weekly-target',
		lastResult,
		defaultValue: { intent: 'weekly-target', weeklyContactTarget: String(weekly.target) },
	})
	const status =
		weekly.target > 0
			? t('weekly.progress', { count: weekly.count, target: weekly.target })
			: t('weekly.noTarget', { count: weekly.count })
	return (
		<Card>
			<h2 id={headingId} className="text-xl font-semibold text-slate-900">
				{t('weekly.title')}
			</h2>
			<p className="mt-2 text-lg font-semibold text-slate-900" data-testid="weekly-contacts">
				{status}
				{weekly.target > 0 && weekly.count >= weekly.target ? ` · ${t('weekly.reached')}` : ''}
			</p>
			{weekly.target > 0 ? (
				<progress
					className="mt-2 h-3 w-full max-w-md accent-brand-700"
					max={weekly.target}
					value={Math.min(weekly.count, weekly.target)}
					aria-label={status}
				>
					{status}
				</progress>
			) : null}
			<p className="mt-2 text-sm text-slate-700">
				{t('weekly.week', {
					monday: formatDate(weekly.monday, i18n.language),
					sunday: formatDate(weekly.sunday, i18n.language),
				})}{' '}
				{t('weekly.counts')}
			</p>
			<p className="mt-2 text-slate-800">{t('weekly.practice')}</p>
			<Form
				method="post"
				className="mt-4 flex flex-wrap items-end gap-4"
				aria-labelledby={headingId}
				{...getFormProps(form)}
			>
				<FormErrors id={form.errorId} errors={form.errors} />
				<input type="hidden" name="intent" value="weekly-target" />
				<NumberField
					field={fields.weeklyContactTarget}
					label={t('weekly.targetLabel')}
					hint={weekly.usesDefault ? t('weekly.defaultTarget') : t('weekly.targetHint')}
					min={0}
					max={WEEKLY_TARGET_MAX}
					className="w-48"
				/>
				<Button type="submit" variant="secondary">
					{t('weekly.save')}
				</Button>
			</Form>
		</Card>
	)
}
