import { getFormProps, getInputProps, type SubmissionResult } from '@conform-to/react'
import { Form } from '@remix-run/react'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { Button } from '#app/components/ui/button.tsx'
import { withoutKey } from '#app/components/ui/form-layout.tsx'
import { Field, FormErrors, RadioGroup, TextareaField, FormField } from '#app/components/ui/field.tsx'
import { coachConsentBases } from '#app/domain/candidates/consent-schema.ts'
import {
	createPlanIntroSchema,
	createShareIdentitySchema,
	NotPlacedSchema,
	notPlacedReasons,
	OTHER_TIME,
	WithdrawIdentitySchema,
	WithdrawProposalSchema,
	withdrawReasons,
} from '#app/domain/matching/proposal-schema.ts'
import { useFormatDateTime } from '#app/utils/format.ts'
import { useValidatedForm } from '#app/utils/forms.ts'

type Result = SubmissionResult<string[]> | null | undefined

/** The candidate agreed to share name and contact details with this employer, for this proposal. */
export function ShareIdentityForm({ today, lastResult }: { today: string; lastResult: Result }) {
	const { t } = useTranslation('proposals')
	const schema = useMemo(() => createShareIdentitySchema({ today }), [today])
	const [form, fields] = useValidatedForm(schema, {
		id: 'proposal-share-identity',
		lastResult,
		defaultValue: { givenOn: today },
	})
	return (
		<Form method="post" className="space-y-4" {...getFormProps(form)}>
			<FormErrors id={form.errorId} errors={form.errors} />
			<RadioGroup
				field={fields.basis}
				legend={t('identity.basis')}
				layout="list"
				options={coachConsentBases.map((basis) => ({ value: basis, label: t(`identity.bases.${basis}`) }))}
			/>
			<Field
				label={t('identity.givenOn')}
				hint={t('identity.givenOnHint')}
				errors={fields.givenOn.errors}
				inputProps={{ ...withoutKey(getInputProps(fields.givenOn, { type: 'date' })), max: today }}
				className="max-w-xs"
			/>
			<TextareaField field={fields.note} label={t('identity.note')} rows={2} />
			<Button type="submit" name="intent" value="share-identity">
				{t('identity.submit')}
			</Button>
		</Form>
	)
}

/** The candidate withdrew their consent: the employer no longer sees the name. */
export function WithdrawIdentityForm({ lastResult }: { lastResult: Result }) {
	const { t } = useTranslation('proposals')
	const [form, fields] = useValidatedForm(WithdrawIdentitySchema, { id: 'proposal-withdraw-identity', lastResult })
	return (
		<Form method="post" className="space-y-4" {...getFormProps(form)}>
			<FormErrors id={form.errorId} errors={form.errors} />
			<TextareaField field={fields.withdrawalNote} label={t('identity.withdrawalNote')} rows={2} />
			<Button type="submit" name="intent" value="withdraw-identity" variant="danger">
				{t('identity.withdraw')}
			</Button>
		</Form>
	)
}

/** One of the employer's times, or another one, and where. */
export function PlanIntroForm({
	nowLocal,
	offered,
	lastResult,
	defaultLocation,
}: {
	nowLocal: string
	offered: string[]
	lastResult: Result
	defaultLocation: string | null
}) {
	const { t } = useTranslation('proposals')
	const formatDateTime = useFormatDateTime()
	const schema = useMemo(() => createPlanIntroSchema({ nowLocal, offered }), [nowLocal, offered])
	const [form, fields] = useValidatedForm(schema, {
		id: 'proposal-plan-intro',
		lastResult,
		defaultValue: { introChoice: offered[0] ?? OTHER_TIME, location: defaultLocation ?? '' },
	})
	return (
		<Form method="post" className="space-y-4" {...getFormProps(form)}>
			<FormErrors id={form.errorId} errors={form.errors} />
			<RadioGroup
				field={fields.introChoice}
				legend={t('intro.choice')}
				layout="list"
				options={[
					...offered.map((option) => ({ value: option, label: formatDateTime(option) })),
					{ value: OTHER_TIME, label: t('intro.otherTime') },
				]}
			>
				<Field
					label={t('intro.otherTimeAt')}
					hint={t('intro.otherTimeHint')}
					errors={fields.introAt.errors}
					inputProps={{ ...withoutKey(getInputProps(fields.introAt, { type: 'datetime-local' })), min: nowLocal }}
					className="mt-2 max-w-xs"
				/>
			</RadioGroup>
			<FormField field={fields.location} label={t('intro.location')} hint={t('intro.locationHint')} />
			<Button type="submit" name="intent" value="plan-intro">
				{t('intro.submit')}
			</Button>
		</Form>
	)
}

/** Closing the proposal: not placed, or withdrawn by the coach; with a reason. */
export function CloseProposalForm({ outcome, lastResult }: { outcome: 'not-placed' | 'withdraw'; lastResult: Result }) {
	const { t } = useTranslation('proposals')
	const notPlaced = outcome === 'not-placed'
	const [form, fields] = useValidatedForm(notPlaced ? NotPlacedSchema : WithdrawProposalSchema, {
		id: `proposal-${outcome}`,
		lastResult,
	})
	const reasons = notPlaced ? notPlacedReasons : withdrawReasons
	const list = notPlaced ? 'notPlacedReasons' : 'withdrawReasons'
	return (
		<Form method="post" className="space-y-4" {...getFormProps(form)}>
			<FormErrors id={form.errorId} errors={form.errors} />
			<RadioGroup
				field={fields.reason}
				legend={t('close.reason')}
				layout="list"
				options={reasons.map((reason) => ({ value: reason, label: t(`${list}.${reason}`) }))}
			/>
			<TextareaField field={fields.note} label={t('close.note')} hint={t('close.noteHint')} rows={3} />
			<Button type="submit" name="intent" value={outcome} variant={notPlaced ? 'secondary' : 'danger'}>
				{notPlaced ? t('close.submitNotPlaced') : t('close.submitWithdraw')}
			</Button>
		</Form>
	)
}
