import { listSitemapEntries } from '#app/domain/places/board.server.ts'
import { getEnv } from '#app/utils/env.server.ts'

type Entry = { path: string; lastmod?: Date | null }

function escapeXml(text: string) {
	return text.replace(/[<>&'"]/g, (char) => `&${{ '<': 'lt', '>': 'gt', '&': 'amp', "'": 'apos', '"': 'quot' }[char]};`)
}

/** The public pages for search engines: home, the board, every published place and its employer. */
export async function loader() {
	const { board, places, employers } = await listSitemapEntries()
	const entries: Entry[] = [
		{ path: '/' },
		{ path: '/plekken', lastmod: board },
		...places.map((place) => ({ path: `/plekken/${place.id}`, lastmod: place.updatedAt })),
		...employers.map((employer) => ({ path: `/plekken/werkgevers/${employer.id}`, lastmod: employer.updatedAt })),
	]
	const base = getEnv().APP_URL
	const urls = entries.map(({ path, lastmod }) =>
		[
			'  <url>',
			`    <loc>${escapeXml(`${base}${path}`)}</loc>`,
			...(lastmod ? [`    <lastmod>${lastmod.toISOString()}</lastmod>`] : []),
			'  </url>',
		].join('\n'),
	)
	const xml = [
		'<?xml version="1.0" encoding="UTF-8"?>',
		'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
		...urls,
		'</urlset>',
		'',
	].join('\n')
	return new Response(xml, {
		headers: { 'content-type': 'application/xml; charset=utf-8', 'cache-control': 'public, max-age=3600' },
	})
}
