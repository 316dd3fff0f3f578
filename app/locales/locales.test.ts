import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { roles } from '#app/utils/permissions.ts'
import { resources } from './index.ts'

type Tree = { [key: string]: string | Tree }

function flatten(tree: Tree, prefix = ''): string[] {
	return Object.entries(tree).flatMap(([key, value]) =>
		typeof value === 'string' ? [`${prefix}${key}`] : flatten(value, `${prefix}${key}.`),
	)
}

/** Keys with i18next's plural suffixes count as the base key. */
function keySet(locale: 'nl' | 'en') {
	const keys = new Set<string>()
	for (const [namespace, tree] of Object.entries(resources[locale])) {
		for (const key of flatten(tree as Tree))
			keys.add(`${namespace}:${key.replace(/_(zero|one|two|few|many|other)$/, '')}`)
	}
	return keys
}

function sourceFiles(dir: string): string[] {
	return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const full = path.join(dir, entry.name)
		if (entry.isDirectory()) return entry.name === 'generated' ? [] : sourceFiles(full)
		return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.test.ts') ? [full] : []
	})
}

const namespacedKey = new RegExp(`'((?:${Object.keys(resources.nl).join('|')}):[\\w.-]+)'`, 'g')

/** Every literal key the code uses: t('key'), t('ns:key') and 'ns:key' strings (toasts, errors, nav). */
function usedKeys() {
	const used = new Set<string>()
	for (const file of [...sourceFiles('app'), ...sourceFiles('emails')]) {
		const source = fs.readFileSync(file, 'utf8')
		const namespace = /(?:useTranslation\(|getFixedT\([^,)]+,\s*)'(\w+)'\)/.exec(source)?.[1] ?? 'common'
		for (const [, key] of source.matchAll(/\bt\(\s*'([^'$]+)'/g))
			used.add(key!.includes(':') ? key! : `${namespace}:${key}`)
		for (const [, key] of source.matchAll(/labelKey: '([^']+)'/g)) used.add(`common:${key}`)
		for (const [, key] of source.matchAll(namespacedKey)) used.add(key!)
	}
	return used
}

describe('translations', () => {
	it('has the same keys in Dutch and English', () => {
		expect([...keySet('en')].sort()).toEqual([...keySet('nl')].sort())
	})

	it('has every key the code uses', () => {
		const known = keySet('nl')
		const missing = [...usedKeys()].filter((key) => !known.has(key))
		expect(missing).toEqual([])
	})

	it('names every role in both languages', () => {
		for (const role of roles) {
			expect(keySet('nl').has(`common:roles.${role}`)).toBe(true)
			expect(keySet('en').has(`common:roles.${role}`)).toBe(true)
		}
	})
})
