import { appUrl } from '../common/app-url.js';
import type { Mail } from '../notifications/outbox.service.js';

/** Who wrote a practice report, and about which instrument: what a decision's mail needs. */
export interface PracticeReportMailTo {
  to: string;
  name: string;
  reportId: string;
  title: string;
}

const SIGNATURE = 'Met vriendelijke groet,\nWerkgroep Instrumenten, Netwerk Learning Communities';

/** The Dutch e-mails an author gets when a curator publishes or declines their practice report. */
export const practiceReportMails = {
  published: (p: PracticeReportMailTo): Mail => ({
    to: p.to,
    subject: `Je praktijkvoorbeeld bij ${p.title} is gepubliceerd`,
    text: `Beste ${p.name},\n\nJe praktijkvoorbeeld bij "${p.title}" is gepubliceerd: iedereen kan het nu lezen op ${appUrl()}/praktijkvoorbeelden/${p.reportId}\n\nDank je wel voor het delen.\n\n${SIGNATURE}`,
  }),
  declined: (p: PracticeReportMailTo & { reason: string }): Mail => ({
    to: p.to,
    subject: `Je praktijkvoorbeeld bij ${p.title} is nog niet gepubliceerd`,
    text: `Beste ${p.name},\n\nEen curator heeft je praktijkvoorbeeld bij "${p.title}" nog niet gepubliceerd. De reden:\n\n${p.reason}\n\nJe kunt het aanpassen en opnieuw aanbieden (na inloggen) op ${appUrl()}/praktijkvoorbeelden/${p.reportId}/bewerken\n\n${SIGNATURE}`,
  }),
};
