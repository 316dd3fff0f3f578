import { type ReactNode } from 'react'

export function PageHeader({ title, children }: { title: ReactNode; children?: ReactNode }) {
	return (
		<div className="mb-6 space-y-2">
			<h1 className="text-3xl font-bold text-slate-900">{title}</h1>
			{children ? <div className="text-slate-700">{children}</div> : null}
		</div>
	)
}

export function Card({ children, className = '' }: { children: ReactNode; className?: string }) {
	return (
		<section className={`rounded-lg border border-slate-300 bg-white p-6 shadow-sm ${className}`}>{children}</section>
	)
}
