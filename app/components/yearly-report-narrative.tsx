// The social return overview: the report's free text. Everyone reads it as paragraphs (plain text,
// line breaks kept); coordinators write it in a form that is left out when the page is printed.
import { getFormProps, type SubmissionResult } from '@conform-to/react'
import { Form } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { ReportSection } from '#app/components/yearly-report-sections.tsx'
import { Button } from '#app/components/ui/button.tsx'
import { FormErrors, TextareaField } from '#app/components/ui/field.tsx'
import { NARRATIVE_MAX, NarrativeSchema } from '#app/domain/insight/narrative-schema.ts'
import { type InsightNarrativeView } from '#app/domain/insight/narrative.server.ts'
import { narrativeParagraphs } from '#app/domain/insight/yearly-report.ts'
import { formatDateTime, intlLocale } from '#app/utils/format.ts'
import { useValidatedForm } from '#app/utils/forms.ts'

type NarrativeData = InsightNarrativeView | null

/** The saved overview as paragraphs; React escapes the text, so markup stays text. */
function NarrativeText({ text, className }: { text: string | null; className?: string }) {
	const { t } = useTranslation('yearlyReport')
	const paragraphs = text ? narrativeParagraphs(text) : []
	return (
		<div className={`space-y-3 ${className ?? ''}`} data-testid="narrative-text">
			{paragraphs.length === 0 ? (
				<p className="text-slate-700 italic">{t('narrative.empty')}</p>
			) : (
				paragraphs.map((lines, index) => (
					<p key={index}>
						{lines.map((line, lineIndex) => (
							<span key={lineIndex}>
								{lineIndex > 0 ? <br /> : null}
								{line}
							</span>
						))}
					</p>
				))
			)}
		</div>
	)
}

function NarrativeForm({
	action,
	narrative,
	lastResult,
}: {
	action: string
	narrative: NarrativeData
	lastResult: SubmissionResult<string[]> | null | undefined
}) {
	const { t, i18n } = useTranslation('yearlyReport')
	const [form, fields] = useValidatedForm(NarrativeSchema, {
		id: 'yearly-report-narrative',
		lastResult,
		defaultValue: { text: narrative?.text ?? '' },
	})
	return (
		<Form method="post" action={action} className="space-y-4" {...getFormProps(form)}>
			<FormErrors id={form.errorId} errors={form.errors} />
			<TextareaField
				field={fields.text}
				label={t('narrative.label')}
				hint={t('narrative.hint', { max: NARRATIVE_MAX.toLocaleString(intlLocale(i18n.language)) })}
				rows={12}
			/>
			<div className="flex flex-wrap items-center gap-4">
				<Button type="submit">{t('narrative.save')}</Button>
				{narrative ? (
					<p className="text-sm text-slate-700">
						{narrative.updatedByName
							? t('narrative.lastSaved', {
									date: formatDateTime(narrative.updatedAt, i18n.language),
									name: narrative.updatedByName,
								})
							: t('narrative.lastSavedUnknown', { date: formatDateTime(narrative.updatedAt, i18n.language) })}
					</p>
				) : null}
			</div>
		</Form>
	)
}

/**
 * The section itself. With `editable` (coordinators) the form is shown on screen and the saved text
 * only in print; otherwise the saved text is shown everywhere.
 */
export function ReportNarrative({
	narrative,
	editable,
	action,
	lastResult,
}: {
	narrative: NarrativeData
	editable: boolean
	/** Where the form posts: the report's own URL, with its period. */
	action: string
	lastResult?: SubmissionResult<string[]> | null
}) {
	const { t } = useTranslation('yearlyReport')
	return (
		<ReportSection id="narrative" title={t('narrative.title')} intro={t('narrative.intro')} newPage>
			{editable ? (
				<>
					<NarrativeForm action={action} narrative={narrative} lastResult={lastResult} />
					<NarrativeText text={narrative?.text ?? null} className="hidden print:block" />
				</>
			) : (
				<NarrativeText text={narrative?.text ?? null} />
			)}
		</ReportSection>
	)
}
