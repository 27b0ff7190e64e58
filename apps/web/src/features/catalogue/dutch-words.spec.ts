import { describe, expect, it } from '@jest/globals';
import { appMessagesNl } from '../../app/messages';
import { accountFormMessages } from '../account/forms.i18n';
import { accountMessagesNl } from '../account/i18n';
import { adminMessages } from '../admin/i18n';
import { curationMessages } from '../curation/i18n';
import { evidenceMessages } from '../evidence/i18n';
import { instrumentMessages } from '../instrument/i18n';
import { overviewMessages } from '../overview/i18n';
import { pilotsMessages } from '../pilots/i18n';
import { practiceReportMessages } from '../practice-reports/i18n';
import { proposalsMessages } from '../proposals/i18n';
import { ratingMessages } from '../rating/i18n';
import { reviewMessages } from '../review/i18n';
import { catalogueMessagesNl } from './i18n';
import { filesMessages } from '../files/i18n';
import { mailsMessages } from '../mails/i18n';
import { finderMessages } from '../finder/i18n';
import { collectionMessages } from '../collections/i18n';

/**
 * Issue 19, point 9: English words that crept into the Dutch interface ("Beste match", "Reviews").
 * Words Dutch has taken over as its own (feedback, online, workshop, canvas, link, pilot, export,
 * import) and Dutch words spelt like English ones (best, log in) are fine.
 */
const ENGLISH =
  /\b(match|matches|reviews?|reviewer|ratings?|rated|preview|save|cancel|edit|delete|upload|download|submit|search|sort|newest|settings|dashboard|sign in|sign out|logout|login)\b/i;

const DUTCH = {
  app: appMessagesNl,
  account: accountMessagesNl,
  accountForms: accountFormMessages.nl,
  admin: adminMessages.nl,
  catalogue: catalogueMessagesNl,
  curation: curationMessages.nl,
  evidence: evidenceMessages.nl,
  instrument: instrumentMessages.nl,
  overview: overviewMessages.nl,
  pilots: pilotsMessages.nl,
  practiceReports: practiceReportMessages.nl,
  proposals: proposalsMessages.nl,
  rating: ratingMessages.nl,
  review: reviewMessages.nl,
  files: filesMessages.nl,
  mails: mailsMessages.nl,
  finder: finderMessages.nl,
  collections: collectionMessages.nl,
};

function strings(value: unknown, path: string): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, v]) => strings(v, `${path}.${key}`));
  return [];
}

describe('the Dutch messages of the web app', () => {
  it('use Dutch words, not English ones', () => {
    const found = Object.entries(DUTCH)
      .flatMap(([name, messages]) => strings(messages, name))
      // Interpolations ({{name}}) and markup (<catalogue>) are not words a person reads.
      .map(([path, text]) => [path, text.replace(/\{\{[^}]*\}\}|<\/?[a-z]+>/g, '')] as const)
      .filter(([, text]) => ENGLISH.test(text));
    expect(found).toEqual([]);
  });
});
