import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { accountMessagesNl } from '../features/account/i18n';
import { catalogueMessagesNl } from '../features/catalogue/i18n';
import { appMessagesNl } from './messages';

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

// Dutch is in the first download; English comes in its own small chunk when someone chooses it
// (the other pages' messages, both languages, load with those pages: lazyMessages.ts).
const resources = { nl: { app: appMessagesNl, account: accountMessagesNl, catalogue: catalogueMessagesNl } };

void i18n.use(initReactI18next).init({
  resources,
  lng: 'nl',
  fallbackLng: 'nl',
  defaultNS: 'app',
  interpolation: { escapeValue: false },
  // The resources are in the bundle: ready at once, so the first render does not wait a tick.
  initAsync: false,
});

let english: Promise<void> | undefined;

/** Adds the English messages of the catalogue route, once. */
function loadEnglish(): Promise<void> {
  english ??= import('./english').then(({ englishMessages }) => {
    for (const [namespace, messages] of Object.entries(englishMessages)) i18n.addResourceBundle('en', namespace, messages, true, true);
  });
  return english;
}

/** Switches the language, after loading its messages when they are not there yet. */
export async function changeLanguage(language: Language): Promise<void> {
  if (language === 'en') await loadEnglish();
  await i18n.changeLanguage(language);
}

/**
 * Switches to the remembered language (after loading it); main.tsx renders after it, or, over
 * server-rendered Dutch, hydrates first and switches after.
 */
export function restoreLanguage(): Promise<void> {
  return storedLanguage() === 'en' ? changeLanguage('en') : Promise.resolve();
}

// On the server (entry-server.tsx) there is no document: every render there is Dutch.
if (typeof document !== 'undefined') document.documentElement.lang = i18n.language;
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
  // Merged into what is there (the catalogue's English may have come first), keeping it.
  for (const lng of LANGUAGES) i18n.addResourceBundle(lng, namespace, messages[lng], true, false);
}

export default i18n;
