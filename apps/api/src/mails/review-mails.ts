import { appUrl } from '../common/app-url.js';
import type { Mail } from '../notifications/outbox.service.js';

/** A curator or admin with a confirmed address: who hears that something waits for review. */
export interface Reviewer {
  to: string;
  name: string;
}

const SIGNATURE = 'Met vriendelijke groet,\nInstrumentencatalogus, Netwerk Learning Communities';

/**
 * The Dutch e-mails of the review queues (issue #23): to every curator and admin when a proposal or
 * a practice report starts waiting for review, and to a proposer when their proposal is received.
 */
export const reviewMails = {
  proposalWaiting: (r: Reviewer, p: { title: string; proposalId: string; resubmitted: boolean }): Mail => ({
    to: r.to,
    subject: `${p.resubmitted ? 'Aangepast voorstel' : 'Nieuw voorstel'} wacht op beoordeling: ${p.title}`,
    text: `Beste ${r.name},\n\n${p.resubmitted ? 'Een aangepast voorstel is opnieuw ingediend' : 'Er is een nieuw voorstel ingediend'}: "${p.title}". Het wacht op beoordeling:\n\n${appUrl()}/beheer/voorstellen/${p.proposalId}\n\nAlle voorstellen die wachten: ${appUrl()}/beheer/voorstellen\n\n${SIGNATURE}`,
  }),
  practiceReportWaiting: (r: Reviewer, p: { title: string; resubmitted: boolean }): Mail => ({
    to: r.to,
    subject: `${p.resubmitted ? 'Aangepast praktijkvoorbeeld' : 'Nieuw praktijkvoorbeeld'} wacht op beoordeling: ${p.title}`,
    text: `Beste ${r.name},\n\n${p.resubmitted ? 'Een aangepast praktijkvoorbeeld is opnieuw aangeboden' : 'Er is een nieuw praktijkvoorbeeld aangeboden'} bij "${p.title}". Het wacht op beoordeling:\n\n${appUrl()}/beheer/praktijkvoorbeelden\n\n${SIGNATURE}`,
  }),
  proposalReceived: (p: { to: string; name: string; title: string; proposalId: string }): Mail => ({
    to: p.to,
    subject: `Voorstel ontvangen: ${p.title}`,
    text: `Beste ${p.name},\n\nDank voor je voorstel "${p.title}". De werkgroep Instrumenten bekijkt het: een curator neemt het in behandeling en neemt het op in de catalogus, vraagt je om een aanpassing of legt uit waarom het niet wordt opgenomen. Je krijgt over elk besluit een mail.\n\nJe voorstel en wat ermee gebeurt: ${appUrl()}/voorstellen/${p.proposalId}\n\nMet vriendelijke groet,\nWerkgroep Instrumenten, Netwerk Learning Communities`,
  }),
};
