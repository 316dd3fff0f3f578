import { hash, verify } from '@node-rs/argon2'

// OWASP's argon2id baseline (m=19 MiB, t=2, p=1).
const options = { memoryCost: 19456, timeCost: 2, parallelism: 1, outputLen: 32 } as const

export function hashPassword(password: string) {
	return hash(password, options)
}

export async function verifyPassword(passwordHash: string, password: string) {
	try {
		return await verify(passwordHash, password)
	} catch {
		return false
	}
}
