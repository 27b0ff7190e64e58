import { useTranslation } from 'react-i18next';
import { numberFormat } from '../../app/formats';

/** Averages with one decimal as the chosen language writes them: "4,2" in Dutch, "4.2" in English. */
export function useAverageFormat(): (average: number) => string {
  const { i18n } = useTranslation();
  const format = numberFormat(i18n.language, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return (average) => format.format(average);
}
