import { type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { Card, PageHeader } from '#app/components/page-header.tsx'
import { requirePermission } from '#app/utils/auth.server.ts'
import { listOutbox } from '#app/utils/email.server.ts'
import { getEnv } from '#app/utils/env.server.ts'
import { useFormatDateTime } from '#app/utils/format.ts'
import { pageMeta } from '#app/utils/meta.ts'

export const meta: MetaFunction = (args) => pageMeta(args, 'admin:outbox.title')

/** Only where mail stays local (no RESEND_API_KEY): with real delivery this page does not exist. */
export async function loader({ request }: LoaderFunctionArgs) {
	await requirePermission(request, 'read:outbox')
	if (getEnv().RESEND_API_KEY) throw new Response('Not Found', { status: 404 })
	const messages = await listOutbox({ take: 50 })
	return {
		messages: messages.map((message) => ({
			id: message.id,
			to: message.to,
			subject: message.subject,
			createdAt: message.createdAt,
			text: message.text,
			links: [...new Set(message.text.match(/https?:\/\/[^\s)\]]+/g) ?? [])],
		})),
	}
}

export default function OutboxPage() {
	const { t } = useTranslation('admin')
	const { messages } = useLoaderData<typeof loader>()
	const formatDateTime = useFormatDateTime()
	return (
		<div className="space-y-6">
			<PageHeader title={t('outbox.title')}>{t('outbox.intro')}</PageHeader>
			{messages.length === 0 ? <p>{t('outbox.empty')}</p> : null}
			{messages.map((message) => (
				<Card key={message.id}>
					<article aria-labelledby={`mail-${message.id}`} data-testid="outbox-message">
						<h2 id={`mail-${message.id}`} className="text-lg font-semibold">
							{message.subject}
						</h2>
						<p className="text-sm text-slate-700">
							{t('outbox.to')} {message.to} · {formatDateTime(message.createdAt)}
						</p>
						<ul className="mt-2">
							{message.links.map((link) => (
								<li key={link}>
									<a href={link} className="break-all text-brand-700 underline">
										{link}
									</a>
								</li>
							))}
						</ul>
						<details className="mt-2">
							<summary className="cursor-pointer">{t('outbox.showText')}</summary>
							<pre className="mt-2 whitespace-pre-wrap text-sm">{message.text}</pre>
						</details>
					</article>
				</Card>
			))}
		</div>
	)
}

export { RouteErrorBoundary as ErrorBoundary } from '#app/components/error-boundary.tsx'
