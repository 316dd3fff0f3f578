import { type MetaArgs, type MetaDescriptor } from '@remix-run/node'
import { isRouteErrorResponse } from '@remix-run/react'
import { defaultLocale, getFixedT, isLocale } from './i18n.ts'

/** Page title and description in the visitor's language; an error page gets the error's title. */
export function pageMeta(
	{ matches, error }: Pick<MetaArgs, 'matches' | 'error'>,
	titleKey: string,
	descriptionKey?: string,
): MetaDescriptor[] {
	const rootData = matches.find((match) => match.id === 'root')?.data as { locale?: unknown } | undefined
	const locale = isLocale(rootData?.locale) ? rootData.locale : defaultLocale
	const t = getFixedT(locale)
	if (error) return [{ title: `${t(`errors:page.${errorPageKey(error)}.title`)} · Werkverbinder` }]
	const title = `${t(titleKey)} · Werkverbinder`
	const tags: MetaDescriptor[] = [{ title }]
	if (descriptionKey) tags.push({ name: 'description', content: t(descriptionKey) })
	return tags
}

/** Which error page text fits a thrown error or response. */
export function errorPageKey(error: unknown) {
	const status = isRouteErrorResponse(error) ? error.status : 500
	return status === 404 ? 'notFound' : status === 403 ? 'forbidden' : status === 400 ? 'badRequest' : 'server'
}
