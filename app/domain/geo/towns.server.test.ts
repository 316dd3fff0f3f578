import { describe, expect, it } from 'vitest'
import { distanceKm } from './distance.ts'
import { findTown, listTowns } from './towns.server.ts'

describe('Dutch towns', () => {
	it('knows the small Achterhoek towns with their municipality', () => {
		expect(findTown('Groenlo')).toMatchObject({ name: 'Groenlo', municipality: 'Oost Gelre', municipalityCode: '1586' })
		expect(findTown('ulft')?.municipality).toBe('Oude IJsselstreek')
		expect(findTown('Didam')?.municipality).toBe('Montferland')
		expect(findTown('Atlantis')).toBeNull()
	})

	it('gives every town a unique label and real coordinates', () => {
		const towns = listTowns()
		expect(towns.length).toBeGreaterThan(1500)
		expect(new Set(towns.map((town) => town.label.toLowerCase())).size).toBe(towns.length)
		for (const town of towns) {
			expect(town.latitude).toBeGreaterThan(50.7)
			expect(town.latitude).toBeLessThan(53.7)
		}
	})

	it('tells ambiguous names apart by municipality', () => {
		const hengelos = listTowns().filter((town) => town.name === 'Hengelo')
		expect(hengelos.length).toBeGreaterThanOrEqual(2)
		expect(hengelos.every((town) => town.label.startsWith('Hengelo ('))).toBe(true)
	})

	it('measures distances between towns', () => {
		const doetinchem = findTown('Doetinchem')!
		const groenlo = findTown('Groenlo')!
		expect(distanceKm(doetinchem, groenlo)).toBeGreaterThan(15)
		expect(distanceKm(doetinchem, groenlo)).toBeLessThan(25)
		expect(distanceKm(doetinchem, doetinchem)).toBe(0)
	})
})
