import { useTranslation } from 'react-i18next';
import type { InstrumentPageQuery } from '../graphql/instrument.generated';

/** The instrument as the page's query returns it. */
export type Instrument = NonNullable<InstrumentPageQuery['instrument']>;

/** The interface language, for the label objects of '#domain' ({ nl, en }) and Intl formats. */
export function useUiLanguage(): { lang: 'nl' | 'en'; locale: string } {
  const { i18n } = useTranslation();
  return i18n.language === 'en' ? { lang: 'en', locale: 'en-GB' } : { lang: 'nl', locale: 'nl-NL' };
}
