import { describe, expect, it } from 'vitest'
import {
	availableProposalActions,
	canTakeProposalAction,
	isOpenProposal,
	nextProposalStatus,
	proposalStatuses,
	toProposalStatus,
} from './proposal-state.ts'

const shared = { identityShared: true }
const notShared = { identityShared: false }

describe('proposal state machine', () => {
	it('lets only the employer answer a new proposal, and the coach only withdraw it', () => {
		expect(availableProposalActions('PROPOSED', 'EMPLOYER', notShared)).toEqual(['accept', 'decline'])
		expect(availableProposalActions('PROPOSED', 'COACH', notShared)).toEqual(['withdraw'])
		expect(nextProposalStatus('PROPOSED', 'accept')).toBe('ACCEPTED')
		expect(nextProposalStatus('PROPOSED', 'decline')).toBe('DECLINED')
	})

	it('asks for shared identity before an intro can be planned', () => {
		expect(availableProposalActions('ACCEPTED', 'COACH', notShared)).toEqual([
			'share-identity',
			'not-placed',
			'withdraw',
		])
		expect(availableProposalActions('ACCEPTED', 'COACH', shared)).toEqual([
			'withdraw-identity',
			'plan-intro',
			'not-placed',
			'withdraw',
		])
		expect(canTakeProposalAction('plan-intro', { status: 'ACCEPTED', side: 'COACH', ...notShared })).toBe(false)
		expect(nextProposalStatus('ACCEPTED', 'plan-intro')).toBe('INTRO_PLANNED')
	})

	it('offers recording the placement, moving the intro and closing once the intro is planned', () => {
		expect(availableProposalActions('INTRO_PLANNED', 'COACH', shared)).toEqual([
			'withdraw-identity',
			'plan-intro',
			'not-placed',
			'withdraw',
			'record-placement',
		])
		expect(nextProposalStatus('INTRO_PLANNED', 'not-placed')).toBe('NOT_PLACED')
		expect(nextProposalStatus('INTRO_PLANNED', 'withdraw')).toBe('WITHDRAWN')
	})

	it('never lets the employer act after answering, nor the coach answer for the employer', () => {
		for (const status of proposalStatuses.filter((status) => status !== 'PROPOSED')) {
			expect(availableProposalActions(status, 'EMPLOYER', shared)).toEqual([])
		}
		expect(canTakeProposalAction('accept', { status: 'PROPOSED', side: 'COACH', ...notShared })).toBe(false)
		expect(canTakeProposalAction('decline', { status: 'PROPOSED', side: 'COACH', ...notShared })).toBe(false)
	})

	it('closes for good: a finished proposal only allows withdrawing an active consent', () => {
		for (const status of ['DECLINED', 'NOT_PLACED', 'WITHDRAWN'] as const) {
			expect(availableProposalActions(status, 'COACH', notShared)).toEqual([])
			expect(availableProposalActions(status, 'COACH', shared)).toEqual(['withdraw-identity'])
			expect(nextProposalStatus(status, 'plan-intro')).toBeNull()
			expect(nextProposalStatus(status, 'accept')).toBeNull()
		}
		expect(availableProposalActions('PLACED', 'COACH', notShared)).toEqual(['share-identity'])
	})

	it('does not share identity before the employer accepted', () => {
		expect(canTakeProposalAction('share-identity', { status: 'PROPOSED', side: 'COACH', ...notShared })).toBe(false)
		expect(canTakeProposalAction('share-identity', { status: 'DECLINED', side: 'COACH', ...notShared })).toBe(false)
		expect(canTakeProposalAction('share-identity', { status: 'ACCEPTED', side: 'COACH', ...shared })).toBe(false)
	})

	it('knows which statuses are open and reads unknown values safely', () => {
		expect(proposalStatuses.filter(isOpenProposal)).toEqual(['PROPOSED', 'ACCEPTED', 'INTRO_PLANNED'])
		expect(toProposalStatus('SOMETHING')).toBe('PROPOSED')
		expect(toProposalStatus('PLACED')).toBe('PLACED')
	})
})
