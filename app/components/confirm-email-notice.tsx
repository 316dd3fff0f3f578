import { Form } from '@remix-run/react'
import { type ReactNode } from 'react'
import { Button } from './ui/button.tsx'

/** Why something waits for a confirmed email address, with a button that sends the link again. */
export function ConfirmEmailNotice({
	title,
	body,
	resendLabel,
}: {
	title: ReactNode
	body: ReactNode
	resendLabel: ReactNode
}) {
	return (
		<div className="rounded-md border-l-4 border-amber-700 bg-amber-50 p-4 text-amber-950" role="note">
			<p className="font-semibold">{title}</p>
			<p>{body}</p>
			<Form method="post" action="/account" className="mt-2">
				<Button type="submit" name="intent" value="resend-confirmation" variant="secondary">
					{resendLabel}
				</Button>
			</Form>
		</div>
	)
}
