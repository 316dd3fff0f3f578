// Sounding-board groups (klankbordgroep): statuses, topic kinds and the Zod schemas of their forms.
// Client-safe: the same schema validates in the browser (Conform) and in the action.
import { z } from 'zod'

export const groupStatuses = ['ACTIVE', 'ON_HOLD'] as const
export type GroupStatus = (typeof groupStatuses)[number]

/** What a member brings in: a challenge they face or an experience to share. */
export const topicKinds = ['CHALLENGE', 'EXPERIENCE'] as const
export type TopicKind = (typeof topicKinds)[number]

export const GROUP_PURPOSE_MAX_LENGTH = 1000
export const TOPIC_BODY_MAX_LENGTH = 2000
/** A group of more people than this is no sounding board any more. */
export const GROUP_MAX_MEMBERS = 40

const IdSchema = z.string().trim().min(1).max(40)

export const NewGroupSchema = z.object({
	name: z.string({ required_error: 'errors:validation.required' }).trim().min(2).max(120),
	purpose: z.string({ required_error: 'errors:validation.required' }).trim().min(1).max(GROUP_PURPOSE_MAX_LENGTH),
	memberIds: z.array(IdSchema).max(GROUP_MAX_MEMBERS).default([]),
})
export type NewGroupInput = z.output<typeof NewGroupSchema>

/** The group page's forms. */
export const GroupActionSchema = z.discriminatedUnion('intent', [
	z.object({
		intent: z.literal('add-member'),
		contactPersonId: IdSchema,
	}),
	z.object({ intent: z.literal('remove-member'), memberId: IdSchema }),
	z.object({ intent: z.literal('set-status'), status: z.enum(groupStatuses) }),
	z.object({ intent: z.literal('request-topics') }),
])
export type GroupAction = z.output<typeof GroupActionSchema>
export type GroupIntent = GroupAction['intent']

/** A member's topic, sent through their personal link. */
export const TopicSchema = z.object({
	kind: z.enum(topicKinds, { required_error: 'errors:validation.choose' }),
	title: z.string({ required_error: 'errors:validation.required' }).trim().min(3).max(160),
	body: z.string().trim().max(TOPIC_BODY_MAX_LENGTH).optional(),
})
export type TopicInput = z.output<typeof TopicSchema>
