// The forms of the network's events: one Zod schema each for the browser (Conform) and the action.
// Client-safe: no server imports. Times are entered as Europe/Amsterdam wall-clock time (a date and
// two time inputs) and stored in UTC; what needs the database (the group is the network's, the
// contact exists) is checked in the server modules.
import { z } from 'zod'
import { isCalendarDate } from '#app/domain/places/place-schema.ts'
import { placeTypes, sbiSections } from '#app/domain/places/place-options.ts'
import { relationshipStages } from './activity-options.ts'
import {
	ACTION_ITEM_MAX,
	attendanceValues,
	CAPACITY_MAX,
	EVENT_LOCATION_MAX,
	EVENT_TEXT_MAX,
	EVENT_TITLE_MAX,
	EVENT_URL_MAX,
	eventKinds,
	NEEDS_MAX,
	OWNER_NAME_MAX,
	PLEDGE_SPOTS_MAX,
	REPORT_TEXT_MAX,
	rsvpAnswers,
} from './event-options.ts'
import { contactOrganizationKinds } from './stakeholder-options.ts'
import { fromAmsterdamLocal } from '#app/utils/amsterdam-time.ts'

const optionalText = (max: number) => z.string().trim().max(max).optional()
const id = z.string().trim().min(1).max(40)
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/

/** A web address people can open: http or https only (no javascript: or file: links in an invitation). */
export function isWebUrl(value: string) {
	try {
		const url = new URL(value)
		return url.protocol === 'https:' || url.protocol === 'http:'
	} catch {
		return false
	}
}

/** The UTC start and end of an event entered as an Amsterdam date with two times; null when not real. */
export function eventMoments({ date, startTime, endTime }: { date: string; startTime: string; endTime: string }) {
	const startsAt = fromAmsterdamLocal(`${date}T${startTime}`)
	const endsAt = fromAmsterdamLocal(`${date}T${endTime}`)
	return startsAt && endsAt ? { startsAt, endsAt } : null
}

/**
 * The event form. `nowLocal` (the server clock as an Amsterdam datetime-local value) is given when a
 * new event is planned: it must start later. An existing event may be corrected after the fact.
 */
export function createEventFormSchema({ nowLocal }: { nowLocal?: string } = {}) {
	return z
		.object({
			kind: z.enum(eventKinds),
			title: z.string({ required_error: 'errors:validation.required' }).trim().min(3).max(EVENT_TITLE_MAX),
			description: optionalText(EVENT_TEXT_MAX),
			agenda: optionalText(EVENT_TEXT_MAX),
			date: z
				.string({ required_error: 'errors:validation.required' })
				.trim()
				.min(1)
				.refine(isCalendarDate, 'events:errors.dateInvalid'),
			startTime: z
				.string({ required_error: 'errors:validation.required' })
				.trim()
				.min(1)
				.regex(TIME, 'events:errors.timeInvalid'),
			endTime: z
				.string({ required_error: 'errors:validation.required' })
				.trim()
				.min(1)
				.regex(TIME, 'events:errors.timeInvalid'),
			location: optionalText(EVENT_LOCATION_MAX),
			onlineUrl: z.string().trim().max(EVENT_URL_MAX).refine(isWebUrl, 'events:errors.urlInvalid').optional(),
			capacity: z
				.number()
				.int('events:errors.capacityRange')
				.min(1, 'events:errors.capacityRange')
				.max(CAPACITY_MAX, 'events:errors.capacityRange')
				.optional(),
			groupId: id.optional(),
			/** Edit only: mail the updated calendar invitation to those who said yes or maybe. */
			notifyInvitees: z.boolean().default(false),
		})
		.superRefine((value, context) => {
			if (!value.location && !value.onlineUrl) {
				context.addIssue({ code: 'custom', path: ['location'], message: 'events:errors.placeRequired' })
			}
			if (!TIME.test(value.startTime) || !TIME.test(value.endTime) || !isCalendarDate(value.date)) return
			if (value.endTime <= value.startTime) {
				context.addIssue({ code: 'custom', path: ['endTime'], message: 'events:errors.endBeforeStart' })
			}
			if (nowLocal && `${value.date}T${value.startTime}` <= nowLocal) {
				context.addIssue({ code: 'custom', path: ['date'], message: 'events:errors.startInPast' })
			}
		})
}
export type EventFormInput = z.infer<ReturnType<typeof createEventFormSchema>>

export const CancelEventSchema = z.object({ intent: z.literal('cancel') })

// --- RSVP ---------------------------------------------------------------------------------------

export const RsvpSchema = z.object({
	response: z.enum(rsvpAnswers, { required_error: 'events:errors.answerRequired' }),
	needs: optionalText(NEEDS_MAX),
})
export type RsvpInput = z.infer<typeof RsvpSchema>

// --- Invitations --------------------------------------------------------------------------------

/** The filter of the invitation page (a GET form): every field optional, anything unknown ignored. */
export const InviteeFilterSchema = z.object({
	sector: z.enum(sbiSections).optional().catch(undefined),
	town: z.string().trim().max(120).optional().catch(undefined),
	stage: z.enum(relationshipStages).optional().catch(undefined),
	groupId: id.optional().catch(undefined),
	/** Every contact is of an employer or a stakeholder. */
	organizationKind: z.enum(contactOrganizationKinds).optional().catch(undefined),
})
export type InviteeFilter = z.infer<typeof InviteeFilterSchema>

export function readInviteeFilter(searchParams: URLSearchParams): InviteeFilter {
	const value = (name: string) => searchParams.get(name)?.trim() || undefined
	return InviteeFilterSchema.parse({
		sector: value('sector'),
		town: value('town'),
		stage: value('stage'),
		groupId: value('groupId'),
		organizationKind: value('organizationKind'),
	})
}

export function hasInviteeFilter(filter: InviteeFilter) {
	return Object.values(filter).some(Boolean)
}

export const INVITE_BATCH_MAX = 1000

export const SendInvitationsSchema = z.object({
	contactIds: z
		.array(id, { required_error: 'events:errors.noInvitees' })
		.min(1, 'events:errors.noInvitees')
		.max(INVITE_BATCH_MAX, 'events:errors.tooManyInvitees'),
})

// --- Attendance ---------------------------------------------------------------------------------

/** The one attendance form: a radio group per invitee, named `attendance.<invitationId>`. */
export const AttendanceSchema = z.object({
	intent: z.literal('save'),
	attendance: z.record(id, z.enum(attendanceValues)).default({}),
})

export const WalkInSchema = z.object({
	intent: z.literal('walk-in'),
	contactPersonId: id,
})

// --- Afterwards: notes, action items, pledges ---------------------------------------------------

export const NotesSchema = z.object({
	intent: z.literal('notes'),
	notes: optionalText(REPORT_TEXT_MAX),
	decisions: optionalText(REPORT_TEXT_MAX),
})

export const ActionItemSchema = z.object({
	intent: z.literal('add-action'),
	description: z.string({ required_error: 'errors:validation.required' }).trim().min(1).max(ACTION_ITEM_MAX),
	ownerName: z.string({ required_error: 'errors:validation.required' }).trim().min(1).max(OWNER_NAME_MAX),
	dueOn: z.string().trim().refine(isCalendarDate, 'events:errors.dateInvalid').optional(),
})

export const ActionItemChangeSchema = z.object({
	intent: z.enum(['toggle-action', 'remove-action']),
	actionItemId: id,
})

export const PledgeSchema = z.object({
	intent: z.literal('add-pledge'),
	employerId: z.string({ required_error: 'events:errors.employerRequired' }).trim().min(1).max(40),
	description: z.string({ required_error: 'errors:validation.required' }).trim().min(1).max(ACTION_ITEM_MAX),
	placeType: z.enum(placeTypes).optional(),
	spots: z
		.number({ required_error: 'errors:validation.required' })
		.int('events:errors.spotsRange')
		.min(1, 'events:errors.spotsRange')
		.max(PLEDGE_SPOTS_MAX, 'events:errors.spotsRange'),
})

export const PledgeLinkSchema = z.object({
	intent: z.literal('link-pledge'),
	pledgeId: id,
	/** Empty: the pledge is not linked to a place (any more). */
	placeId: id.optional(),
})

export const PledgeRemoveSchema = z.object({ intent: z.literal('remove-pledge'), pledgeId: id })

export const SendSummarySchema = z.object({ intent: z.literal('send-summary') })
