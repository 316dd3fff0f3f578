import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { ImportMappingForm } from '#app/components/import-mapping-form.tsx'
import { ImportProgress } from '#app/components/import-progress.tsx'
import { ImportCounts, ImportRowErrors } from '#app/components/import-results.tsx'
import { ImportSteps } from '#app/components/import-steps.tsx'
import { Card, PageHeader } from '#app/components/page-header.tsx'
import { textLinkClass } from '#app/components/place-card.tsx'
import { Button } from '#app/components/ui/button.tsx'
import { createMappingSchema, isMappable } from '#app/domain/imports/column-mapping.ts'
import {
	discardImport,
	getImportJobPage,
	importPaths,
	previewImport,
	requireImportJob,
	retryImport,
	startImport,
} from '#app/domain/imports/import-jobs.server.ts'
import { invalidSubmission } from '#app/utils/forms.server.ts'
import { parseSubmission } from '#app/utils/forms.ts'
import { formatDateTime } from '#app/utils/format.ts'
import { pageMeta } from '#app/utils/meta.ts'
import { exportHref } from '#app/utils/spreadsheet.ts'
import { redirectWithToast } from '#app/utils/toast.server.ts'

export const meta: MetaFunction = (args) => pageMeta(args, 'imports:job.metaTitle')

export async function loader({ request, params }: LoaderFunctionArgs) {
	const { job, kind } = await requireImportJob(request, params)
	return { page: await getImportJobPage(job, kind), paths: importPaths[kind] }
}

export async function action({ request, params }: ActionFunctionArgs) {
	const { job, kind } = await requireImportJob(request, params)
	const here = `/importeren/${job.id}`
	const formData = await request.formData()
	const notPossible = () => redirectWithToast(here, { type: 'error', title: 'imports:toast.notPossible' })
	switch (formData.get('intent')) {
		case 'map': {
			const submission = parseSubmission(formData, createMappingSchema(kind))
			if (submission.status !== 'success') return invalidSubmission(submission)
			const result = await previewImport(job, submission.value)
			if (result.ok) return redirectWithToast(here, { title: 'imports:toast.previewed' })
			if (result.problem === 'fileMissing') {
				return redirectWithToast(here, { type: 'error', title: 'imports:mapping.fileMissing' })
			}
			return notPossible()
		}
		case 'start':
			return (await startImport(job)) ? redirectWithToast(here, { title: 'imports:toast.started' }) : notPossible()
		case 'retry':
			return (await retryImport(job)) ? redirectWithToast(here, { title: 'imports:toast.retried' }) : notPossible()
		case 'discard':
			return (await discardImport(job))
				? redirectWithToast(importPaths[kind].start, { title: 'imports:toast.discarded' })
				: notPossible()
		default:
			throw new Response('Bad Request', { status: 400 })
	}
}

function IntentButton({
	intent,
	label,
	variant = 'primary',
}: {
	intent: string
	label: string
	variant?: 'primary' | 'secondary'
}) {
	return (
		<Form method="post">
			<input type="hidden" name="intent" value={intent} />
			<Button type="submit" variant={variant}>
				{label}
			</Button>
		</Form>
	)
}

export default function ImportJobPage() {
	const { page, paths } = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	const { t, i18n } = useTranslation('imports')
	const { status } = page.progress
	const mappable = isMappable(status)
	const errors = (
		<ImportRowErrors
			errors={page.errors}
			errorCount={page.errorCount}
			capped={page.errorsCapped}
			headers={page.headers}
			mapping={page.mapping}
			done={status !== 'READY'}
		/>
	)
	const importable = page.progress.createdCount + page.progress.updatedCount + page.progress.unchangedCount > 0
	return (
		<div className="space-y-6">
			<PageHeader title={t('job.title', { fileName: page.fileName })}>
				<p>
					{t(`kinds.${page.kind}`)} · {t('job.uploadedAt', { date: formatDateTime(page.createdAt, i18n.language) })}
				</p>
			</PageHeader>
			<ImportSteps status={status} />
			{page.importedBeforeAt && mappable ? (
				<p className="rounded-md border border-sky-700 bg-sky-50 p-3 text-sky-950">
					{t('job.importedBefore', { date: formatDateTime(page.importedBeforeAt, i18n.language) })}
				</p>
			) : null}

			{mappable && page.fileMissing ? (
				<p role="alert" className="rounded-md border-l-4 border-red-700 bg-red-50 p-3 text-red-900">
					{t('mapping.fileMissing')}
				</p>
			) : null}

			{status === 'READY' ? (
				<>
					<Card className="space-y-4">
						<h2 className="text-xl font-semibold">{t('preview.title')}</h2>
						<p>{t('preview.intro')}</p>
						<ImportCounts progress={page.progress} preview />
						{importable ? (
							<div className="space-y-2">
								<IntentButton intent="start" label={t('preview.start')} />
								<p className="text-slate-700">{t('preview.startHint')}</p>
							</div>
						) : (
							<p role="status">{t('preview.nothingToImport')}</p>
						)}
					</Card>
					{errors}
				</>
			) : null}

			{mappable && !page.fileMissing ? (
				<Card className="space-y-4">
					<h2 className="text-xl font-semibold">{t(status === 'READY' ? 'mapping.change' : 'mapping.title')}</h2>
					<p>{t('mapping.intro')}</p>
					<ImportMappingForm
						kind={page.kind}
						headers={page.headers}
						samples={page.samples}
						mapping={page.mapping}
						lastResult={actionData?.result}
						checkedBefore={status === 'READY'}
					/>
				</Card>
			) : null}
			{mappable ? <IntentButton intent="discard" label={t('preview.discard')} variant="secondary" /> : null}

			{status === 'QUEUED' || status === 'RUNNING' ? (
				<Card className="space-y-4">
					<h2 className="text-xl font-semibold">{t('progress.title')}</h2>
					<ImportProgress jobId={page.id} initial={page.progress} />
				</Card>
			) : null}

			{status === 'FAILED' ? (
				<>
					<Card className="space-y-4">
						<h2 className="text-xl font-semibold">{t('failed.title')}</h2>
						<p role="alert">{t(page.error ?? 'imports:failed.unexpected')}</p>
						<p>{t('failed.intro', { processed: page.progress.processedRows, total: page.progress.totalRows })}</p>
						<ImportCounts progress={page.progress} preview={false} />
						<IntentButton intent="retry" label={t('failed.retry')} />
					</Card>
					{errors}
				</>
			) : null}

			{status === 'DONE' ? (
				<>
					<Card className="space-y-4">
						<h2 className="text-xl font-semibold">{t('report.title')}</h2>
						<p>{t('report.intro', { total: page.progress.totalRows })}</p>
						<ImportCounts progress={page.progress} preview={false} />
						<ul className="flex flex-wrap gap-x-6 gap-y-2">
							<li>
								<a href={exportHref(`/importeren/${page.id}/rapport`, '', 'csv')} className={textLinkClass} download>
									{t('report.download')}
								</a>
							</li>
							<li>
								<a href={exportHref(`/importeren/${page.id}/rapport`, '', 'xlsx')} className={textLinkClass} download>
									{t('report.downloadXlsx')}
								</a>
							</li>
							<li>
								<Link to={paths.list} className={textLinkClass}>
									{t(`report.toList.${page.kind}`)}
								</Link>
							</li>
							<li>
								<Link to={paths.start} className={textLinkClass}>
									{t('report.another')}
								</Link>
							</li>
						</ul>
					</Card>
					{errors}
				</>
			) : null}

			<p>
				<Link to={paths.start} className={textLinkClass}>
					{t('job.back')}
				</Link>
			</p>
		</div>
	)
}

export { RouteErrorBoundary as ErrorBoundary } from '#app/components/error-boundary.tsx'
