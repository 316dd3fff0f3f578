// The Remix options, imported by vite.config.ts into the Remix Vite plugin: one source of truth.
/** @type {import('@remix-run/dev').VitePluginConfig} */
export default {
	appDirectory: 'app',
	buildDirectory: 'build',
	serverModuleFormat: 'esm',
	future: {
		v3_fetcherPersist: true,
		v3_relativeSplatPath: true,
		v3_throwAbortReason: true,
		v3_singleFetch: true,
		v3_lazyRouteDiscovery: true,
		v3_routeConfig: true,
	},
}
