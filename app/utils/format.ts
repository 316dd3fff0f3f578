import { useTranslation } from 'react-i18next'

// Stored in UTC, shown in Europe/Amsterdam whatever the server's or browser's zone.
export const displayTimeZone = 'Europe/Amsterdam'

export function formatDateTime(value: Date | string, locale: string) {
	return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'nl-NL', {
		dateStyle: 'medium',
		timeStyle: 'short',
		timeZone: displayTimeZone,
	}).format(new Date(value))
}

export function formatDate(value: Date | string, locale: string) {
	return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'nl-NL', {
		dateStyle: 'long',
		timeZone: displayTimeZone,
	}).format(new Date(value))
}

export function useFormatDateTime() {
	const { i18n } = useTranslation()
	return (value: Date | string) => formatDateTime(value, i18n.language)
}

/** "Ulft, Oude IJsselstreek": the town, with its municipality unless the name already says it. */
export function formatTownWithMunicipality(town: string | null, municipality: string | null) {
	if (!town) return municipality ?? ''
	if (!municipality || town === municipality || town.includes(`(${municipality})`)) return town
	return `${town}, ${municipality}`
}
