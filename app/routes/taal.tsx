import { type ActionFunctionArgs, redirect } from '@remix-run/node'
import { z } from 'zod'
import { setUserLocale } from '#app/domain/auth/accounts.server.ts'
import { getUser, safeRedirectPath } from '#app/utils/auth.server.ts'
import { parseFormRequest } from '#app/utils/forms.server.ts'
import { supportedLocales } from '#app/utils/i18n.ts'
import { serializeLocaleCookie } from '#app/utils/locale.server.ts'

const LocaleSchema = z.object({ locale: z.enum(supportedLocales), redirectTo: z.string().optional() })

export async function loader() {
	return redirect('/')
}

/** The language switch works without JavaScript: a form post that sets a cookie and goes back. */
export async function action({ request }: ActionFunctionArgs) {
	const submission = await parseFormRequest(request, LocaleSchema)
	if (submission.status !== 'success') throw new Response('Bad Request', { status: 400 })
	const { locale, redirectTo } = submission.value
	const user = await getUser(request)
	if (user) await setUserLocale(user.id, locale)
	return redirect(safeRedirectPath(redirectTo, '/'), {
		headers: { 'set-cookie': await serializeLocaleCookie(locale) },
	})
}
