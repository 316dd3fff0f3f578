import { useTranslation } from 'react-i18next'

// Stored in UTC, shown in Europe/Amsterdam whatever the server's or browser's zone.
export const displayTimeZone = 'Europe/Amsterdam'

/** The Intl locale of an interface language: British English or Dutch. */
export function intlLocale(locale: string) {
	return locale === 'en' ? 'en-GB' : 'nl-NL'
}

export function formatDateTime(value: Date | string, locale: string) {
	return new Intl.DateTimeFormat(intlLocale(locale), {
		dateStyle: 'medium',
		timeStyle: 'short',
		timeZone: displayTimeZone,
	}).format(new Date(value))
}

export function formatDate(value: Date | string, locale: string) {
	return new Intl.DateTimeFormat(intlLocale(locale), {
		dateStyle: 'long',
		timeZone: displayTimeZone,
	}).format(new Date(value))
}

export function useFormatDateTime() {
	const { i18n } = useTranslation()
	return (value: Date | string) => formatDateTime(value, i18n.language)
}

export function useFormatDate() {
	const { i18n } = useTranslation()
	return (value: Date | string) => formatDate(value, i18n.language)
}

/** "Ulft, Oude IJsselstreek": the town, with its municipality unless the name already says it. */
export function formatTownWithMunicipality(town: string | null, municipality: string | null) {
	if (!town) return municipality ?? ''
	if (!municipality || town === municipality || town.includes(`(${municipality})`)) return town
	return `${town}, ${municipality}`
}
