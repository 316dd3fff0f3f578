import { type ActionFunctionArgs, redirect } from '@remix-run/node'
import { audit } from '#app/utils/audit.server.ts'
import { endSessionCookie, getUser } from '#app/utils/auth.server.ts'
import { invalidateSession } from '#app/utils/session.server.ts'
import { redirectWithToast } from '#app/utils/toast.server.ts'

export async function loader() {
	return redirect('/')
}

export async function action({ request }: ActionFunctionArgs) {
	const user = await getUser(request)
	if (user) {
		await invalidateSession(user.sessionId)
		await audit('auth.sign-out', { actorId: user.id, entityType: 'User', entityId: user.id })
	}
	return redirectWithToast(
		'/',
		{ title: 'auth:toast.loggedOut' },
		{ headers: { 'set-cookie': await endSessionCookie() } },
	)
}
