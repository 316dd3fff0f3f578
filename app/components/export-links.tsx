import { useLocation } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { exportFormats, exportHref } from '#app/utils/spreadsheet.ts'
import { textLinkClass } from './place-card.tsx'

/**
 * "Exporteer als CSV" and "Exporteer als Excel": downloads of exactly the list on screen. The links
 * carry the page's own search params (its filters and sort order), so the file matches the view.
 */
export function ExportLinks({ to, search }: { /** The export route. */ to: string; search?: string }) {
	const { t } = useTranslation('exports')
	const location = useLocation()
	return (
		<ul aria-label={t('links.label')} className="flex flex-wrap gap-x-6 gap-y-2">
			{exportFormats.map((format) => (
				<li key={format}>
					<a href={exportHref(to, search ?? location.search, format)} className={textLinkClass} download>
						{t(`links.${format}`)}
					</a>
				</li>
			))}
		</ul>
	)
}
