import { getFormProps, getInputProps, getSelectProps } from '@conform-to/react'
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { Card, PageHeader } from '#app/components/page-header.tsx'
import { TownPicker } from '#app/components/town-picker.tsx'
import { Button } from '#app/components/ui/button.tsx'
import { KvkNumberField, SectorField, WebsiteField } from '#app/components/organization-fields.tsx'
import { CheckboxGroup, Field, FormErrors, FormField, SelectField, TextareaField } from '#app/components/ui/field.tsx'
import { listTowns } from '#app/domain/geo/towns.server.ts'
import { deleteLogo, logoUrl, readLogoUpload, saveLogo } from '#app/domain/organizations/logos.server.ts'
import {
	DESCRIPTION_MAX_LENGTH,
	logoContentTypes,
	LogoUploadSchema,
	ProfileSchema,
} from '#app/domain/organizations/organization-schemas.ts'
import {
	getEmployerProfile,
	profileCompleteness,
	requireOwnEmployerOrganization,
	updateEmployerProfile,
} from '#app/domain/organizations/profile.server.ts'
import { commitmentOptions, sizeClasses } from '#app/domain/places/place-options.ts'
import { parseSubmission, useValidatedForm } from '#app/utils/forms.ts'
import { pageMeta } from '#app/utils/meta.ts'
import { redirectWithToast } from '#app/utils/toast.server.ts'

const PROFILE_PATH = '/werkgever/organisatie'

export const meta: MetaFunction = (args) => pageMeta(args, 'organizations:profile.title')

export async function loader({ request }: LoaderFunctionArgs) {
	const { organizationId } = await requireOwnEmployerOrganization(request)
	const profile = await getEmployerProfile(organizationId)
	if (!profile) throw new Response('Not Found', { status: 404 })
	return {
		profile: {
			name: profile.name,
			kvkNumber: profile.kvkNumber ?? '',
			sector: profile.sector ?? '',
			sizeClass: profile.sizeClass ?? '',
			street: profile.street ?? '',
			postalCode: profile.postalCode ?? '',
			town: profile.town ?? '',
			website: profile.website ?? '',
			description: profile.description ?? '',
			commitments: profile.commitments,
			commitmentNote: profile.commitmentNote ?? '',
		},
		/** Changes with every save: the forms start afresh with the stored (normalised) values. */
		version: profile.updatedAt.toISOString(),
		logoUrl: logoUrl(profile),
		contactPersons: profile.contactPersons,
		completeness: profileCompleteness(profile),
		towns: listTowns().map((town) => town.label),
	}
}

type FormName = 'update-profile' | 'upload-logo'

/** A failed submission of one of the page's forms, tagged so only that form shows the reply. */
function invalid(form: FormName, result: ReturnType<ReturnType<typeof parseSubmission>['reply']>) {
	return data({ form, result }, { status: 400 })
}

export async function action({ request }: ActionFunctionArgs) {
	const { user, organizationId } = await requireOwnEmployerOrganization(request)

	if (request.headers.get('content-type')?.startsWith('multipart/form-data')) {
		const upload = await readLogoUpload(request)
		const submission = parseSubmission(upload.formData, LogoUploadSchema)
		if (!upload.ok) {
			return invalid(
				'upload-logo',
				submission.reply({ fieldErrors: { logo: [`organizations:logo.${upload.problem}`] } }),
			)
		}
		await saveLogo({ organizationId, bytes: upload.bytes, contentType: upload.contentType, actorId: user.id })
		return redirectWithToast(PROFILE_PATH, { title: 'organizations:toast.logoSaved' })
	}

	const formData = await request.formData()
	if (formData.get('intent') === 'delete-logo') {
		await deleteLogo({ organizationId, actorId: user.id })
		return redirectWithToast(PROFILE_PATH, { title: 'organizations:toast.logoRemoved' })
	}
	const submission = parseSubmission(formData, ProfileSchema)
	if (submission.status !== 'success') return invalid('update-profile', submission.reply())
	const result = await updateEmployerProfile({ organizationId, actorId: user.id, values: submission.value })
	if (!result.ok) return invalid('update-profile', submission.reply({ fieldErrors: result.fieldErrors }))
	return redirectWithToast(PROFILE_PATH, { title: 'organizations:toast.profileSaved' })
}

type LoaderData = ReturnType<typeof useLoaderData<typeof loader>>
type ActionData = ReturnType<typeof useActionData<typeof action>>

function ProfileForm({
	profile,
	towns,
	actionData,
}: {
	profile: LoaderData['profile']
	towns: LoaderData['towns']
	actionData: ActionData
}) {
	const { t } = useTranslation('organizations')
	const [form, fields] = useValidatedForm(ProfileSchema, {
		id: 'profile',
		lastResult: actionData?.form === 'update-profile' ? actionData.result : null,
		defaultValue: { ...profile, intent: 'update-profile' },
	})
	return (
		<Form method="post" className="space-y-6" {...getFormProps(form)}>
			<FormErrors id={form.errorId} errors={form.errors} />
			<input type="hidden" name="intent" value="update-profile" />
			<fieldset className="space-y-4">
				<legend className="text-xl font-semibold">{t('profile.about')}</legend>
				<FormField field={fields.name} label={t('fields.name')} autoComplete="organization" />
				<KvkNumberField field={fields.kvkNumber} />
				<div className="grid gap-4 md:grid-cols-2">
					<SectorField field={fields.sector} />
					<SelectField
						label={t('fields.sizeClass')}
						selectProps={getSelectProps(fields.sizeClass)}
						errors={fields.sizeClass.errors}
						options={[
							{ value: '', label: t('fields.sizeClassPlaceholder') },
							...sizeClasses.map((size) => ({ value: size, label: t(`places:sizeClasses.${size}`) })),
						]}
					/>
				</div>
				<WebsiteField field={fields.website} autoComplete="url" />
				<TextareaField
					field={fields.description}
					label={t('fields.description')}
					hint={t('fields.descriptionHint', { count: DESCRIPTION_MAX_LENGTH })}
					rows={8}
				/>
			</fieldset>

			<fieldset className="space-y-4">
				<legend className="text-xl font-semibold">{t('profile.address')}</legend>
				<FormField field={fields.street} label={t('fields.street')} autoComplete="street-address" />
				<div className="grid gap-4 md:grid-cols-2">
					<FormField
						field={fields.postalCode}
						label={t('fields.postalCode')}
						hint={t('fields.postalCodeHint')}
						autoComplete="postal-code"
					/>
					<TownPicker field={fields.town} towns={towns} label={t('fields.town')} />
				</div>
			</fieldset>

			<CheckboxGroup
				field={fields.commitments}
				legend={t('profile.commitments')}
				hint={t('profile.commitmentsHint')}
				options={commitmentOptions.map((key) => ({ value: key, label: t(`places:commitments.${key}`) }))}
				layout="list"
				size="section"
			>
				<FormField
					field={fields.commitmentNote}
					label={t('fields.commitmentNote')}
					hint={t('fields.commitmentNoteHint')}
				/>
			</CheckboxGroup>

			<Button type="submit">{t('profile.submit')}</Button>
		</Form>
	)
}

function LogoCard({ name, logoUrl, actionData }: { name: string; logoUrl: string | null; actionData: ActionData }) {
	const { t } = useTranslation('organizations')
	const [logoForm, logoFields] = useValidatedForm(LogoUploadSchema, {
		id: 'logo',
		lastResult: actionData?.form === 'upload-logo' ? actionData.result : null,
	})
	return (
		<Card>
			<h2 className="text-xl font-semibold">{t('logo.title')}</h2>
			{logoUrl ? (
				<div className="mt-4 flex flex-wrap items-end gap-4">
					<img
						src={logoUrl}
						alt={t('logo.alt', { name })}
						className="max-h-32 max-w-xs rounded border border-slate-300 bg-white object-contain p-2"
					/>
					<Form method="post">
						<input type="hidden" name="intent" value="delete-logo" />
						<Button type="submit" variant="secondary">
							{t('logo.remove')}
						</Button>
					</Form>
				</div>
			) : (
				<p className="mt-2 text-slate-700">{t('logo.none')}</p>
			)}
			<Form method="post" encType="multipart/form-data" className="mt-4 max-w-xl space-y-4" {...getFormProps(logoForm)}>
				<FormErrors id={logoForm.errorId} errors={logoForm.errors} />
				<input type="hidden" name="intent" value="upload-logo" />
				<Field
					label={logoUrl ? t('logo.replaceField') : t('logo.field')}
					hint={t('logo.hint')}
					errors={logoFields.logo.errors}
					inputProps={{ ...getInputProps(logoFields.logo, { type: 'file' }), accept: logoContentTypes.join(',') }}
				/>
				<Button type="submit">{t('logo.upload')}</Button>
			</Form>
		</Card>
	)
}

export default function OrganizationProfilePage() {
	const { t } = useTranslation('organizations')
	const { profile, version, logoUrl, contactPersons, completeness, towns } = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	return (
		<div className="space-y-6">
			<PageHeader title={t('profile.title')}>
				<p>{t('profile.intro')}</p>
				<p className="mt-2" data-testid="profile-completeness">
					{t('profile.completeness', { done: completeness.done, total: completeness.total })}
				</p>
			</PageHeader>
			<Card>
				{/* Keyed by the stored version: after a save the form shows what was stored (normalised). */}
				<ProfileForm key={version} profile={profile} towns={towns} actionData={actionData} />
			</Card>
			<LogoCard key={logoUrl ?? 'none'} name={profile.name} logoUrl={logoUrl} actionData={actionData} />
			<Card>
				<h2 className="text-xl font-semibold">{t('contacts.title')}</h2>
				<p className="text-slate-700">{t('contacts.intro')}</p>
				{contactPersons.length === 0 ? (
					<p className="mt-4">{t('contacts.empty')}</p>
				) : (
					<ul className="mt-4 divide-y divide-slate-200" aria-label={t('contacts.title')}>
						{contactPersons.map((contact) => (
							<li key={contact.id} className="flex flex-wrap items-start justify-between gap-2 py-3">
								<div>
									<p className="font-semibold">{contact.name}</p>
									{contact.jobTitle ? <p>{contact.jobTitle}</p> : null}
									{contact.email ? (
										<p>
											<a href={`mailto:${contact.email}`} className="text-brand-700 underline">
												{contact.email}
											</a>
										</p>
									) : null}
									{contact.phone ? <p>{contact.phone}</p> : null}
								</div>
								<Link
									to={`/werkgever/organisatie/contactpersonen/${contact.id}`}
									className="text-brand-700 underline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-700"
								>
									{t('contacts.edit')} <span className="sr-only">{contact.name}</span>
								</Link>
							</li>
						))}
					</ul>
				)}
				<Link
					to="/werkgever/organisatie/contactpersonen/nieuw"
					className="mt-4 inline-block rounded-md border border-slate-400 bg-white px-4 py-2 font-semibold text-slate-900 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-700"
				>
					{t('contacts.add')}
				</Link>
			</Card>
		</div>
	)
}

export { RouteErrorBoundary as ErrorBoundary } from '#app/components/error-boundary.tsx'
