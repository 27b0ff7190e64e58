import { ACCOUNT_LINK_PATHS } from '#domain';
import { appUrl } from '../common/app-url.js';
import type { Mail } from './outbox.service.js';

const link = (path: string, token: string) => `${appUrl()}${path}?token=${encodeURIComponent(token)}`;
const SIGNATURE = 'Met vriendelijke groet,\nInstrumentencatalogus, Netwerk Learning Communities';
const NOT_YOU = 'Heb je dit niet zelf gevraagd? Dan kun je deze mail negeren; er verandert niets.';

interface To {
  to: string;
  name: string;
}

/** The Dutch e-mails of accounts: links to verify, reset or confirm, and notices of changes. */
export const accountMails = {
  verifyEmail: (p: To, token: string): Mail => ({
    to: p.to,
    subject: 'Bevestig je e-mailadres',
    text: `Beste ${p.name},\n\nWelkom bij de instrumentencatalogus. Bevestig je e-mailadres met deze link; daarna kun je instrumenten waarderen, reviews schrijven en instrumenten voorstellen:\n\n${link(ACCOUNT_LINK_PATHS.confirmEmail, token)}\n\nDe link werkt 7 dagen. ${NOT_YOU}\n\n${SIGNATURE}`,
  }),
  alreadyRegistered: (p: To): Mail => ({
    to: p.to,
    subject: 'Je hebt al een account',
    text: `Beste ${p.name},\n\nIemand wilde een account aanmaken met dit e-mailadres, maar je hebt er al een. Log in op ${appUrl()}/inloggen of stel een nieuw wachtwoord in op ${appUrl()}/wachtwoord-vergeten.\n\n${NOT_YOU}\n\n${SIGNATURE}`,
  }),
  resetPassword: (p: To, token: string): Mail => ({
    to: p.to,
    subject: 'Nieuw wachtwoord instellen',
    text: `Beste ${p.name},\n\nStel met deze link een nieuw wachtwoord in. De link werkt één uur en één keer:\n\n${link(ACCOUNT_LINK_PATHS.resetPassword, token)}\n\nDaarna ben je op al je apparaten uitgelogd. ${NOT_YOU}\n\n${SIGNATURE}`,
  }),
  passwordChanged: (p: To): Mail => ({
    to: p.to,
    subject: 'Je wachtwoord is gewijzigd',
    text: `Beste ${p.name},\n\nHet wachtwoord van je account is zojuist gewijzigd. Was jij dat niet? Stel dan meteen een nieuw wachtwoord in op ${appUrl()}/wachtwoord-vergeten.\n\n${SIGNATURE}`,
  }),
  confirmNewEmail: (p: To, token: string): Mail => ({
    to: p.to,
    subject: 'Bevestig je nieuwe e-mailadres',
    text: `Beste ${p.name},\n\nJe wilt dit adres gebruiken voor je account bij de instrumentencatalogus. Bevestig het met deze link (24 uur geldig); tot dan blijft je oude adres gelden:\n\n${link(ACCOUNT_LINK_PATHS.confirmEmail, token)}\n\n${NOT_YOU}\n\n${SIGNATURE}`,
  }),
  emailChangeRequested: (p: To, newEmail: string): Mail => ({
    to: p.to,
    subject: 'Nieuw e-mailadres aangevraagd',
    text: `Beste ${p.name},\n\nVoor je account is gevraagd het e-mailadres te wijzigen in ${newEmail}. Het wijzigt pas als dat adres bevestigd is. Was jij dat niet? Wijzig dan je wachtwoord op ${appUrl()}/mijn-account.\n\n${SIGNATURE}`,
  }),
  accountDeleted: (p: To): Mail => ({
    to: p.to,
    subject: 'Je account is verwijderd',
    text: `Beste ${p.name},\n\nJe account bij de instrumentencatalogus is verwijderd, met je waarderingen, reviews en voorstellen. Dit is de laatste mail die je van ons krijgt.\n\n${SIGNATURE}`,
  }),
};
