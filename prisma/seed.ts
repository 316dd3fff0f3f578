/**
 * `npm run db:seed` (tsx prisma/seed.ts): loads the demo data and prints the demo logins.
 * Safe to run repeatedly. Apply the migrations first: `npx prisma migrate deploy`.
 */
import { demoLogins, demoPassword } from './demo-data.ts'

// eslint-disable-next-line @typescript-eslint/consistent-type-imports -- a type-only view of a module loaded lazily below
type PrismaModule = typeof import('#app/utils/db.server.ts')

function errorMessage(error: unknown) {
	const message = error instanceof Error ? error.message.trim() : String(error)
	const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined
	// P2021: table does not exist, i.e. the migrations have not been applied to this database.
	if (code === 'P2021') {
		const cause = message.split('\n').filter(Boolean).at(-1) ?? message
		return `${cause}\nHas the database been migrated? Run: npx prisma migrate deploy`
	}
	return message
}

function printLogins() {
	const rows = [['Role', 'Email', 'Password'], ...demoLogins().map((login) => [login.role, login.email, demoPassword])]
	const widths = [0, 1, 2].map((column) => Math.max(...rows.map((row) => row[column]?.length ?? 0)))
	console.log('Demo logins:')
	for (const row of rows) {
		console.log(
			`  ${row
				.map((cell, column) => cell.padEnd(widths[column] ?? 0))
				.join('  ')
				.trimEnd()}`,
		)
	}
}

async function main() {
	let db: PrismaModule | undefined
	try {
		// Imported here so a bad DATABASE_URL is reported like any other failure.
		db = await import('#app/utils/db.server.ts')
		const { seedDemoData } = await import('./seed.server.ts')
		console.log('Seeding demo data…')
		const summary = await seedDemoData({ log: (message) => console.log(`  ${message}`) })
		const { created, updated } = summary.changes
		console.log(
			`Demo data: ${summary.organizations} organisations, ${summary.users} accounts, ${summary.contactPersons} contact persons (${created} rows created, ${updated} updated)`,
		)
		console.log('')
		printLogins()
	} catch (error) {
		console.error(`Seeding the demo data failed: ${errorMessage(error)}`)
		process.exitCode = 1
	} finally {
		await db?.prisma.$disconnect().catch(() => {})
	}
}

await main()
