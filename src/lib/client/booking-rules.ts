/**
 * The booking rules the pages state. Provisional copy of domain/booking/notice.ts (booking-server):
 * replace this import with `$lib/domain/booking` at merge.
 */
export const CHANGE_NOTICE_HOURS = 24;
