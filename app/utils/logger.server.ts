import { pino, type Logger } from 'pino'
import { getEnv } from './env.server.ts'

// Structured JSON logs. Never log personal data: no emails, names, tokens or query strings.
let logger: Logger | undefined

export function getLogger(): Logger {
	logger ??= pino({
		level: getEnv().NODE_ENV === 'test' ? 'silent' : getEnv().LOG_LEVEL,
		base: { service: 'werkverbinder' },
		timestamp: pino.stdTimeFunctions.isoTime,
		redact: ['req.headers.cookie', 'req.headers.authorization', '*.email', '*.password', '*.token'],
	})
	return logger
}
