import { useTranslation } from 'react-i18next'
import { FormField, type ConformField } from './ui/field.tsx'

/** Choosing a password looks the same everywhere: the hint, and a repeat field where one is asked. */
export function NewPasswordFields({
	password,
	confirmPassword,
}: {
	password: ConformField
	confirmPassword?: ConformField
}) {
	const { t } = useTranslation('auth')
	return (
		<>
			<FormField
				field={password}
				type="password"
				label={t('fields.newPassword')}
				hint={t('fields.passwordHint')}
				autoComplete="new-password"
			/>
			{confirmPassword ? (
				<FormField
					field={confirmPassword}
					type="password"
					label={t('fields.confirmPassword')}
					autoComplete="new-password"
				/>
			) : null}
		</>
	)
}
