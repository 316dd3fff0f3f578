import { createInstance, type i18n as I18n, type TFunction } from 'i18next'

import { resources } from '#app/locales/index.ts'

export { resources }

export const supportedLocales = ['nl', 'en'] as const
export type Locale = (typeof supportedLocales)[number]
export const defaultLocale: Locale = 'nl'

export const namespaces = Object.keys(resources[defaultLocale])

export function isLocale(value: unknown): value is Locale {
	return typeof value === 'string' && (supportedLocales as readonly string[]).includes(value)
}

export function createI18n(locale: Locale): I18n {
	const instance = createInstance()
	void instance.init({
		lng: locale,
		fallbackLng: defaultLocale,
		supportedLngs: [...supportedLocales],
		ns: namespaces,
		defaultNS: 'common',
		resources,
		initAsync: false,
		interpolation: { escapeValue: false },
		returnNull: false,
	})
	return instance
}

const fixedInstances = new Map<Locale, I18n>()
/** A translate function outside React (emails, server messages). */
export function getFixedT(locale: Locale, namespace = 'common'): TFunction {
	let instance = fixedInstances.get(locale)
	if (!instance) {
		instance = createI18n(locale)
		fixedInstances.set(locale, instance)
	}
	return instance.getFixedT(locale, namespace)
}
