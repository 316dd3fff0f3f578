import { createCookie } from '@remix-run/node'
import { defaultLocale, isLocale, type Locale } from './i18n.ts'
import { getUser } from './auth.server.ts'

const localeCookie = createCookie('wv_locale', {
	path: '/',
	sameSite: 'lax',
	httpOnly: true,
	maxAge: 60 * 60 * 24 * 365,
})

/** Dutch unless the visitor chose English (cookie) or their account prefers it. */
export async function getLocale(request: Request): Promise<Locale> {
	const chosen: unknown = await localeCookie.parse(request.headers.get('cookie'))
	if (isLocale(chosen)) return chosen
	const user = await getUser(request)
	if (user && isLocale(user.locale)) return user.locale
	return defaultLocale
}

export function serializeLocaleCookie(locale: Locale) {
	return localeCookie.serialize(locale)
}
