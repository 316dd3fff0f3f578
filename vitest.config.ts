import { defineConfig } from 'vitest/config'
import tsconfigPaths from 'vite-tsconfig-paths'

export default defineConfig({
	plugins: [tsconfigPaths()],
	test: {
		include: [
			'app/**/*.test.{ts,tsx}',
			'search/**/*.test.ts',
			'emails/**/*.test.{ts,tsx}',
			'prisma/**/*.test.ts',
			'tests/integration/**/*.test.ts',
		],
		globalSetup: ['./tests/vitest-global-setup.ts'],
		setupFiles: ['./tests/vitest-setup.ts'],
		pool: 'forks',
		poolOptions: { forks: { isolate: true } },
		testTimeout: 30_000,
		hookTimeout: 60_000,
		restoreMocks: true,
	},
})
