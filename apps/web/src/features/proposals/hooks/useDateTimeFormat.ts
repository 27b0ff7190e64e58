import { useDateFormat } from '../../../app/formats';

const DATE_TIME: Intl.DateTimeFormatOptions = { dateStyle: 'long', timeStyle: 'short' };

/** Date and time, for steps that can follow each other on one day. */
export function useDateTimeFormat(): (iso: string) => string {
  return useDateFormat(DATE_TIME);
}
