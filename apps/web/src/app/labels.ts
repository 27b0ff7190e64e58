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
