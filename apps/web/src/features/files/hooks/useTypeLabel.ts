import { fileTypeOf } from '#domain';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

/** A file's type in a word of the chosen language ("PDF", "OpenDocument-tekst"); the API's (Dutch) label for a type the web does not know. */
export function useTypeLabel(): (edition: { contentType: string; typeLabel: string }) => string {
  const { i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'nl';
  return useCallback((edition) => fileTypeOf(edition.contentType)?.label[lang] ?? edition.typeLabel, [lang]);
}
