import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as csvRoute from '#app/routes/inzicht.$figure[.]csv.ts'
import * as dashboardRoute from '#app/routes/inzicht._index.tsx'
import { figureKeys, figureSlugs } from '#app/domain/insight/figure-tables.ts'
import { setClock } from '#app/utils/clock.server.ts'
import { prisma } from '#app/utils/db.server.ts'
import { callRoute, createSessionCookie, makeRequest } from '#tests/factories.ts'
import { renderDashboard } from '#tests/insight-fixtures.ts'
import { demoCandidates } from '#app/../prisma/demo-candidates.ts'
import { seedDemoData } from '#app/../prisma/seed.server.ts'

// A Wednesday: the demo's dates are relative to the moment it is seeded, and the dashboard opens on
// the last 12 months up to that day.
const seededAt = new Date('2026-05-06T10:00:00.000Z')

type DashboardData = Awaited<ReturnType<typeof dashboardRoute.loader>>

let cookie = ''
let data: DashboardData

beforeAll(async () => {
	setClock(seededAt)
	await seedDemoData()
	const coordinator = await prisma.user.findUniqueOrThrow({ where: { email: 'netwerk@wisselplaats.test' } })
	cookie = await createSessionCookie(coordinator.id)
	const result = await callRoute(dashboardRoute, { request: makeRequest('/inzicht', { cookie }) })
	expect(result.status).toBe(200)
	data = result.data as DashboardData
}, 120_000)

afterAll(() => setClock(null))

describe('the demo on the dashboard (the default period: the last 12 months)', () => {
	it('opens on the last 12 months up to the day the demo was seeded', () => {
		expect(data.invalid).toBe(false)
		expect(data.insight.period).toEqual({ from: '2025-05-07', to: '2026-05-06' })
	})

	it('reads the research: 38 participants, 19 active, 13 / 9 / 5 / 1 / 5 by stage', () => {
		const { candidates } = data.insight
		expect(candidates.participants).toBe(38)
		expect(candidates.active).toBe(19)
		expect(candidates.inactive).toBe(19)
		expect(candidates.byStage).toEqual({ ORIENTING: 13, DEVELOPING: 9, JOB_SEEKING: 5, WORKING: 1, COMPLETED: 5 })
		// 13 + 9 + 5 + 1 + 5 = 33 still in the programme; the other 5 left it during the year.
		expect(candidates.left).toBe(5)
	})

	it('reads the research: 23 employers contacted, 1 employer meeting, 1 sounding-board session', () => {
		const { network } = data.insight
		expect(network.employersContacted).toBe(23)
		expect(network.eventsHeld.EMPLOYER_MEETING).toBe(1)
		expect(network.soundingBoardSessions).toBe(1)
		// The meeting's seven employer organisations.
		expect(network.employersAttending).toBe(7)
	})

	it('shows the research figures in the headline row of the page', async () => {
		const html = await renderDashboard(data, '/inzicht')
		const tile = (key: string, label: string, value: number) =>
			expect(html).toMatch(new RegExp(`data-figure="${key}"><dt[^>]*>${label}</dt><dd[^>]*>${value}</dd>`))
		tile('participants', 'Deelnemers', 38)
		tile('active', 'Actief', 19)
		tile('ORIENTING', 'Oriënterend', 13)
		tile('DEVELOPING', 'Ontwikkelend', 9)
		tile('JOB_SEEKING', 'Werkzoekend', 5)
		tile('WORKING', 'Werkend', 1)
		tile('COMPLETED', 'Afgerond', 5)
		tile('employersContacted', 'Werkgevers benaderd', 23)
		tile('employerMeetings', 'Werkgeversbijeenkomsten', 1)
		tile('soundingBoardSessions', 'Klankbordsessies', 1)
	})

	it('shows the three jobcoaches sharing 22 hours, the demo login over capacity', () => {
		const caseload = data.insight.caseload
		expect(caseload.reduce((sum, coach) => sum + (coach.contractHours ?? 0), 0)).toBe(22)
		// The 19 active candidates less the 4 of them who have completed: 15 in a caseload.
		expect(caseload.reduce((sum, coach) => sum + coach.activeCandidates, 0)).toBe(15)
		expect(caseload.filter((coach) => coach.overCapacity)).toHaveLength(1)
	})

	it('never shows a demo candidate’s name or code, on the page or in any CSV file', async () => {
		const html = await renderDashboard(data, '/inzicht')
		const files = await Promise.all(
			figureKeys.map(async (figure) => {
				const result = await callRoute(csvRoute, {
					request: makeRequest(`/inzicht/${figureSlugs[figure]}.csv`, { cookie }),
					params: { figure: figureSlugs[figure] },
				})
				expect(result.status).toBe(200)
				return String(result.data)
			}),
		)
		for (const output of [html, JSON.stringify(data), ...files]) {
			for (const candidate of demoCandidates) {
				expect(output).not.toContain(candidate.code)
				expect(output).not.toContain(`${candidate.firstName} ${candidate.lastName}`)
			}
		}
	})
})
