import { checkSearch } from '#search/client.server.ts'
import { checkDatabase } from '#app/utils/db.server.ts'

/** For load balancers and the fresh-clone check: the database and the search engine answer. */
export async function loader() {
	const [database, search] = await Promise.all([
		checkDatabase().then(
			() => ({ ok: true as const }),
			(error: unknown) => ({ ok: false as const, error: (error as Error).message }),
		),
		checkSearch(),
	])
	const ok = database.ok && search.ok
	return Response.json(
		{ status: ok ? 'ok' : 'degraded', database: database.ok ? 'ok' : 'error', search: search.ok ? 'ok' : 'error' },
		{ status: ok ? 200 : 503, headers: { 'cache-control': 'no-store' } },
	)
}
