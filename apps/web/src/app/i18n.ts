import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { accountMessages } from '../features/account/i18n';
import { catalogueMessages } from '../features/catalogue/i18n';
import { ratingMessages } from '../features/rating/i18n';
import { appMessages } from './messages';

export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
const STORAGE_KEY = 'nlc-taal';

function storedLanguage(): Language {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    return stored === 'en' ? 'en' : 'nl';
  } catch {
    return 'nl';
  }
}

const resources = Object.fromEntries(
  LANGUAGES.map((lng) => [
    lng,
    {
      app: appMessages[lng],
      account: accountMessages[lng],
      catalogue: catalogueMessages[lng],
      // Cards show star averages; the other pages bring their messages with them (lazyMessages.ts).
      rating: ratingMessages[lng],
    },
  ]),
);

void i18n.use(initReactI18next).init({
  resources,
  lng: storedLanguage(),
  fallbackLng: 'nl',
  defaultNS: 'app',
  interpolation: { escapeValue: false },
  // The resources are in the bundle: ready at once, so the first render does not wait a tick.
  initAsync: false,
});

document.documentElement.lang = i18n.language;
i18n.on('languageChanged', (lng) => {
  document.documentElement.lang = lng;
  try {
    localStorage.setItem(STORAGE_KEY, lng);
  } catch {
    // private mode: the choice lasts for this visit only
  }
});

/**
 * Messages of a lazily loaded page, added (in both languages) before the page renders, so they
 * are not part of the catalogue route's initial JavaScript.
 */
export function addMessages(namespace: string, messages: Record<Language, object>): void {
  for (const lng of LANGUAGES) {
    if (!i18n.hasResourceBundle(lng, namespace)) i18n.addResourceBundle(lng, namespace, messages[lng]);
  }
}

export default i18n;
