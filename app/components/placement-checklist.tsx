import { getFormProps, type SubmissionResult } from '@conform-to/react'
import { Form, Link } from '@remix-run/react'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { Card } from '#app/components/page-header.tsx'
import { textLinkClass } from '#app/components/place-card.tsx'
import { agreementStatusLine } from '#app/components/placement-plan-links.tsx'
import { Button } from '#app/components/ui/button.tsx'
import { CheckboxGroup, FormErrors } from '#app/components/ui/field.tsx'
import { CHECKLIST_INTENT, createChecklistSchema, type ChecklistResponsible } from '#app/domain/plans/checklists.ts'
import type { AgreementSummary } from '#app/domain/plans/placement-plan-summary.server.ts'
import { useFormatDate } from '#app/utils/format.ts'
import { useValidatedForm } from '#app/utils/forms.ts'

type ChecklistItemView = {
	key: string
	responsible: ChecklistResponsible
	done: { doneAt: string; doneByName: string | null } | null
	/** Set on the agreement step, which follows from the agreement and is never ticked by hand. */
	agreement: AgreementSummary | null
}

export type PlacementChecklistView = { items: ChecklistItemView[]; doneCount: number; total: number }

/**
 * The steps of the placement's place type. Editable: one form of checkboxes with a save button, so
 * it works without JavaScript, and the derived steps as text beside it; read-only (an ended
 * placement, or no right to change it): all steps as a list.
 */
export function PlacementChecklist({
	placementId,
	placeType,
	checklist,
	editable,
	ended,
	lastResult,
}: {
	placementId: string
	placeType: string
	checklist: PlacementChecklistView
	editable: boolean
	ended: boolean
	lastResult: SubmissionResult<string[]> | null | undefined
}) {
	const { t } = useTranslation('checklists')
	return (
		<section aria-labelledby="checklist-heading" className="space-y-4">
			<h2 id="checklist-heading" className="text-2xl font-semibold text-slate-900">
				{t('checklist.title')}
			</h2>
			{checklist.total === 0 ? (
				<p className="text-slate-800">{t('checklist.none')}</p>
			) : (
				<Card>
					<p className="text-slate-800">{t('checklist.intro', { type: t(`places:types.${placeType}`) })}</p>
					<p className="mt-2 text-lg font-semibold text-slate-900">
						{t('checklist.progress', { done: checklist.doneCount, total: checklist.total })}
					</p>
					{editable ? (
						<>
							<DerivedSteps placementId={placementId} items={checklist.items.filter((item) => item.agreement)} />
							<ChecklistForm placeType={placeType} checklist={checklist} lastResult={lastResult} />
						</>
					) : (
						<>
							{ended ? <p className="mt-2 text-slate-800">{t('checklist.readOnly')}</p> : null}
							<ul className="mt-4 space-y-3">
								{checklist.items.map((item) => (
									<li key={item.key}>
										<ItemText item={item} placementId={placementId} status />
									</li>
								))}
							</ul>
						</>
					)}
				</Card>
			)}
		</section>
	)
}

/** The steps that follow from other records, shown with their state above the form's checkboxes. */
function DerivedSteps({ placementId, items }: { placementId: string; items: ChecklistItemView[] }) {
	if (!items.length) return null
	return (
		<ul className="mt-4 space-y-3">
			{items.map((item) => (
				<li key={item.key}>
					<ItemText item={item} placementId={placementId} status />
				</li>
			))}
		</ul>
	)
}

function ChecklistForm({
	placeType,
	checklist,
	lastResult,
}: {
	placeType: string
	checklist: PlacementChecklistView
	lastResult: SubmissionResult<string[]> | null | undefined
}) {
	const { t } = useTranslation('checklists')
	const schema = useMemo(() => createChecklistSchema(placeType), [placeType])
	const ticked = checklist.items.flatMap((item) => (item.done && !item.agreement ? [item.key] : []))
	const [form, fields] = useValidatedForm(schema, {
		id: 'placement-checklist',
		lastResult,
		defaultValue: { done: ticked },
	})
	return (
		<Form method="post" className="mt-4 space-y-4" aria-labelledby="checklist-heading" {...getFormProps(form)}>
			<FormErrors id={form.errorId} errors={form.errors} />
			<input type="hidden" name="intent" value={CHECKLIST_INTENT} />
			{/* What was ticked on this page, so saving unticks only what this person unticked. */}
			{ticked.map((key) => (
				<input key={key} type="hidden" name="shown" value={key} />
			))}
			<CheckboxGroup
				field={fields.done}
				legend={t('checklist.legend')}
				layout="list"
				options={checklist.items.flatMap((item) =>
					item.agreement ? [] : [{ value: item.key, label: <ItemText item={item} /> }],
				)}
			/>
			<Button type="submit">{t('checklist.submit')}</Button>
		</Form>
	)
}

/**
 * A step's label, who takes it, its hint, and who ticked it when; `status` spells out done or not.
 * The agreement step instead says where the agreement stands, with a link to it.
 */
function ItemText({
	item,
	placementId,
	status = false,
}: {
	item: ChecklistItemView
	placementId?: string
	status?: boolean
}) {
	const { t } = useTranslation('checklists')
	const date = useFormatDate()
	return (
		<span className="block">
			<span className="block font-medium text-slate-900">
				{t(`items.${item.key}.label`)}
				{status ? ` · ${item.done ? t('checklist.done') : t('checklist.open')}` : null}
			</span>
			<span className="block text-sm text-slate-700">
				{t('checklist.responsible', { who: t(`responsible.${item.responsible}`) })} · {t(`items.${item.key}.hint`)}
			</span>
			{item.agreement ? (
				<>
					<span className="block text-sm text-slate-800">{agreementStatusLine(t, item.agreement, date)}</span>
					{item.done ? null : <span className="block text-sm text-slate-700">{t('checklist.derived')}</span>}
					{placementId && item.agreement.state !== 'not-applicable' ? (
						<Link to={`/jobcoach/plaatsingen/${placementId}/overeenkomst`} className={`text-sm ${textLinkClass}`}>
							{t('checklist.toAgreement')}
						</Link>
					) : null}
				</>
			) : item.done ? (
				<span className="block text-sm text-slate-700">
					{item.done.doneByName
						? t('checklist.doneBy', { name: item.done.doneByName, date: date(item.done.doneAt) })
						: t('checklist.doneOn', { date: date(item.done.doneAt) })}
				</span>
			) : null}
		</span>
	)
}
