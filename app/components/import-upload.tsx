import { Form, Link } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { headerExamples, importFields, type ImportKind } from '#app/domain/imports/column-mapping.ts'
import type { SheetProblem } from '#app/domain/imports/read-sheet.server.ts'
import { formatDateTime } from '#app/utils/format.ts'
import { PageHeader, Card } from './page-header.tsx'
import { focusRing, plainTextLinkClass } from './place-card.tsx'
import { Button } from './ui/button.tsx'
import { DataTable } from './ui/data-table.tsx'

export type UploadProblem = { problem: SheetProblem; line?: number }

type RecentImport = { id: string; fileName: string; status: string; totalRows: number; createdAt: string }

/** The first step of an import: the file, the columns we recognise, and the organisation's earlier imports. */
export function ImportUploadPage({
	kind,
	problem,
	jobs,
}: {
	kind: ImportKind
	problem: UploadProblem | null
	jobs: RecentImport[]
}) {
	const { t, i18n } = useTranslation('imports')
	const errorId = problem ? 'import-file-error' : undefined
	return (
		<div className="mx-auto max-w-3xl space-y-6">
			<PageHeader title={t(`upload.${kind}.title`)}>{t(`upload.${kind}.intro`)}</PageHeader>
			<Card>
				<Form method="post" encType="multipart/form-data" className="space-y-4">
					<div>
						<label htmlFor="import-file" className="block font-medium text-slate-900">
							{t('upload.file')}
						</label>
						<p id="import-file-hint" className="text-sm text-slate-700">
							{t('upload.fileHint')}
						</p>
						<input
							id="import-file"
							name="file"
							type="file"
							required
							accept=".xlsx,.csv,.txt,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
							aria-invalid={problem ? true : undefined}
							aria-describedby={['import-file-hint', errorId].filter(Boolean).join(' ')}
							className={`mt-2 block w-full rounded-md border border-slate-500 bg-white p-2 ${focusRing}`}
						/>
						{problem ? (
							<p
								id={errorId}
								role="alert"
								className="mt-2 rounded-md border-l-4 border-red-700 bg-red-50 p-3 text-red-900"
							>
								{problem.problem === 'corrupt' && problem.line
									? t('problems.corruptLine', { line: problem.line })
									: t(`problems.${problem.problem}`)}
							</p>
						) : null}
					</div>
					<Button type="submit">{t('upload.submit')}</Button>
				</Form>
			</Card>
			<Card>
				<h2 className="text-xl font-semibold">{t('upload.columnsTitle')}</h2>
				<p className="mt-1 text-slate-700">{t('upload.columnsIntro')}</p>
				<p className="mt-1 font-medium">{t(`mapping.requiredHint.${kind}`)}</p>
				<ul className="mt-3 grid gap-x-6 gap-y-1 sm:grid-cols-2">
					{importFields[kind].map((field) => (
						<li key={field}>
							<span className="font-medium">{t(`fields.${field}`)}</span>
							<span className="text-slate-700">: {headerExamples(kind, field).join(', ')}</span>
						</li>
					))}
				</ul>
			</Card>
			<section aria-labelledby="recent-imports" className="space-y-3">
				<h2 id="recent-imports" className="text-xl font-semibold">
					{t('upload.recentTitle')}
				</h2>
				{jobs.length === 0 ? (
					<p>{t('upload.recentEmpty')}</p>
				) : (
					<DataTable
						caption={t('upload.recentCaption')}
						columns={[
							{ label: t('upload.columns.file') },
							{ label: t('upload.columns.date') },
							{ label: t('upload.columns.rows') },
							{ label: t('upload.columns.status') },
						]}
					>
						{jobs.map((job) => (
							<tr key={job.id} className="border-b border-slate-200">
								<td className="p-2">
									<Link to={`/importeren/${job.id}`} className={plainTextLinkClass}>
										{job.fileName}
									</Link>
								</td>
								<td className="p-2">{formatDateTime(job.createdAt, i18n.language)}</td>
								<td className="p-2">{job.totalRows}</td>
								<td className="p-2">{t(`status.${job.status}`)}</td>
							</tr>
						))}
					</DataTable>
				)}
			</section>
		</div>
	)
}
