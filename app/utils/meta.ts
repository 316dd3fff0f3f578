import { type MetaDescriptor } from '@remix-run/node'
import { defaultLocale, getFixedT, isLocale } from './i18n.ts'

type Match = { id: string; data: unknown }

/** Page title and description in the visitor's language, for a route's `meta` export. */
export function pageMeta(matches: Match[], titleKey: string, descriptionKey?: string): MetaDescriptor[] {
	const rootData = matches.find((match) => match.id === 'root')?.data as { locale?: unknown } | undefined
	const locale = isLocale(rootData?.locale) ? rootData.locale : defaultLocale
	const t = getFixedT(locale)
	const title = `${t(titleKey)} · Werkverbinder`
	const tags: MetaDescriptor[] = [{ title }]
	if (descriptionKey) tags.push({ name: 'description', content: t(descriptionKey) })
	return tags
}
