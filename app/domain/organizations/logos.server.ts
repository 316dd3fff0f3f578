// Organisation logos: read from a multipart upload (at most 1 MB, PNG/JPEG/WebP judged by the bytes
// themselves), stored under DATA_DIR/logos/<organizationId>-<random>.<ext>, served by /logos/:organizationId.
import crypto from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'
import {
	MaxPartSizeExceededError,
	unstable_createMemoryUploadHandler,
	unstable_parseMultipartFormData,
} from '@remix-run/node'
import { audit } from '#app/utils/audit.server.ts'
import { prisma } from '#app/utils/db.server.ts'
import { getEnv } from '#app/utils/env.server.ts'
import { LOGO_MAX_BYTES, type LogoContentType } from './organization-schemas.ts'

const extensions: Record<LogoContentType, string> = { 'image/png': 'png', 'image/jpeg': 'jpg', 'image/webp': 'webp' }
/** Room for the multipart boundaries and the other small fields of the logo form. */
const MULTIPART_OVERHEAD_BYTES = 16 * 1024
const storedFileName = /^[A-Za-z0-9]+-([a-f0-9]{16})\.(png|jpg|webp)$/

function startsWith(bytes: Uint8Array, signature: number[], offset = 0) {
	return bytes.length >= offset + signature.length && signature.every((byte, index) => bytes[offset + index] === byte)
}

/** The image type by its magic bytes; whatever the browser claimed does not count. */
export function detectImageType(bytes: Uint8Array): LogoContentType | null {
	if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png'
	if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg'
	// RIFF....WEBP
	if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8)) return 'image/webp'
	return null
}

export type LogoUploadProblem = 'required' | 'tooLarge' | 'wrongType'
export type LogoUpload =
	| { ok: true; formData: FormData; bytes: Uint8Array; contentType: LogoContentType }
	| { ok: false; formData: FormData; problem: LogoUploadProblem }

/**
 * Reads the logo form (multipart: `intent` and the `logo` file). Parts are read into memory and a part
 * over 1 MB stops the reading; other fields are ignored.
 */
export async function readLogoUpload(request: Request): Promise<LogoUpload> {
	const fallback = new FormData()
	fallback.set('intent', 'upload-logo')
	const declaredLength = Number(request.headers.get('content-length') ?? Number.NaN)
	if (declaredLength > LOGO_MAX_BYTES + MULTIPART_OVERHEAD_BYTES) {
		return { ok: false, formData: fallback, problem: 'tooLarge' }
	}
	let formData: FormData
	try {
		formData = await unstable_parseMultipartFormData(
			request,
			unstable_createMemoryUploadHandler({
				maxPartSize: LOGO_MAX_BYTES,
				filter: ({ name }) => name === 'logo' || name === 'intent',
			}),
		)
	} catch (error) {
		if (error instanceof MaxPartSizeExceededError) return { ok: false, formData: fallback, problem: 'tooLarge' }
		throw new Response('Bad Request', { status: 400 })
	}
	const file = formData.get('logo')
	if (!(file instanceof File) || file.size === 0) return { ok: false, formData, problem: 'required' }
	const bytes = new Uint8Array(await file.arrayBuffer())
	const contentType = detectImageType(bytes)
	if (!contentType) return { ok: false, formData, problem: 'wrongType' }
	return { ok: true, formData, bytes, contentType }
}

function logosDirectory() {
	return path.join(getEnv().DATA_DIR, 'logos')
}

/** Only names we made ourselves: never a path from the database that leaves the logos directory. */
function logoPath(fileName: string) {
	if (!storedFileName.test(fileName)) return null
	return path.join(logosDirectory(), fileName)
}

async function removeLogoFile(fileName: string | null) {
	const file = fileName ? logoPath(fileName) : null
	if (file) await fs.rm(file, { force: true })
}

/** Stores the new logo and removes the one it replaces. */
export async function saveLogo({
	organizationId,
	bytes,
	contentType,
	actorId,
}: {
	organizationId: string
	bytes: Uint8Array
	contentType: LogoContentType
	actorId: string
}) {
	const fileName = `${organizationId}-${crypto.randomBytes(8).toString('hex')}.${extensions[contentType]}`
	const file = logoPath(fileName)
	if (!file) throw new Error(`Unexpected logo file name ${fileName}`)
	await fs.mkdir(logosDirectory(), { recursive: true })
	await fs.writeFile(file, bytes, { flag: 'wx' })
	const previous = await prisma.organization.findUniqueOrThrow({
		where: { id: organizationId },
		select: { logoFile: true },
	})
	try {
		await prisma.organization.update({
			where: { id: organizationId },
			data: { logoFile: fileName, logoContentType: contentType },
		})
	} catch (error) {
		await fs.rm(file, { force: true })
		throw error
	}
	await removeLogoFile(previous.logoFile)
	await audit('organization.logo-updated', {
		actorId,
		entityType: 'Organization',
		entityId: organizationId,
		details: { contentType, bytes: bytes.byteLength },
	})
	return fileName
}

/** Removes the logo; false when there was none. */
export async function deleteLogo({ organizationId, actorId }: { organizationId: string; actorId: string }) {
	const organization = await prisma.organization.findUniqueOrThrow({
		where: { id: organizationId },
		select: { logoFile: true },
	})
	if (!organization.logoFile) return false
	await prisma.organization.update({
		where: { id: organizationId },
		data: { logoFile: null, logoContentType: null },
	})
	await removeLogoFile(organization.logoFile)
	await audit('organization.logo-removed', { actorId, entityType: 'Organization', entityId: organizationId })
	return true
}

/** The version part of a stored logo name; it changes with every upload. */
export function logoVersion(fileName: string | null) {
	return fileName ? (storedFileName.exec(fileName)?.[1] ?? null) : null
}

/** Where the browser gets the logo; the version makes a new upload a new address (long caching is safe). */
export function logoUrl(organization: { id: string; logoFile: string | null }) {
	const version = logoVersion(organization.logoFile)
	return version ? `/logos/${encodeURIComponent(organization.id)}?v=${version}` : null
}

/** The stored logo of an organisation, or null when it has none (or the file is gone). */
export async function readLogo(organizationId: string) {
	const organization = await prisma.organization.findUnique({
		where: { id: organizationId },
		select: { logoFile: true, logoContentType: true },
	})
	if (!organization?.logoFile || !organization.logoContentType) return null
	const file = logoPath(organization.logoFile)
	const contentType = organization.logoContentType as LogoContentType
	if (!file || !(contentType in extensions)) return null
	try {
		const bytes = await fs.readFile(file)
		return { bytes, contentType, extension: extensions[contentType], version: logoVersion(organization.logoFile) }
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
		throw error
	}
}
