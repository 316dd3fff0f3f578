import path from 'node:path'
import { z } from 'zod'

const envSchema = z
	.object({
		NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
		PORT: z.coerce.number().int().positive().default(3000),
		/** Public base URL used in email links. */
		APP_URL: z.string().url().optional(),
		/** Everything the app writes (database, search index, logos) lives here. */
		DATA_DIR: z.string().min(1).default('./data'),
		DATABASE_URL: z.string().startsWith('file:', 'must be a file: URL for SQLite').optional(),
		/** Signs the toast and preference cookies. */
		SESSION_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
		MEILI_HOST: z.string().url().optional(),
		MEILI_API_KEY: z.string().min(1).optional(),
		/** Prepended to every index name, so several apps or test runs can share one Meilisearch. */
		MEILI_INDEX_PREFIX: z
			.string()
			.regex(/^[a-zA-Z0-9_-]*$/, 'may only hold letters, digits, - and _')
			.default(''),
		/** How many candidate cards one employer account may open per day (bulk viewing is abuse). */
		EMPLOYER_CARD_VIEWS_PER_DAY: z.coerce.number().int().min(1).max(10_000).default(40),
		/** Employer contacts (calls, visits, meetings) a week each coach or coordinator aims for, unless set per person. */
		EMPLOYER_CONTACTS_WEEKLY_TARGET: z.coerce.number().int().min(0).max(100).default(3),
		/** An engaged or partner employer with no activity for this many days has gone quiet. */
		GONE_QUIET_DAYS: z.coerce.number().int().min(1).max(3650).default(60),
		/** How many active candidates one contracted hour a week can carry; above it a coach is over capacity. */
		CANDIDATES_PER_CONTRACT_HOUR: z.coerce.number().positive().max(100).default(2),
		/** Signing secret (whsec_…) of the email provider's webhook for delivery events (bounces). */
		RESEND_WEBHOOK_SECRET: z.string().min(1).optional(),
		/** Port of the embedded Meilisearch when MEILI_HOST is unset. */
		MEILI_PORT: z.coerce.number().int().positive().default(7700),
		RESEND_API_KEY: z.string().min(1).optional(),
		RESEND_BASE_URL: z.string().url().optional(),
		EMAIL_FROM: z.string().min(3).default('Werkverbinder <noreply@werkverbinder.nl>'),
		/** A candidate profile not confirmed with the candidate for this many days is stale. */
		CANDIDATE_STALE_DAYS: z.coerce.number().int().min(1).max(3650).default(90),
		LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
		/** Disables per-IP throttling; only honoured outside production (used by e2e tests). */
		DISABLE_RATE_LIMIT: z
			.enum(['true', 'false'])
			.default('false')
			.transform((value) => value === 'true'),
	})
	.superRefine((env, ctx) => {
		if (env.NODE_ENV === 'production' && !env.SESSION_SECRET) {
			ctx.addIssue({ code: 'custom', path: ['SESSION_SECRET'], message: 'is required in production' })
		}
		if (env.MEILI_HOST && !env.MEILI_API_KEY) {
			ctx.addIssue({ code: 'custom', path: ['MEILI_API_KEY'], message: 'is required when MEILI_HOST is set' })
		}
	})
	.transform((env) => {
		const dataDir = path.resolve(env.DATA_DIR)
		return {
			...env,
			DATA_DIR: dataDir,
			DATABASE_URL: env.DATABASE_URL ?? `file:${path.join(dataDir, 'werkverbinder.db')}`,
			APP_URL: (env.APP_URL ?? `http://localhost:${env.PORT}`).replace(/\/$/, ''),
			SESSION_SECRET: env.SESSION_SECRET ?? 'development-only-secret-not-for-production-use',
			DISABLE_RATE_LIMIT: env.DISABLE_RATE_LIMIT && env.NODE_ENV !== 'production',
		}
	})

export type Env = z.infer<typeof envSchema>

export function parseEnv(source: Record<string, string | undefined>): Env {
	const result = envSchema.safeParse(source)
	if (!result.success) {
		const problems = result.error.issues.map((issue) => `  - ${issue.path.join('.')}: ${issue.message}`)
		throw new Error(`Invalid environment configuration:\n${problems.join('\n')}`)
	}
	return result.data
}

let cached: Env | undefined

/** Validated environment; the first call validates and fails loudly naming what is wrong. */
export function getEnv(): Env {
	cached ??= parseEnv(process.env)
	return cached
}

/** The explicit allowlist of environment values that reach the browser. */
export function getClientEnv() {
	return { MODE: getEnv().NODE_ENV }
}
export type ClientEnv = ReturnType<typeof getClientEnv>
