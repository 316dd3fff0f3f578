import { getFormProps, getInputProps, getSelectProps, type SubmissionResult } from '@conform-to/react'
import { Form } from '@remix-run/react'
import { useMemo, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { relationshipStages } from '#app/domain/network/activity-options.ts'
import {
	FOLLOW_UP_NOTE_MAX,
	createRelationshipActionSchema,
	type RelationshipFormBounds,
} from '#app/domain/network/relationship-schema.ts'
import type { RelationshipView } from '#app/domain/network/relationships.server.ts'
import { formatDate } from '#app/utils/format.ts'
import { useValidatedForm } from '#app/utils/forms.ts'
import { PlacementDateField } from './placement-fields.tsx'
import { RelationshipStageBadge } from './relationship-stage-badge.tsx'
import { Button } from './ui/button.tsx'
import { Field, FormErrors, SelectField } from './ui/field.tsx'

function Fact({ term, children }: { term: string; children: ReactNode }) {
	return (
		<div>
			<dt className="font-medium text-slate-700">{term}</dt>
			<dd className="text-slate-900">{children}</dd>
		</div>
	)
}

/** Stage, owner, next follow-up and last activity at a glance. */
export function RelationshipFacts({ relationship }: { relationship: RelationshipView }) {
	const { t, i18n } = useTranslation('relationships')
	return (
		<dl className="grid gap-x-6 gap-y-3 sm:grid-cols-2">
			<Fact term={t('detail.stage')}>
				<RelationshipStageBadge stage={relationship.stage} />
			</Fact>
			<Fact term={t('detail.owner')}>{relationship.owner?.name ?? t('detail.noOwner')}</Fact>
			<Fact term={t('detail.nextFollowUp')}>
				{relationship.nextFollowUpOn ? formatDate(relationship.nextFollowUpOn, i18n.language) : t('detail.none')}
				{relationship.followUpDue ? (
					<span className="ml-2 text-sm font-semibold text-amber-900">{t('list.followUpDue')}</span>
				) : null}
				{relationship.followUpNote ? <span className="block text-slate-700">{relationship.followUpNote}</span> : null}
			</Fact>
			<Fact term={t('detail.lastActivity')}>
				{relationship.lastActivityAt ? formatDate(relationship.lastActivityAt, i18n.language) : t('detail.none')}
			</Fact>
		</dl>
	)
}

/** The coordinator's form: stage, owner (a member of the network) and the next follow-up. */
export function RelationshipEditForm({
	relationship,
	owners,
	bounds,
	lastResult,
}: {
	relationship: RelationshipView
	owners: Array<{ id: string; name: string }>
	bounds: RelationshipFormBounds
	lastResult?: SubmissionResult<string[]> | null
}) {
	const { t } = useTranslation('relationships')
	const schema = useMemo(() => createRelationshipActionSchema(bounds), [bounds])
	const [form, fields] = useValidatedForm(schema, {
		id: 'relationship-edit',
		lastResult,
		defaultValue: {
			intent: 'relationship',
			stage: relationship.stage,
			ownerId: relationship.owner?.id ?? '',
			nextFollowUpOn: relationship.nextFollowUpOn ?? '',
			followUpNote: relationship.followUpNote ?? '',
		},
	})
	const { key: _stageKey, ...stageProps } = getSelectProps(fields.stage)
	const { key: _ownerKey, ...ownerProps } = getSelectProps(fields.ownerId)
	const { key: _noteKey, ...noteProps } = getInputProps(fields.followUpNote, { type: 'text' })
	return (
		<Form method="post" className="space-y-4" aria-labelledby="relationship-edit-heading" {...getFormProps(form)}>
			<h3 id="relationship-edit-heading" className="text-lg font-semibold text-slate-900">
				{t('edit.title')}
			</h3>
			<FormErrors id={form.errorId} errors={form.errors} />
			<input type="hidden" name="intent" value="relationship" />
			<div className="grid gap-4 sm:grid-cols-2">
				<SelectField
					label={t('detail.stage')}
					errors={fields.stage.errors}
					selectProps={stageProps}
					options={relationshipStages.map((stage) => ({ value: stage, label: t(`stages.${stage}`) }))}
				/>
				<SelectField
					label={t('detail.owner')}
					errors={fields.ownerId.errors}
					selectProps={ownerProps}
					options={[
						{ value: '', label: t('detail.noOwner') },
						...owners.map((owner) => ({ value: owner.id, label: owner.name })),
					]}
				/>
				<PlacementDateField
					field={fields.nextFollowUpOn}
					label={t('detail.nextFollowUp')}
					hint={t('edit.followUpHint')}
					// An overdue follow-up may stay as it is; a new day lies ahead.
					min={bounds.currentFollowUpOn && bounds.currentFollowUpOn < bounds.today ? null : bounds.today}
				/>
				<Field
					label={t('log.followUpNote')}
					errors={fields.followUpNote.errors}
					inputProps={{ ...noteProps, maxLength: FOLLOW_UP_NOTE_MAX }}
				/>
			</div>
			<Button type="submit" variant="secondary">
				{t('edit.save')}
			</Button>
		</Form>
	)
}
