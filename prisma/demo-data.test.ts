import { describe, expect, test, vi } from 'vitest'
import {
	buildDemoData,
	demoAdmin,
	demoCoachingOrganization,
	demoEmployers,
	demoLogins,
	demoPassword,
} from './demo-data.ts'

// Written out here on purpose, independent of the module's own map.
const townsByMunicipality: Record<string, string[]> = {
	Doetinchem: ['Doetinchem', 'Gaanderen', 'Wehl'],
	'Oost Gelre': ['Groenlo', 'Lichtenvoorde'],
	Montferland: ['Didam', "'s-Heerenberg", 'Zeddam'],
	Bronckhorst: ['Hengelo', 'Vorden', 'Zelhem', 'Steenderen'],
	Berkelland: ['Borculo', 'Eibergen', 'Neede', 'Ruurlo'],
	Aalten: ['Aalten', 'Bredevoort', 'Dinxperlo'],
	'Oude IJsselstreek': ['Ulft', 'Gendringen', 'Terborg', 'Varsseveld'],
}

function allEmails(data = buildDemoData()) {
	return [
		data.admin.email,
		...data.coachingOrganization.members.map((member) => member.email),
		...data.employers.flatMap((employer) => [
			...employer.contactPersons.map((contact) => contact.email),
			...(employer.accountHolder ? [employer.accountHolder.email] : []),
		]),
	]
}

describe('demo data', () => {
	test('has about 25 employers, each with 1-3 contact persons', () => {
		expect(demoEmployers.length).toBeGreaterThanOrEqual(20)
		expect(demoEmployers.length).toBeLessThanOrEqual(30)
		for (const employer of demoEmployers) {
			expect(employer.contactPersons.length).toBeGreaterThanOrEqual(1)
			expect(employer.contactPersons.length).toBeLessThanOrEqual(3)
		}
	})

	test('KvK numbers are 8 digits and unique', () => {
		const numbers = demoEmployers.map((employer) => employer.kvkNumber)
		for (const kvkNumber of numbers) expect(kvkNumber).toMatch(/^9\d{7}$/)
		expect(new Set(numbers).size).toBe(numbers.length)
	})

	test('emails and employer names are unique', () => {
		const emails = allEmails()
		expect(new Set(emails.map((email) => email.toLowerCase())).size).toBe(emails.length)
		for (const email of emails) expect(email).toMatch(/^[a-z0-9.-]+@[a-z0-9-]+\.(test|example)$/)
		const names = demoEmployers.map((employer) => employer.name)
		expect(new Set(names).size).toBe(names.length)
	})

	test('every employer sits in its own municipality, and all seven occur', () => {
		for (const employer of demoEmployers) {
			expect(townsByMunicipality[employer.municipality], employer.name).toContain(employer.town)
		}
		expect(new Set(demoEmployers.map((employer) => employer.municipality)).size).toBe(7)
	})

	test('fields have valid values', () => {
		for (const employer of demoEmployers) {
			expect(employer.sector).toMatch(/^[A-U]$/)
			expect(['1-9', '10-49', '50-249', '250+']).toContain(employer.sizeClass)
			expect(employer.website).toMatch(/^https:\/\/[a-z0-9-]+\.example$/)
			expect(employer.description.length).toBeGreaterThan(40)
			for (const contact of employer.contactPersons) {
				expect(contact.phone).toMatch(/^(06-[1-9]\d{7}|0[1-9]\d{2}-[1-9]\d{5})$/)
				expect(contact.jobTitle).not.toBe('')
			}
		}
	})

	test('only the first two employers have an account', () => {
		const withAccount = demoEmployers.filter((employer) => employer.accountHolder)
		expect(withAccount).toEqual(demoEmployers.slice(0, 2))
	})

	test('is deterministic, also across a fresh module load', async () => {
		const first = JSON.stringify(buildDemoData())
		expect(JSON.stringify(buildDemoData())).toBe(first)
		vi.resetModules()
		const fresh = await import('./demo-data.ts')
		expect(fresh.demoEmployers).not.toBe(demoEmployers)
		expect(JSON.stringify(fresh.buildDemoData())).toBe(first)
		expect(fresh.demoEmployers).toEqual(demoEmployers)
		expect(fresh.demoCoachingOrganization).toEqual(demoCoachingOrganization)
	})

	test('has one login per role, pointing at the right people', () => {
		const logins = demoLogins()
		expect(logins.map((login) => login.role).sort()).toEqual(['ADMIN', 'COORDINATOR', 'EMPLOYER', 'JOBCOACH'])
		const emailOf = (role: string) => logins.find((login) => login.role === role)?.email
		expect(emailOf('ADMIN')).toBe(demoAdmin.email)
		expect(emailOf('EMPLOYER')).toBe(demoEmployers[0]?.accountHolder?.email)
		const members = demoCoachingOrganization.members
		expect(members.filter((member) => member.role === 'JOBCOACH')).toHaveLength(3)
		expect(members.filter((member) => member.role === 'COORDINATOR')).toHaveLength(1)
		const demoCoach = members.filter((member) => member.isDemoLogin)
		expect(demoCoach).toHaveLength(1)
		expect(demoCoach[0]?.role).toBe('JOBCOACH')
		expect(emailOf('JOBCOACH')).toBe(demoCoach[0]?.email)
		expect(emailOf('COORDINATOR')).toBe(members.find((member) => member.role === 'COORDINATOR')?.email)
		// The printed logins are a stable contract for docs and scripts.
		expect(logins).toEqual([
			{ role: 'ADMIN', email: 'beheer@werkverbinder.test' },
			{ role: 'COORDINATOR', email: 'netwerk@wisselplaats.test' },
			{ role: 'JOBCOACH', email: 'jobcoach@wisselplaats.test' },
			{ role: 'EMPLOYER', email: 'werkgever@hofje.test' },
		])
		expect(demoPassword.length).toBeGreaterThanOrEqual(12)
	})
})
