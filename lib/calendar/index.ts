export { buildIcs, escapeText, foldLine, type IcsEvent, type IcsOptions } from './ics';
export { deadlineEventUid, deadlineEvents, type CalendarOrder, type DeadlineEventOptions } from './deadline-events';
