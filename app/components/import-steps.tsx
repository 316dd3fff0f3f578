import { useTranslation } from 'react-i18next'
import type { ImportJobStatus } from '#app/domain/imports/import-jobs.server.ts'

const steps = ['upload', 'map', 'preview', 'import', 'report'] as const

const currentStep: Record<ImportJobStatus, (typeof steps)[number]> = {
	UPLOADED: 'map',
	READY: 'preview',
	QUEUED: 'import',
	RUNNING: 'import',
	FAILED: 'import',
	DONE: 'report',
}

/** Where the import stands: the steps in order, the done ones marked, the current one named. */
export function ImportSteps({ status }: { status: ImportJobStatus }) {
	const { t } = useTranslation('imports')
	const current = steps.indexOf(currentStep[status])
	return (
		<nav aria-label={t('steps.label')}>
			<ol className="flex flex-wrap gap-x-6 gap-y-2">
				{steps.map((step, index) => (
					<li
						key={step}
						aria-current={index === current ? 'step' : undefined}
						className={index === current ? 'font-semibold text-slate-900' : 'text-slate-700'}
					>
						{index + 1}. {t(`steps.${step}`)}
						{index < current || (status === 'DONE' && index === current) ? (
							<span className="text-slate-700"> ({t('steps.done')})</span>
						) : index === current ? (
							<span className="sr-only"> ({t('steps.current')})</span>
						) : null}
					</li>
				))}
			</ol>
		</nav>
	)
}
