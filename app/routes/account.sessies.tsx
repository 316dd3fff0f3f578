import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import { PageHeader } from '#app/components/page-header.tsx'
import { DataTable } from '#app/components/ui/data-table.tsx'
import { Button } from '#app/components/ui/button.tsx'
import { audit } from '#app/utils/audit.server.ts'
import { endSessionCookie, requireUser } from '#app/utils/auth.server.ts'
import { parseFormRequest } from '#app/utils/forms.server.ts'
import { useFormatDateTime } from '#app/utils/format.ts'
import { pageMeta } from '#app/utils/meta.ts'
import { endUserSessions, listUserSessions } from '#app/utils/session.server.ts'
import { redirectWithToast } from '#app/utils/toast.server.ts'

const EndSessionSchema = z.discriminatedUnion('intent', [
	z.object({ intent: z.literal('end-one'), sessionId: z.string().regex(/^[0-9a-f]{64}$/) }),
	z.object({ intent: z.literal('end-others') }),
])

export const meta: MetaFunction = (args) => pageMeta(args, 'auth:sessions.title')

export async function loader({ request }: LoaderFunctionArgs) {
	const user = await requireUser(request)
	const sessions = await listUserSessions(user.id)
	return { sessions: sessions.map((session) => ({ ...session, current: session.id === user.sessionId })) }
}

export async function action({ request }: ActionFunctionArgs) {
	const user = await requireUser(request)
	const submission = await parseFormRequest(request, EndSessionSchema)
	if (submission.status !== 'success') throw new Response('Bad Request', { status: 400 })
	const value = submission.value
	const count = await endUserSessions(
		user.id,
		value.intent === 'end-one' ? { sessionId: value.sessionId } : { allExcept: user.sessionId },
	)
	if (count > 0)
		await audit('auth.session-ended', { actorId: user.id, entityType: 'User', entityId: user.id, details: { count } })
	const endedCurrent = value.intent === 'end-one' && value.sessionId === user.sessionId
	if (endedCurrent) {
		return redirectWithToast(
			'/login',
			{ title: 'auth:toast.loggedOut' },
			{ headers: { 'set-cookie': await endSessionCookie() } },
		)
	}
	return redirectWithToast('/account/sessies', { title: 'auth:toast.sessionsEnded', values: { count: String(count) } })
}

export default function SessionsPage() {
	const { t } = useTranslation('auth')
	const { sessions } = useLoaderData<typeof loader>()
	const formatDateTime = useFormatDateTime()
	return (
		<div className="space-y-6">
			<PageHeader title={t('sessions.title')}>{t('sessions.intro')}</PageHeader>
			<DataTable
				caption={t('sessions.title')}
				columns={[
					{ label: t('sessions.device') },
					{ label: t('sessions.started') },
					{ label: t('sessions.lastSeen') },
					{ label: t('sessions.actions'), visuallyHidden: true },
				]}
			>
				{sessions.map((session) => (
					<tr key={session.id} className="border-b border-slate-200" data-testid="session-row">
						<td className="p-2">
							{session.userAgent ?? t('sessions.unknownDevice')}
							{session.current ? <strong className="ml-2 text-brand-800">({t('sessions.current')})</strong> : null}
						</td>
						<td className="p-2">{formatDateTime(session.createdAt)}</td>
						<td className="p-2">{formatDateTime(session.lastSeenAt)}</td>
						<td className="p-2">
							<Form method="post">
								<input type="hidden" name="sessionId" value={session.id} />
								<Button type="submit" name="intent" value="end-one" variant="secondary">
									{session.current ? t('sessions.endCurrent') : t('sessions.end')}
								</Button>
							</Form>
						</td>
					</tr>
				))}
			</DataTable>
			{sessions.length > 1 ? (
				<Form method="post">
					<Button type="submit" name="intent" value="end-others" variant="danger">
						{t('sessions.endOthers')}
					</Button>
				</Form>
			) : null}
		</div>
	)
}

export { RouteErrorBoundary as ErrorBoundary } from '#app/components/error-boundary.tsx'
