import { useTranslation } from 'react-i18next';

/** Date and time, for steps that can follow each other on one day. */
export function useDateTimeFormat(): (iso: string) => string {
  const { i18n } = useTranslation();
  const format = new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'nl-NL', { dateStyle: 'long', timeStyle: 'short' });
  return (iso) => format.format(new Date(iso));
}
