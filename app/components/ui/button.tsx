import { forwardRef, type ButtonHTMLAttributes } from 'react'

const variants = {
	primary: 'bg-brand-700 text-white hover:bg-brand-800 focus-visible:outline-brand-700',
	secondary: 'border border-slate-400 bg-white text-slate-900 hover:bg-slate-100 focus-visible:outline-brand-700',
	danger: 'bg-red-700 text-white hover:bg-red-800 focus-visible:outline-red-700',
	link: 'text-brand-700 underline hover:text-brand-900 focus-visible:outline-brand-700',
} as const

export type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & { variant?: keyof typeof variants }

export const Button = forwardRef<HTMLButtonElement, ButtonProps>(function Button(
	{ variant = 'primary', className = '', type = 'button', ...props },
	ref,
) {
	const shape = variant === 'link' ? 'px-0 py-0' : 'rounded-md px-4 py-2 font-semibold'
	return (
		<button
			ref={ref}
			type={type}
			className={`${shape} ${variants[variant]} inline-flex items-center gap-2 focus-visible:outline-2 focus-visible:outline-offset-2 disabled:opacity-60 ${className}`}
			{...props}
		/>
	)
})
