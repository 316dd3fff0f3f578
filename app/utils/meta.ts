import { type MetaArgs, type MetaDescriptor } from '@remix-run/node'
import { isRouteErrorResponse } from '@remix-run/react'
import { type TFunction } from 'i18next'
import { defaultLocale, getFixedT, isLocale, type Locale } from './i18n.ts'

export const siteName = 'Werkverbinder'

const openGraphLocales: Record<Locale, string> = { nl: 'nl_NL', en: 'en_GB' }

type MetaValues = Record<string, string | number>

export type PageMetaOptions = {
	/**
	 * Interpolation values for the title and description keys (a place's title, an employer's name);
	 * a function gets the visitor's `t` for values that need translating themselves.
	 */
	values?: MetaValues | ((t: TFunction) => MetaValues)
	/**
	 * The page's absolute URL, built by the loader on APP_URL. Public pages pass it: it becomes the
	 * canonical link and og:url, and adds the Open Graph tags.
	 */
	canonicalUrl?: string
	/** og:type: `website` unless the page is one item (a place: `article`). */
	ogType?: 'website' | 'article'
}

/**
 * Page title and description in the visitor's language; an error page gets the error's title.
 * With `canonicalUrl` (public pages) also the canonical link and Open Graph tags.
 */
export function pageMeta(
	{ matches, error }: Pick<MetaArgs, 'matches' | 'error'>,
	titleKey: string,
	descriptionKey?: string,
	{ values, canonicalUrl, ogType = 'website' }: PageMetaOptions = {},
): MetaDescriptor[] {
	const rootData = matches.find((match) => match.id === 'root')?.data as { locale?: unknown } | undefined
	const locale = isLocale(rootData?.locale) ? rootData.locale : defaultLocale
	const t = getFixedT(locale)
	if (error) return [{ title: `${t(`errors:page.${errorPageKey(error)}.title`)} · ${siteName}` }]
	const interpolation = typeof values === 'function' ? values(t) : (values ?? {})
	const heading = t(titleKey, interpolation)
	const description = descriptionKey ? t(descriptionKey, interpolation) : null
	const tags: MetaDescriptor[] = [{ title: `${heading} · ${siteName}` }]
	if (description) tags.push({ name: 'description', content: description })
	if (canonicalUrl) {
		tags.push(
			{ tagName: 'link', rel: 'canonical', href: canonicalUrl },
			{ property: 'og:title', content: heading },
			...(description ? [{ property: 'og:description', content: description }] : []),
			{ property: 'og:type', content: ogType },
			{ property: 'og:url', content: canonicalUrl },
			{ property: 'og:site_name', content: siteName },
			{ property: 'og:locale', content: openGraphLocales[locale] },
		)
	}
	return tags
}

/** Free text made fit for a meta description: one line, at most `max` characters, cut at a word. */
export function summarize(text: string, max = 155) {
	const line = text.replace(/\s+/g, ' ').trim()
	if (line.length <= max) return line
	const cut = line.slice(0, max - 1)
	const lastSpace = cut.lastIndexOf(' ')
	return `${(lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,.;:!?-]+$/, '')}…`
}

/** Which error page text fits a thrown error or response. */
export function errorPageKey(error: unknown) {
	const status = isRouteErrorResponse(error) ? error.status : 500
	if (status === 429) return 'tooManyRequests'
	return status === 404 ? 'notFound' : status === 403 ? 'forbidden' : status === 400 ? 'badRequest' : 'server'
}
