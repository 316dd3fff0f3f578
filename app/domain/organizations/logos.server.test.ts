import { describe, expect, it } from 'vitest'
import { detectImageType, logoUrl, logoVersion } from './logos.server.ts'

const bytes = (...values: number[]) => new Uint8Array(values)
const text = (value: string) => new TextEncoder().encode(value)

describe('detectImageType', () => {
	it('recognises PNG, JPEG and WebP by their magic bytes', () => {
		expect(detectImageType(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0))).toBe('image/png')
		expect(detectImageType(bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10))).toBe('image/jpeg')
		expect(detectImageType(text('RIFF\x24\x00\x00\x00WEBPVP8 '))).toBe('image/webp')
	})

	it('refuses SVG, other RIFF files, text that says PNG and files too short to tell', () => {
		expect(detectImageType(text('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'))).toBeNull()
		expect(detectImageType(text('<?xml version="1.0"?><svg/>'))).toBeNull()
		expect(detectImageType(text('RIFF\x24\x00\x00\x00WAVEfmt '))).toBeNull()
		expect(detectImageType(text('PNG image, honestly'))).toBeNull()
		expect(detectImageType(bytes(0x89, 0x50, 0x4e))).toBeNull()
		expect(detectImageType(bytes())).toBeNull()
	})
})

describe('logo addresses', () => {
	it('carry the version of the stored file, and there is none without a file', () => {
		expect(logoVersion('cm0abc-0123456789abcdef.png')).toBe('0123456789abcdef')
		expect(logoUrl({ id: 'cm0abc', logoFile: 'cm0abc-0123456789abcdef.webp' })).toBe('/logos/cm0abc?v=0123456789abcdef')
		expect(logoUrl({ id: 'cm0abc', logoFile: null })).toBeNull()
		expect(logoVersion('../../etc/passwd')).toBeNull()
	})
})
