// The network's events as a spreadsheet (upcoming first, then the past, as on the events page, with
// the answer counts as numbers), and one event's attendance list (every invitee's answer, whether
// they came and what they asked for).
import { getFixedT, type Locale } from '#app/utils/i18n.ts'
import { listExportResponse, type SpreadsheetColumn } from '#app/utils/spreadsheet.server.ts'
import { type getAttendanceList } from './event-report.server.ts'
import { type listEvents } from './events.server.ts'

type EventRow = Awaited<ReturnType<typeof listEvents>>['upcoming'][number]
type AttendanceRow = Awaited<ReturnType<typeof getAttendanceList>>['invitations'][number]

export function eventExportColumns(locale: Locale): SpreadsheetColumn<EventRow>[] {
	const t = getFixedT(locale, 'events')
	return [
		{ header: t('list.columns.event'), value: (row) => row.title },
		{ header: t('details.kind'), value: (row) => t(`kinds.${row.kind}`) },
		{ header: t('details.group'), value: (row) => row.group?.name },
		{ header: t('exports:columns.status'), value: (row) => t(`statuses.${row.status}`) },
		{ header: t('exports:columns.startsAt'), type: 'dateTime', value: (row) => row.startsAt },
		{ header: t('exports:columns.endsAt'), type: 'dateTime', value: (row) => row.endsAt },
		{ header: t('form.location'), value: (row) => row.location },
		{ header: t('form.onlineUrl'), value: (row) => row.onlineUrl },
		{ header: t('form.capacity'), type: 'number', value: (row) => row.capacity },
		{ header: t('exports:columns.invited'), type: 'number', value: (row) => row.counts.invited },
		{ header: t('exports:columns.yes'), type: 'number', value: (row) => row.counts.yes },
		{ header: t('exports:columns.maybe'), type: 'number', value: (row) => row.counts.maybe },
		{ header: t('exports:columns.no'), type: 'number', value: (row) => row.counts.no },
		{ header: t('exports:columns.waitlisted'), type: 'number', value: (row) => row.counts.waitlisted },
	]
}

export function attendanceExportColumns(locale: Locale): SpreadsheetColumn<AttendanceRow>[] {
	const t = getFixedT(locale, 'events')
	return [
		{ header: t('contacts:list.columns.name'), value: (row) => row.contactPerson.name },
		{ header: t('contacts:list.columns.organization'), value: (row) => row.contactPerson.organization.name },
		{ header: t('exports:columns.response'), value: (row) => t(`responses.${row.response}`) },
		{
			header: t('exports:columns.attendance'),
			value: (row) => (row.attendance ? t(`attendanceValues.${row.attendance}`) : null),
		},
		{ header: t('exports:columns.needs'), value: (row) => row.needs },
	]
}

/** The network's events; the route checked the coordinator and read them for their network. */
export function eventExportResponse(
	request: Request,
	{
		actorId,
		networkId,
		events,
	}: { actorId: string; networkId: string; events: Awaited<ReturnType<typeof listEvents>> },
) {
	return listExportResponse(request, {
		actorId,
		list: 'events',
		describe: (locale) => ({
			name: getFixedT(locale)('exports:files.events'),
			columns: eventExportColumns(locale),
		}),
		rows: [...events.upcoming, ...events.past],
		audit: { action: 'list.exported', entityType: 'Organization', entityId: networkId },
	})
}

/** One event's attendance list; the route found the event in the coordinator's own network. */
export function attendanceExportResponse(
	request: Request,
	{ actorId, event, rows }: { actorId: string; event: { id: string; title: string }; rows: AttendanceRow[] },
) {
	return listExportResponse(request, {
		actorId,
		list: 'attendance',
		describe: (locale) => ({
			name: getFixedT(locale)('exports:files.attendance', { title: event.title }),
			columns: attendanceExportColumns(locale),
		}),
		rows,
		audit: { action: 'list.exported', entityType: 'NetworkEvent', entityId: event.id },
	})
}
