import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { Toast } from '#app/utils/toast.server.ts'

const styles: Record<Toast['type'], string> = {
	success: 'border-green-700 bg-green-50 text-green-900',
	error: 'border-red-700 bg-red-50 text-red-900',
	info: 'border-brand-700 bg-brand-50 text-brand-900',
}

/** Toast values travel as strings in the cookie; i18next only picks a plural form for a numeric count. */
function translationValues(values: Toast['values']): Record<string, string | number> {
	const count = values?.count === undefined ? Number.NaN : Number(values.count)
	return Number.isNaN(count) ? { ...values } : { ...values, count }
}

/** Shows the flash toast of this navigation; a live region so screen readers announce it. */
export function Toaster({ toast }: { toast: Toast | null }) {
	const { t } = useTranslation()
	const ref = useRef<HTMLDivElement>(null)
	useEffect(() => {
		if (toast) ref.current?.focus()
	}, [toast])
	return (
		<div role="status" aria-live="polite" className="mx-auto max-w-5xl px-4">
			{toast ? (
				<div
					ref={ref}
					tabIndex={-1}
					key={toast.id}
					data-testid="toast"
					className={`mt-4 rounded-md border-l-4 p-4 ${styles[toast.type]}`}
				>
					<p className="font-semibold">{t(toast.title, translationValues(toast.values))}</p>
					{toast.description ? <p>{t(toast.description, translationValues(toast.values))}</p> : null}
				</div>
			) : null}
		</div>
	)
}
