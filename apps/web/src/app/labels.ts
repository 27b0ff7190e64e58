import { useTranslation } from 'react-i18next';

export interface Labelled {
  labelNl: string;
  labelEn: string;
}

/** A vocabulary term's label in the chosen language. */
export function useTermLabel(): (term: Labelled) => string {
  const { i18n } = useTranslation();
  return (term) => (i18n.language === 'en' ? term.labelEn : term.labelNl);
}

/** Dates as people in the chosen language write them. */
export function useDateFormat(): (iso: string) => string {
  const { i18n } = useTranslation();
  const format = new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'nl-NL', { dateStyle: 'long' });
  return (iso) => format.format(new Date(iso));
}
