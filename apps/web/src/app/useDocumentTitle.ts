import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Sets the browser tab title: "<page> · Instrumentencatalogus". */
export function useDocumentTitle(title: string | null | undefined): void {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = title ? `${title} · ${t('siteName')}` : `${t('siteName')} · ${t('network')}`;
  }, [title, t]);
}
