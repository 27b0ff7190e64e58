import { useTranslation } from 'react-i18next';

/** The locale whose conventions the chosen language follows. */
export function localeOf(language: string): string {
  return language === 'en' ? 'en-GB' : 'nl-NL';
}

// Making an Intl formatter costs about a millisecond; a catalogue page formats hundreds of values.
const formats = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let format = formats.get(key) as T | undefined;
  if (!format) formats.set(key, (format = make()));
  return format;
}

export function numberFormat(language: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const locale = localeOf(language);
  return cached(`n|${locale}|${JSON.stringify(options)}`, () => new Intl.NumberFormat(locale, options));
}

export function dateTimeFormat(language: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const locale = localeOf(language);
  // In the network's own time zone, so the server's render and the browser's hydration agree.
  return cached(`d|${locale}|${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(locale, { timeZone: 'Europe/Amsterdam', ...options }));
}

/** Whole numbers as people in the chosen language write them: "80.000" in Dutch, "80,000" in English. */
export function useCountFormat(): (count: number) => string {
  const { i18n } = useTranslation();
  const format = numberFormat(i18n.language);
  return (count) => format.format(count);
}

const LONG_DATE: Intl.DateTimeFormatOptions = { dateStyle: 'long' };

/**
 * Makes the long-date formatter ahead of a render that needs it: a page's first Intl.DateTimeFormat
 * costs tens of milliseconds on a slow phone (its locale data loads), which main.tsx spends in a
 * task of its own before hydrating rather than inside one of hydration's.
 */
export function prepareDateFormat(language: string): void {
  dateTimeFormat(language, LONG_DATE).format(0);
}

/** Dates (and times) as people in the chosen language write them. */
export function useDateFormat(options: Intl.DateTimeFormatOptions = LONG_DATE): (iso: string) => string {
  const { i18n } = useTranslation();
  const format = dateTimeFormat(i18n.language, options);
  return (iso) => format.format(new Date(iso));
}
