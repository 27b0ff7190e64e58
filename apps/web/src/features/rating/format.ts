import { useTranslation } from 'react-i18next';
import { numberFormat } from '../../app/formats';

const AVERAGE: Intl.NumberFormatOptions = { minimumFractionDigits: 1, maximumFractionDigits: 1 };

/** Averages with one decimal as the chosen language writes them: "4,2" in Dutch, "4.2" in English. */
export function useAverageFormat(): (average: number) => string {
  const { i18n } = useTranslation();
  const format = numberFormat(i18n.language, AVERAGE);
  return (average) => format.format(average);
}

/**
 * Makes the average's formatter ahead of the first render. The first Intl.NumberFormat of a fresh
 * page costs about 80 ms in Chromium (its number data loads); main.tsx calls this while the
 * catalogue's answers are on their way, so the cards do not wait for it.
 */
export function prepareAverageFormat(language: string): void {
  numberFormat(language, AVERAGE).format(0);
}
