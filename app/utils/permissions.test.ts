import { describe, expect, it } from 'vitest'
import { accessFor, assignableRoles, can, roles, startPaths } from './permissions.ts'

describe('permissions', () => {
	it('gives admins any-access to organisations and employers only their own', () => {
		expect(accessFor('ADMIN', 'update:organization')).toBe('any')
		expect(accessFor('EMPLOYER', 'update:organization')).toBe('own')
		expect(accessFor('JOBCOACH', 'update:organization')).toBeNull()
	})

	it('keeps the admin area and the network from other roles', () => {
		for (const role of roles.filter((r) => r !== 'ADMIN')) {
			expect(can(role, 'read:user')).toBe(false)
			expect(can(role, 'create:organization')).toBe(false)
		}
		expect(can('COORDINATOR', 'read:network')).toBe(true)
		expect(can('EMPLOYER', 'read:network')).toBe(false)
		expect(can('EMPLOYER', 'read:candidate')).toBe(false)
		expect(can(null, 'read:organization')).toBe(false)
	})

	it('never lets an employer organisation hand out a staff role', () => {
		expect(assignableRoles.EMPLOYER).toEqual(['EMPLOYER'])
		expect(assignableRoles.COACHING).not.toContain('ADMIN')
	})

	it('has a start page for every role', () => {
		for (const role of roles) expect(startPaths[role]).toMatch(/^\//)
	})
})
