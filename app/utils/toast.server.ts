import { createCookieSessionStorage, redirect } from '@remix-run/node'
import { z } from 'zod'
import { getEnv } from './env.server.ts'
import { combineHeaders } from './http.ts'

// The flash cookie is the only toast channel. Toasts carry translation keys, never text.
export const toastSchema = z.object({
	id: z.string().default(() => crypto.randomUUID()),
	type: z.enum(['success', 'error', 'info']).default('success'),
	/** Translation key, e.g. "auth:toast.loggedOut". */
	title: z.string(),
	description: z.string().optional(),
	values: z.record(z.string()).optional(),
})
export type Toast = z.infer<typeof toastSchema>
export type ToastInput = z.input<typeof toastSchema>

type ToastFlash = { toast: Toast }
let storage: ReturnType<typeof createCookieSessionStorage<Record<string, never>, ToastFlash>> | undefined
function toastStorage() {
	storage ??= createCookieSessionStorage<Record<string, never>, ToastFlash>({
		cookie: {
			name: 'wv_toast',
			path: '/',
			httpOnly: true,
			sameSite: 'lax',
			secrets: [getEnv().SESSION_SECRET],
			secure: getEnv().NODE_ENV === 'production',
		},
	})
	return storage
}

export async function createToastHeaders(toastInput: ToastInput) {
	const session = await toastStorage().getSession()
	session.flash('toast', toastSchema.parse(toastInput))
	return new Headers({ 'set-cookie': await toastStorage().commitSession(session) })
}

export async function redirectWithToast(url: string, toast: ToastInput, init?: ResponseInit) {
	return redirect(url, { ...init, headers: combineHeaders(init?.headers, await createToastHeaders(toast)) })
}

export async function getToast(request: Request) {
	const session = await toastStorage().getSession(request.headers.get('cookie'))
	const result = toastSchema.safeParse(session.get('toast'))
	const toast = result.success ? result.data : null
	return {
		toast,
		headers: toast ? new Headers({ 'set-cookie': await toastStorage().destroySession(session) }) : null,
	}
}
