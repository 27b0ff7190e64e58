import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { accountMessages } from '../features/account/i18n';
import { adminMessages } from '../features/admin/i18n';
import { catalogueMessages } from '../features/catalogue/i18n';
import { curationMessages } from '../features/curation/i18n';
import { instrumentMessages } from '../features/instrument/i18n';
import { overviewMessages } from '../features/overview/i18n';
import { ratingMessages } from '../features/rating/i18n';
import { proposalsMessages } from '../features/proposals/i18n';
import { reviewMessages } from '../features/review/i18n';
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
      instrument: instrumentMessages[lng],
      overview: overviewMessages[lng],
      rating: ratingMessages[lng],
      curation: curationMessages[lng],
      admin: adminMessages[lng],
      proposals: proposalsMessages[lng],
      review: reviewMessages[lng],
    },
  ]),
);

void i18n.use(initReactI18next).init({
  resources,
  lng: storedLanguage(),
  fallbackLng: 'nl',
  defaultNS: 'app',
  interpolation: { escapeValue: false },
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

export default i18n;
