import { data, type LinksFunction, type LoaderFunctionArgs } from '@remix-run/node'
import {
	Form,
	Link,
	Links,
	Meta,
	NavLink,
	Outlet,
	Scripts,
	ScrollRestoration,
	useLocation,
	useRouteLoaderData,
} from '@remix-run/react'
import { useMemo, type ReactNode } from 'react'
import { I18nextProvider, useTranslation } from 'react-i18next'
import { RouteErrorBoundary } from './components/error-boundary.tsx'
import { Toaster } from './components/toaster.tsx'
import { Button } from './components/ui/button.tsx'
import stylesheet from './styles.css?url'
import { getUser } from './utils/auth.server.ts'
import { getClientEnv } from './utils/env.server.ts'
import { combineHeaders } from './utils/http.ts'
import { createI18n, defaultLocale, type Locale } from './utils/i18n.ts'
import { getLocale } from './utils/locale.server.ts'
import { navigationFor } from './utils/navigation.ts'
import { useNonce } from './utils/nonce-provider.ts'
import { getToast } from './utils/toast.server.ts'

export const links: LinksFunction = () => [
	{ rel: 'stylesheet', href: stylesheet },
	{ rel: 'icon', href: '/favicon.svg', type: 'image/svg+xml' },
]

export async function loader({ request }: LoaderFunctionArgs) {
	const [user, locale, { toast, headers: toastHeaders }] = await Promise.all([
		getUser(request),
		getLocale(request),
		getToast(request),
	])
	return data(
		{
			locale,
			toast,
			env: getClientEnv(),
			user: user
				? {
						name: user.name,
						role: user.role,
						organization: user.organization,
						emailVerified: user.emailVerified,
					}
				: null,
		},
		{ headers: combineHeaders(toastHeaders, user?.renewedCookie ? { 'set-cookie': user.renewedCookie } : null) },
	)
}

export type RootLoaderData = Awaited<ReturnType<typeof loader>>['data']

export function useRootData() {
	return useRouteLoaderData<typeof loader>('root')
}

function SiteHeader() {
	const { t } = useTranslation()
	const rootData = useRootData()
	const location = useLocation()
	const user = rootData?.user ?? null
	const items = navigationFor(user?.role ?? null, user?.organization?.id ?? null)
	const otherLocale: Locale = rootData?.locale === 'en' ? 'nl' : 'en'
	return (
		<header className="border-b border-slate-300 bg-white">
			<div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-4 px-4 py-3">
				<Link to="/" className="text-xl font-bold text-brand-800">
					Werkverbinder
				</Link>
				<nav aria-label={t('nav.main')}>
					<ul className="flex flex-wrap items-center gap-4">
						{items.map((item) => (
							<li key={item.to}>
								<NavLink
									to={item.to}
									end={item.end}
									className={({ isActive }) =>
										`underline-offset-4 hover:underline ${isActive ? 'font-semibold text-brand-800 underline' : 'text-slate-800'}`
									}
								>
									{t(item.labelKey)}
								</NavLink>
							</li>
						))}
					</ul>
				</nav>
				<div className="flex items-center gap-3">
					<Form method="post" action="/taal">
						<input type="hidden" name="locale" value={otherLocale} />
						<input type="hidden" name="redirectTo" value={`${location.pathname}${location.search}`} />
						<Button type="submit" variant="link" lang={otherLocale}>
							{t('language.switchTo')}
						</Button>
					</Form>
					{user ? (
						<>
							<Link to="/account" className="text-slate-800 underline-offset-4 hover:underline">
								{user.name}
							</Link>
							<Form method="post" action="/logout">
								<Button type="submit" variant="secondary">
									{t('nav.logout')}
								</Button>
							</Form>
						</>
					) : (
						<Link to="/login" className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
							{t('nav.login')}
						</Link>
					)}
				</div>
			</div>
		</header>
	)
}

function Document({ locale, children }: { locale: Locale; children: ReactNode }) {
	const nonce = useNonce()
	const i18n = useMemo(() => createI18n(locale), [locale])
	return (
		<html lang={locale} className="h-full">
			<head>
				<meta charSet="utf-8" />
				<meta name="viewport" content="width=device-width, initial-scale=1" />
				<Meta />
				<Links />
			</head>
			<body className="flex min-h-full flex-col bg-slate-50 font-sans text-slate-900">
				<I18nextProvider i18n={i18n}>{children}</I18nextProvider>
				<ScrollRestoration nonce={nonce} />
				<Scripts nonce={nonce} />
			</body>
		</html>
	)
}

function Shell({ children }: { children: ReactNode }) {
	const { t } = useTranslation()
	const rootData = useRootData()
	return (
		<>
			<a
				href="#main"
				className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:bg-white focus:p-2"
			>
				{t('nav.skipToContent')}
			</a>
			<SiteHeader />
			<Toaster toast={rootData?.toast ?? null} />
			<main id="main" className="mx-auto w-full max-w-5xl flex-1 px-4 py-8">
				{children}
			</main>
			<footer className="border-t border-slate-300 bg-white py-4 text-center text-sm text-slate-700">
				{t('footer.tagline')}
			</footer>
		</>
	)
}

export function Layout({ children }: { children: ReactNode }) {
	const rootData = useRootData()
	return <Document locale={rootData?.locale ?? defaultLocale}>{children}</Document>
}

export default function App() {
	return (
		<Shell>
			<Outlet />
		</Shell>
	)
}

export function ErrorBoundary() {
	return (
		<Shell>
			<RouteErrorBoundary />
		</Shell>
	)
}
