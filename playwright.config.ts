// End-to-end tests against the production build: `npx remix vite:build && npx playwright test`.
// The environment (data dir, ports, secret) lives in tests/e2e/env.ts and is applied to process.env
// on import, so the web server and the test workers (and their DB fixtures) share one SQLite file.
import { defineConfig, devices } from '@playwright/test'
import { e2eBaseUrl, e2eEnv } from './tests/e2e/env.ts'

export default defineConfig({
	testDir: 'tests/e2e',
	outputDir: 'test-results',
	fullyParallel: false,
	// Two cores and one SQLite writer: one browser at a time keeps runs deterministic.
	workers: 1,
	forbidOnly: Boolean(process.env.CI),
	retries: process.env.CI ? 1 : 0,
	timeout: 60_000,
	expect: { timeout: 10_000 },
	reporter: process.env.CI ? [['list']] : [['list']],
	use: {
		baseURL: e2eBaseUrl,
		locale: 'nl-NL',
		trace: 'retain-on-failure',
		screenshot: 'only-on-failure',
	},
	projects: [
		{
			name: 'chromium',
			use: {
				...devices['Desktop Chrome'],
				launchOptions: {
					executablePath: '/usr/bin/chromium',
					args: [
						'--no-sandbox',
						'--disable-gpu',
						'--disable-quic',
						'--no-first-run',
						'--disable-background-networking',
						'--disable-component-update',
						'--disable-sync',
					],
				},
			},
		},
	],
	webServer: {
		command: 'npx tsx tests/e2e/server.ts',
		url: `${e2eBaseUrl}/healthz`,
		reuseExistingServer: false,
		timeout: 120_000,
		env: { ...e2eEnv },
		stdout: 'pipe',
		stderr: 'pipe',
		// SIGTERM runs the app's shutdown, which also stops the embedded Meilisearch.
		gracefulShutdown: { signal: 'SIGTERM', timeout: 15_000 },
	},
})
