// What only the printed plan has: the print button (on screen only) and the signature block.
import { useTranslation } from 'react-i18next'
import { Button } from '#app/components/ui/button.tsx'
import { useHydrated } from '#app/utils/use-hydrated.ts'
import { PlanSection, type PlanDocumentView } from './plan-document.tsx'

/**
 * Opens the browser's print dialog, where "Save as PDF" lives. Shown only once JavaScript runs (a
 * button that does nothing helps nobody); without it the browser's own print command gives the same page.
 */
export function PlanPrintButton() {
	const { t } = useTranslation('plans')
	const hydrated = useHydrated()
	if (!hydrated) return null
	return (
		<Button type="button" className="min-h-11" onClick={() => window.print()}>
			{t('print.button')}
		</Button>
	)
}

/** A name and empty lines to sign and date on, for each of the three parties. */
export function PlanSignatures({ view }: { view: PlanDocumentView }) {
	const { t } = useTranslation('plans')
	const signers = [
		{ key: 'employee', role: t('print.employee'), name: view.placement.candidateName },
		{ key: 'employer', role: t('print.employer'), name: view.placement.employerName },
		{ key: 'jobcoach', role: t('print.jobcoach'), name: view.placement.coachName ?? '' },
	]
	return (
		<PlanSection id="plan-signatures" title={t('sections.signatures')}>
			<p className="text-slate-700">{t('print.signIntro')}</p>
			<div className="plan-signatures grid gap-6 sm:grid-cols-3">
				{signers.map((signer) => (
					<div key={signer.key} className="space-y-4">
						<h3 className="text-lg font-semibold text-slate-900">{signer.role}</h3>
						<p>
							<span className="font-semibold">{t('print.name')}: </span>
							{signer.name}
						</p>
						<p className="plan-signature-line border-b border-slate-500 pb-8">{t('print.signature')}</p>
						<p className="plan-signature-line border-b border-slate-500 pb-2">{t('print.date')}</p>
					</div>
				))}
			</div>
		</PlanSection>
	)
}
