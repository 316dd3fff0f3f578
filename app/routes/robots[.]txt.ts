import { getEnv } from '#app/utils/env.server.ts'

/** Crawlers may read everything public; the sitemap lists what is worth reading. */
export function loader() {
	const text = ['User-agent: *', 'Allow: /', '', `Sitemap: ${getEnv().APP_URL}/sitemap.xml`, ''].join('\n')
	return new Response(text, {
		headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'public, max-age=86400' },
	})
}
