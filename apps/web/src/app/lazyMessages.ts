import { accountFormMessages } from '../features/account/forms.i18n';
import { adminMessages } from '../features/admin/i18n';
import { curationMessages } from '../features/curation/i18n';
import { evidenceMessages } from '../features/evidence/i18n';
import { instrumentMessages } from '../features/instrument/i18n';
import { overviewMessages } from '../features/overview/i18n';
import { pilotsMessages } from '../features/pilots/i18n';
import { proposalsMessages } from '../features/proposals/i18n';
import { ratingMessages } from '../features/rating/i18n';
import { reviewMessages } from '../features/review/i18n';
import { practiceReportMessages } from '../features/practice-reports/i18n';
import { filesMessages } from '../features/files/i18n';
import { mailsMessages } from '../features/mails/i18n';
import { finderMessages } from '../features/finder/i18n';
import { collectionMessages } from '../features/collections/i18n';
import { followPageMessages } from '../features/following/i18n';

/**
 * The messages of the pages outside the catalogue route, in one chunk that every lazy page loads
 * with itself (pages borrow components from each other, so one chunk cannot miss a namespace).
 */
export const lazyMessages = {
  // Merged into the namespace the account menu already has.
  account: accountFormMessages,
  instrument: instrumentMessages,
  rating: ratingMessages,
  overview: overviewMessages,
  curation: curationMessages,
  admin: adminMessages,
  proposals: proposalsMessages,
  review: reviewMessages,
  evidence: evidenceMessages,
  pilots: pilotsMessages,
  practiceReports: practiceReportMessages,
  files: filesMessages,
  mails: mailsMessages,
  finder: finderMessages,
  collections: collectionMessages,
  // Merged into the namespace the follow buttons already have.
  follow: followPageMessages,
};
