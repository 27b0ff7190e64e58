import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { numberFormat } from '../../../app/formats';
import { sizeParts } from '../fileSize';

/** Sizes as people in the chosen language write them: "1,2 MB", "340 kB", "12 bytes". */
export function useSizeFormat(): (bytes: number) => string {
  const { t, i18n } = useTranslation('files');
  return useCallback(
    (bytes: number) => {
      const { unit, value } = sizeParts(bytes);
      if (unit === 'bytes') return t('size.bytes', { count: value });
      return t(`size.${unit}`, { value: numberFormat(i18n.language, { maximumFractionDigits: 1 }).format(value) });
    },
    [t, i18n.language],
  );
}
