// Importing employers and their contact persons (a coordinator's list). A row's employer is an
// existing one by KvK number, else by name and town; its contact person an existing one of that
// employer by email, else by name. New employers are prospects the coordinator added (as on "Werkgever
// toevoegen"). An existing employer gets the values the file holds that differ; one that has its own
// accounts keeps its profile and only gets what it left empty. Several rows may name one employer with
// different contacts; a row that repeats or contradicts an earlier one is reported and skipped.
import { resolveTown } from '#app/domain/organizations/profile.server.ts'
import { findTown } from '#app/domain/geo/towns.server.ts'
import { prisma, type Prisma } from '#app/utils/db.server.ts'
import { markForReindex } from '#search/outbox.server.ts'
import { createEmployerImportSchema, type EmployerImportRow } from './employer-import-schema.ts'
import { employerOrganizationImportFields } from './column-mapping.ts'
import { messageWithValues, normalizeText } from './import-values.ts'
import {
	auditMany,
	changedFields,
	outcomeOf,
	pickFields,
	rowParser,
	sameValue,
	type AuditEntry,
	type ChunkPlan,
	type Importer,
	type ImporterContext,
	type RowError,
	type RowOutcome,
	type ValidRow,
} from './importer.server.ts'

type EmployerValues = {
	name: string
	kvkNumber: string | null
	sector: string | null
	street: string | null
	postalCode: string | null
	town: string | null
	website: string | null
}
type EmployerField = keyof EmployerValues
const employerFields = employerOrganizationImportFields satisfies readonly EmployerField[]
/** What the search documents of the employer's places show (see organizations/profile.server.ts). */
const placeDocumentFields = new Set<EmployerField>(['name', 'sector', 'town'])

type ContactValues = { name: string; jobTitle: string | null; email: string | null; phone: string | null }
type ContactField = keyof ContactValues
const contactFields = ['name', 'jobTitle', 'email', 'phone'] as const satisfies readonly ContactField[]

type KnownContact = { id: string | null; values: ContactValues }
/** An organisation as this run knows it: loaded, or planned by an earlier row (id null until written). */
type KnownEmployer = {
	id: string | null
	/** A KvK number can belong to a stakeholder organisation: it is found, but not imported into. */
	isEmployer: boolean
	/** Has members of its own: its profile is theirs, the import only fills in what is empty. */
	claimed: boolean
	values: EmployerValues
	contacts: KnownContact[]
}

function nameTownKey(values: { name: string; town?: string | null }) {
	return `${normalizeText(values.name)}|${normalizeText(values.town ?? '')}`
}

class KnownEmployers {
	private byKvk = new Map<string, KnownEmployer>()
	private byNameTown = new Map<string, KnownEmployer[]>()

	add(employer: KnownEmployer) {
		if (employer.values.kvkNumber) this.byKvk.set(employer.values.kvkNumber, employer)
		if (!employer.isEmployer) return
		const key = nameTownKey(employer.values)
		this.byNameTown.set(key, [...(this.byNameTown.get(key) ?? []), employer])
	}

	remove(employer: KnownEmployer) {
		if (employer.values.kvkNumber && this.byKvk.get(employer.values.kvkNumber) === employer) {
			this.byKvk.delete(employer.values.kvkNumber)
		}
		const key = nameTownKey(employer.values)
		this.byNameTown.set(
			key,
			(this.byNameTown.get(key) ?? []).filter((known) => known !== employer),
		)
	}

	/** By KvK number; else by name and town (with a KvK number: only an employer that has none yet). */
	find(row: EmployerImportRow) {
		const sameNameAndTown = this.byNameTown.get(nameTownKey(row)) ?? []
		if (row.kvkNumber) return this.byKvk.get(row.kvkNumber) ?? sameNameAndTown.find((known) => !known.values.kvkNumber)
		return sameNameAndTown[0]
	}
}

/** The contact person by email; else by name (with an email: only a contact that has no email yet). */
function findContact(contacts: readonly KnownContact[], contact: NonNullable<EmployerImportRow['contact']>) {
	const name = normalizeText(contact.name)
	if (contact.email) {
		const byEmail = contacts.find((known) => known.values.email === contact.email)
		if (byEmail) return byEmail
		return contacts.find((known) => !known.values.email && normalizeText(known.values.name) === name)
	}
	return contacts.find((known) => normalizeText(known.values.name) === name)
}

function employerValuesFrom(row: EmployerImportRow): Partial<EmployerValues> {
	return pickFields(row, employerFields)
}

function contactValuesFrom(contact: NonNullable<EmployerImportRow['contact']>): Partial<ContactValues> {
	return pickFields(contact, contactFields)
}

function complete<Values>(fields: readonly (keyof Values)[], partial: Partial<Values>) {
	return Object.fromEntries(fields.map((field) => [field, partial[field] ?? null])) as Values
}

/** The Organization columns for these values: the town with its municipality and coordinates. */
function organizationColumns(values: EmployerValues, fields: readonly EmployerField[]) {
	const data: Record<string, unknown> = {}
	for (const field of fields) {
		if (field === 'town') Object.assign(data, resolveTown(values.town ?? undefined))
		else data[field] = values[field]
	}
	return data
}

type Operation =
	| { type: 'createEmployer'; employer: KnownEmployer }
	| { type: 'updateEmployer'; employer: KnownEmployer; fields: EmployerField[] }
	| { type: 'createContact'; employer: KnownEmployer; contact: KnownContact }
	| { type: 'updateContact'; employer: KnownEmployer; contact: KnownContact; fields: ContactField[] }

export async function createEmployerImporter(context: ImporterContext): Promise<Importer<EmployerImportRow>> {
	const { actorId, jobId } = context
	const schema = createEmployerImportSchema({ townLabel: (text) => findTown(text)?.label ?? null })
	const organizations = await prisma.organization.findMany({
		where: { OR: [{ kind: 'EMPLOYER' }, { kvkNumber: { not: null } }] },
		select: {
			id: true,
			kind: true,
			name: true,
			kvkNumber: true,
			sector: true,
			street: true,
			postalCode: true,
			town: true,
			website: true,
			_count: { select: { memberships: true } },
			contactPersons: {
				select: { id: true, name: true, jobTitle: true, email: true, phone: true },
				orderBy: { createdAt: 'asc' },
			},
		},
		orderBy: { createdAt: 'asc' },
	})
	const known = new KnownEmployers()
	for (const { id, kind, _count, contactPersons, ...values } of organizations) {
		known.add({
			id,
			isEmployer: kind === 'EMPLOYER',
			claimed: _count.memberships > 0,
			values,
			contacts: contactPersons.map(({ id: contactId, ...contact }) => ({
				id: contactId,
				values: { ...contact, email: contact.email?.toLowerCase() ?? null },
			})),
		})
	}

	async function plan(rows: ReadonlyArray<ValidRow<EmployerImportRow>>): Promise<ChunkPlan> {
		const outcomes: Array<{ row: number; outcome: RowOutcome }> = []
		const errors: RowError[] = []
		const operations: Operation[] = []
		for (const { row, value } of rows) {
			let employer = known.find(value)
			if (employer && !employer.isEmployer) {
				errors.push({ row, field: 'kvkNumber', message: 'imports:errors.kvkNotEmployer' })
				outcomes.push({ row, outcome: 'skipped' })
				continue
			}
			let created = false
			let updated = false
			const next = employerValuesFrom(value)
			if (!employer) {
				employer = { id: null, isEmployer: true, claimed: false, values: complete(employerFields, next), contacts: [] }
				known.add(employer)
				operations.push({ type: 'createEmployer', employer })
				created = true
			} else {
				const current = employer
				const fields = changedFields(current.values, next, employerFields).filter(
					(field) => !current.claimed || current.values[field] === null,
				)
				if (fields.length > 0) {
					known.remove(current)
					for (const field of fields) (current.values as Record<string, unknown>)[field] = next[field]
					known.add(current)
					operations.push({ type: 'updateEmployer', employer: current, fields })
					updated = true
				}
			}
			if (value.contact) {
				const nextContact = contactValuesFrom(value.contact)
				const contact = findContact(employer.contacts, value.contact)
				if (!contact) {
					const newContact: KnownContact = { id: null, values: complete(contactFields, nextContact) }
					employer.contacts.push(newContact)
					operations.push({ type: 'createContact', employer, contact: newContact })
					created = true
				} else {
					const fields = changedFields(contact.values, nextContact, contactFields)
					if (fields.length > 0) {
						for (const field of fields) (contact.values as Record<string, unknown>)[field] = nextContact[field]
						operations.push({ type: 'updateContact', employer, contact, fields })
						updated = true
					}
				}
			}
			outcomes.push({ row, outcome: outcomeOf(created, updated) })
		}
		return { outcomes, errors, apply: (tx) => apply(tx, operations) }
	}

	async function apply(tx: Prisma.TransactionClient, operations: readonly Operation[]) {
		const audits: AuditEntry[] = []
		const reindexPlacesOf = new Set<string>()
		for (const operation of operations) {
			const { employer } = operation
			switch (operation.type) {
				case 'createEmployer': {
					const organization = await tx.organization.create({
						data: {
							kind: 'EMPLOYER',
							...(organizationColumns(employer.values, employerFields) as Omit<Prisma.OrganizationCreateInput, 'kind'>),
							addedById: actorId,
						},
						select: { id: true },
					})
					employer.id = organization.id
					audits.push({
						action: 'organization.created',
						entityType: 'Organization',
						entityId: organization.id,
						details: { kind: 'EMPLOYER', prospect: true, importJobId: jobId },
					})
					break
				}
				case 'updateEmployer':
					await tx.organization.update({
						where: { id: employer.id! },
						data: organizationColumns(employer.values, operation.fields),
					})
					if (operation.fields.some((field) => placeDocumentFields.has(field))) reindexPlacesOf.add(employer.id!)
					audits.push({
						action: 'organization.updated',
						entityType: 'Organization',
						entityId: employer.id!,
						details: { fields: operation.fields, importJobId: jobId },
					})
					break
				case 'createContact': {
					const contact = await tx.contactPerson.create({
						data: { organizationId: employer.id!, ...operation.contact.values },
						select: { id: true },
					})
					operation.contact.id = contact.id
					audits.push({
						action: 'contact-person.created',
						entityType: 'ContactPerson',
						entityId: contact.id,
						details: { organizationId: employer.id, importJobId: jobId },
					})
					break
				}
				case 'updateContact':
					await tx.contactPerson.update({
						where: { id: operation.contact.id! },
						data: Object.fromEntries(operation.fields.map((field) => [field, operation.contact.values[field]])),
					})
					audits.push({
						action: 'contact-person.updated',
						entityType: 'ContactPerson',
						entityId: operation.contact.id!,
						details: { organizationId: employer.id, fields: operation.fields, importJobId: jobId },
					})
					break
			}
		}
		if (reindexPlacesOf.size > 0) {
			const places = await tx.place.findMany({
				where: { organizationId: { in: [...reindexPlacesOf] } },
				select: { id: true },
			})
			await markForReindex(
				tx,
				'places',
				places.map((place) => place.id),
			)
		}
		await auditMany(tx, actorId, audits)
	}

	return {
		parse: rowParser(schema),
		findRepeats: findRepeatedEmployerRows,
		plan,
	}
}

/** The employer of a group of rows in the file, with the row that gave each value. */
type FileEmployer = {
	firstRow: number
	values: Partial<EmployerValues>
	valueRows: Partial<Record<EmployerField, number>>
	contacts: Map<string, number>
}

function contactKey(contact: NonNullable<EmployerImportRow['contact']>) {
	return contact.email ? `email:${contact.email}` : `name:${normalizeText(contact.name)}`
}

/**
 * Rows naming an employer of an earlier row (grouped as `KnownEmployers.find` would match them) are
 * fine when they add a contact person or fill in what is missing. They are skipped when they give a
 * different value for the same field (which one is right?) or repeat a row without adding anything.
 */
export function findRepeatedEmployerRows(rows: ReadonlyArray<ValidRow<EmployerImportRow>>) {
	const repeats = new Map<number, RowError[]>()
	const byKvk = new Map<string, FileEmployer>()
	const byNameTown = new Map<string, FileEmployer[]>()
	const register = (employer: FileEmployer) => {
		if (employer.values.kvkNumber) byKvk.set(employer.values.kvkNumber, employer)
		const key = nameTownKey({ name: employer.values.name!, town: employer.values.town })
		if (!byNameTown.get(key)?.includes(employer)) byNameTown.set(key, [...(byNameTown.get(key) ?? []), employer])
	}
	for (const { row, value } of rows) {
		const sameNameAndTown = byNameTown.get(nameTownKey(value)) ?? []
		const group = value.kvkNumber
			? (byKvk.get(value.kvkNumber) ?? sameNameAndTown.find((employer) => !employer.values.kvkNumber))
			: sameNameAndTown[0]
		const next = employerValuesFrom(value)
		if (!group) {
			const valueRows = Object.fromEntries(
				employerFields.filter((field) => next[field] !== undefined).map((field) => [field, row]),
			)
			const employer: FileEmployer = { firstRow: row, values: next, valueRows, contacts: new Map() }
			if (value.contact) employer.contacts.set(contactKey(value.contact), row)
			register(employer)
			continue
		}
		const conflicts = employerFields.filter(
			(field) =>
				next[field] !== undefined && group.values[field] !== undefined && !sameValue(next[field], group.values[field]),
		)
		if (conflicts.length > 0) {
			repeats.set(
				row,
				conflicts.map((field) => ({
					row,
					field,
					message: messageWithValues('imports:errors.conflictInFile', {
						row: group.valueRows[field] ?? group.firstRow,
					}),
				})),
			)
			continue
		}
		const adds = employerFields.filter((field) => next[field] !== undefined && group.values[field] === undefined)
		const repeatedContact = value.contact ? group.contacts.get(contactKey(value.contact)) : undefined
		if (repeatedContact !== undefined || (!value.contact && adds.length === 0)) {
			repeats.set(row, [
				{
					row,
					field: repeatedContact !== undefined ? (value.contact?.email ? 'contactEmail' : 'contactName') : null,
					message: messageWithValues('imports:errors.duplicateInFile', { row: repeatedContact ?? group.firstRow }),
				},
			])
			continue
		}
		for (const field of adds) {
			;(group.values as Record<string, unknown>)[field] = next[field]
			group.valueRows[field] = row
		}
		if (value.contact) group.contacts.set(contactKey(value.contact), row)
		register(group)
	}
	return repeats
}
