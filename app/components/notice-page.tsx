import { Link } from '@remix-run/react'
import { type ReactNode } from 'react'
import { Card, PageHeader } from './page-header.tsx'

/** A short page that explains why something cannot go on (an expired link) and where to go next. */
export function NoticePage({
	title,
	message,
	link,
}: {
	title: ReactNode
	message: ReactNode
	link?: { to: string; label: ReactNode }
}) {
	return (
		<div className="mx-auto max-w-md">
			<PageHeader title={title} />
			<Card>
				<p role="alert">{message}</p>
				{link ? (
					<Link to={link.to} className="mt-4 inline-block text-brand-700 underline">
						{link.label}
					</Link>
				) : null}
			</Card>
		</div>
	)
}
