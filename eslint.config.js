import js from '@eslint/js'
import jsxA11y from 'eslint-plugin-jsx-a11y'
import react from 'eslint-plugin-react'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

export default tseslint.config(
	{
		ignores: [
			'build/**',
			'app/generated/**',
			'node_modules/**',
			'tests/.tmp/**',
			'test-results/**',
			'playwright-report/**',
			'data/**',
		],
	},
	js.configs.recommended,
	...tseslint.configs.recommended,
	{
		files: ['**/*.{ts,tsx,js}'],
		languageOptions: { globals: { ...globals.node, ...globals.browser } },
		plugins: { react, 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
		settings: { react: { version: '18' } },
		rules: {
			...react.configs.recommended.rules,
			...react.configs['jsx-runtime'].rules,
			...reactHooks.configs.recommended.rules,
			...jsxA11y.flatConfigs.recommended.rules,
			'react/prop-types': 'off',
			'jsx-a11y/aria-role': ['error', { ignoreNonDOM: true }],
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
			'@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
			'no-restricted-imports': [
				'error',
				{ patterns: [{ group: ['**/generated/prisma/*'], message: 'Use prisma from app/utils/db.server.ts.' }] },
			],
		},
	},
	{
		// Only the database module and the seed may import the generated client.
		files: ['app/utils/db.server.ts', 'prisma/**'],
		rules: { 'no-restricted-imports': 'off' },
	},
)
