import { Link } from '@remix-run/react'
import { useTranslation } from 'react-i18next'

/** The first cells of an employer's row in a table: its name (a link to its page), town and sector. */
export function EmployerCells({
	employer,
}: {
	employer: { id: string; name: string; town: string | null; sector: string | null }
}) {
	const { t } = useTranslation()
	return (
		<>
			<td className="p-2 font-medium">
				<Link to={`/werkgevers/${employer.id}`} className="text-brand-700 underline">
					{employer.name}
				</Link>
			</td>
			<td className="p-2">{employer.town ?? '–'}</td>
			<td className="p-2">{employer.sector ? t(`common:sectors.${employer.sector}`) : '–'}</td>
		</>
	)
}
