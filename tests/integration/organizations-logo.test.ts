import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest'
import * as logoRoute from '#app/routes/logos.$organizationId.ts'
import * as profileRoute from '#app/routes/werkgever.organisatie.tsx'
import { prisma } from '#app/utils/db.server.ts'
import {
	BASE_URL,
	callRoute,
	createSessionCookie,
	createUser,
	makeRequest,
	submissionErrors,
} from '#tests/factories.ts'

// Logos are written under DATA_DIR: give this file a directory of its own, before the env is read.
const dataDir = vi.hoisted(() => {
	const dir = `${process.cwd()}/tests/.tmp/logos-${process.pid}-${Date.now()}`
	process.env.DATA_DIR = dir
	return dir
})
const logosDir = path.join(dataDir, 'logos')
afterAll(() => {
	fs.rmSync(dataDir, { recursive: true, force: true })
})

// A real PNG, built chunk by chunk: signature, IHDR, IDAT (zlib-compressed scanlines), IEND, each with its CRC.
const crcTable = Array.from({ length: 256 }, (_, n) => {
	let c = n
	for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
	return c >>> 0
})
function crc32(bytes: Uint8Array) {
	let crc = 0xffffffff
	for (const byte of bytes) crc = crcTable[(crc ^ byte) & 0xff]! ^ (crc >>> 8)
	return (crc ^ 0xffffffff) >>> 0
}
function pngChunk(type: string, content: Uint8Array) {
	const typeAndContent = Buffer.concat([Buffer.from(type, 'ascii'), content])
	const length = Buffer.alloc(4)
	length.writeUInt32BE(content.length)
	const crc = Buffer.alloc(4)
	crc.writeUInt32BE(crc32(typeAndContent))
	return Buffer.concat([length, typeAndContent, crc])
}
function buildPng(width: number, height: number) {
	const header = Buffer.alloc(13)
	header.writeUInt32BE(width, 0)
	header.writeUInt32BE(height, 4)
	header.set([8, 2, 0, 0, 0], 8) // 8-bit RGB, no interlace
	const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 3, 0x2a)]) // filter byte + pixels
	const pixels = zlib.deflateSync(Buffer.concat(Array.from({ length: height }, () => row)))
	return new Uint8Array(
		Buffer.concat([
			Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
			pngChunk('IHDR', header),
			pngChunk('IDAT', pixels),
			pngChunk('IEND', new Uint8Array()),
		]),
	)
}
const jpegBytes = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0xff, 0xd9])

type Employer = { userId: string; organizationId: string; cookie: string }
let employer: Employer
beforeEach(async () => {
	const { user, organization } = await createUser({ role: 'EMPLOYER' })
	employer = { userId: user.id, organizationId: organization.id, cookie: await createSessionCookie(user.id) }
})

function uploadRequest(actor: Employer, file: { bytes: Uint8Array; name: string; type: string }) {
	const body = new FormData()
	body.set('intent', 'upload-logo')
	body.set('logo', new File([new Uint8Array(file.bytes)], file.name, { type: file.type }))
	return new Request(`${BASE_URL}/werkgever/organisatie`, {
		method: 'POST',
		body,
		headers: { origin: BASE_URL, cookie: actor.cookie },
	})
}

function upload(actor: Employer, file: { bytes: Uint8Array; name: string; type: string }) {
	return callRoute(profileRoute, { request: uploadRequest(actor, file) })
}

function getLogo(organizationId: string, search = '') {
	return logoRoute.loader({
		request: new Request(`${BASE_URL}/logos/${organizationId}${search}`),
		params: { organizationId },
		context: { cspNonce: '', requestId: 't', requestStartedAt: 0, clientIp: '127.0.0.1' },
	})
}

async function getLogoOrStatus(organizationId: string, search = '') {
	try {
		return await getLogo(organizationId, search)
	} catch (error) {
		if (error instanceof Response) return error
		throw error
	}
}

function storedLogo(organizationId: string) {
	return prisma.organization.findUniqueOrThrow({
		where: { id: organizationId },
		select: { logoFile: true, logoContentType: true },
	})
}

function filesInLogosDir() {
	return fs.existsSync(logosDir) ? fs.readdirSync(logosDir) : []
}

describe('uploading a logo', () => {
	it('accepts a real small PNG, stores it under DATA_DIR/logos and serves it with safe headers', async () => {
		const png = buildPng(4, 3)
		const result = await upload(employer, { bytes: png, name: 'logo.png', type: 'image/png' })
		expect(result.status).toBe(302)
		expect(result.location).toBe('/werkgever/organisatie')

		const stored = await storedLogo(employer.organizationId)
		expect(stored.logoContentType).toBe('image/png')
		expect(stored.logoFile).toMatch(new RegExp(`^${employer.organizationId}-[a-f0-9]{16}\\.png$`))
		expect(new Uint8Array(fs.readFileSync(path.join(logosDir, stored.logoFile!)))).toEqual(png)
		expect(
			await prisma.auditEvent.count({
				where: { action: 'organization.logo-updated', entityId: employer.organizationId, actorId: employer.userId },
			}),
		).toBe(1)

		// The profile page links the versioned address.
		const page = await callRoute(profileRoute, {
			request: makeRequest('/werkgever/organisatie', { cookie: employer.cookie }),
		})
		const version = stored.logoFile!.split('-').pop()!.replace('.png', '')
		expect((page.data as { logoUrl: string }).logoUrl).toBe(`/logos/${employer.organizationId}?v=${version}`)

		const response = await getLogo(employer.organizationId, `?v=${version}`)
		expect(response.status).toBe(200)
		expect(response.headers.get('content-type')).toBe('image/png')
		expect(response.headers.get('x-content-type-options')).toBe('nosniff')
		expect(response.headers.get('content-disposition')).toBe('inline; filename="logo.png"')
		expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
		expect(new Uint8Array(await response.arrayBuffer())).toEqual(png)

		// Without (or with an old) version the browser must check again.
		const unversioned = await getLogo(employer.organizationId)
		expect(unversioned.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate')
	})

	it('replaces the old file with a new upload and removes it on "delete logo"', async () => {
		await upload(employer, { bytes: buildPng(2, 2), name: 'oud.png', type: 'image/png' })
		const first = (await storedLogo(employer.organizationId)).logoFile!

		const replaced = await upload(employer, { bytes: jpegBytes, name: 'nieuw.jpg', type: 'image/jpeg' })
		expect(replaced.status).toBe(302)
		const second = await storedLogo(employer.organizationId)
		expect(second.logoContentType).toBe('image/jpeg')
		expect(second.logoFile).toMatch(/\.jpg$/)
		expect(filesInLogosDir()).toContain(second.logoFile)
		expect(filesInLogosDir()).not.toContain(first)
		expect((await getLogo(employer.organizationId)).headers.get('content-type')).toBe('image/jpeg')

		const removed = await callRoute(profileRoute, {
			request: makeRequest('/werkgever/organisatie', { form: { intent: 'delete-logo' }, cookie: employer.cookie }),
		})
		expect(removed.status).toBe(302)
		expect(await storedLogo(employer.organizationId)).toEqual({ logoFile: null, logoContentType: null })
		expect(filesInLogosDir()).not.toContain(second.logoFile)
		expect(
			await prisma.auditEvent.count({
				where: { action: 'organization.logo-removed', entityId: employer.organizationId },
			}),
		).toBe(1)
		const gone = await getLogoOrStatus(employer.organizationId)
		expect(gone.status).toBe(404)
	})

	const refused = [
		{
			name: 'a "PNG" whose bytes are not a PNG',
			file: { bytes: new TextEncoder().encode('PNG image, honestly'), name: 'nep.png', type: 'image/png' },
			message: 'organizations:logo.wrongType',
		},
		{
			name: 'an SVG',
			file: {
				bytes: new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
				name: 'logo.svg',
				type: 'image/svg+xml',
			},
			message: 'organizations:logo.wrongType',
		},
		{
			name: 'an SVG that claims to be a PNG',
			file: { bytes: new TextEncoder().encode('<svg onload="alert(1)"/>'), name: 'logo.png', type: 'image/png' },
			message: 'organizations:logo.wrongType',
		},
		{
			name: 'a file over 1 MB (a real PNG with padding)',
			file: {
				bytes: new Uint8Array([...buildPng(1, 1), ...new Uint8Array(1024 * 1024)]),
				name: 'groot.png',
				type: 'image/png',
			},
			message: 'organizations:logo.tooLarge',
		},
		{
			name: 'no file at all',
			file: { bytes: new Uint8Array(), name: '', type: 'application/octet-stream' },
			message: 'organizations:logo.required',
		},
	]

	it.each(refused)('refuses $name with a field error and stores nothing', async ({ file, message }) => {
		const result = await upload(employer, file)
		expect(result.status).toBe(400)
		expect(result.data).toMatchObject({ form: 'upload-logo' })
		expect(submissionErrors(result).logo).toEqual([message])
		expect(await storedLogo(employer.organizationId)).toEqual({ logoFile: null, logoContentType: null })
		expect(filesInLogosDir().filter((name) => name.startsWith(employer.organizationId))).toEqual([])
	})

	it('refuses a request that announces more than 1 MB before reading it', async () => {
		const request = uploadRequest(employer, { bytes: buildPng(1, 1), name: 'logo.png', type: 'image/png' })
		const announced = new Request(request, { headers: new Headers(request.headers) })
		announced.headers.set('content-length', String(3 * 1024 * 1024))
		const result = await callRoute(profileRoute, { request: announced })
		expect(result.status).toBe(400)
		expect(submissionErrors(result).logo).toEqual(['organizations:logo.tooLarge'])
	})

	it('keeps a logo that is served, when a later upload is refused', async () => {
		await upload(employer, { bytes: buildPng(2, 2), name: 'logo.png', type: 'image/png' })
		const before = await storedLogo(employer.organizationId)
		await upload(employer, { bytes: new TextEncoder().encode('<svg/>'), name: 'x.svg', type: 'image/svg+xml' })
		expect(await storedLogo(employer.organizationId)).toEqual(before)
		expect((await getLogo(employer.organizationId)).status).toBe(200)
	})
})

describe('serving logos', () => {
	it('answers 404 for an organisation without a logo and for an unknown one', async () => {
		expect((await getLogoOrStatus(employer.organizationId)).status).toBe(404)
		expect((await getLogoOrStatus('no-such-organization')).status).toBe(404)
	})

	it('answers 404 when the stored name is not one we made (no path tricks)', async () => {
		await prisma.organization.update({
			where: { id: employer.organizationId },
			data: { logoFile: '../../package.json', logoContentType: 'image/png' },
		})
		expect((await getLogoOrStatus(employer.organizationId)).status).toBe(404)
	})

	it('is public: anyone can load a logo without signing in', async () => {
		await upload(employer, { bytes: buildPng(1, 1), name: 'logo.png', type: 'image/png' })
		const response = await getLogo(employer.organizationId)
		expect(response.status).toBe(200)
	})
})
