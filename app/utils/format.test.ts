import { describe, expect, it } from 'vitest'
import { formatTownWithMunicipality } from './format.ts'

describe('formatTownWithMunicipality', () => {
	it('adds the municipality only where the town name does not already carry it', () => {
		expect(formatTownWithMunicipality('Ulft', 'Oude IJsselstreek')).toBe('Ulft, Oude IJsselstreek')
		expect(formatTownWithMunicipality('Doetinchem', 'Doetinchem')).toBe('Doetinchem')
		expect(formatTownWithMunicipality('Hengelo (Bronckhorst)', 'Bronckhorst')).toBe('Hengelo (Bronckhorst)')
		expect(formatTownWithMunicipality(null, null)).toBe('')
	})
})
