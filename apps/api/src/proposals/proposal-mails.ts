import { appUrl } from '../common/app-url.js';
import type { Mail } from '../notifications/outbox.service.js';

interface Decided {
  to: string;
  name: string;
  title: string;
  proposalId: string;
}

/** The Dutch e-mails a proposer gets for each decision. */
export const proposalMails = {
  changesRequested: (p: Decided, reason: string): Mail => ({
    to: p.to,
    subject: `Aanpassing gevraagd: ${p.title}`,
    text: `Beste ${p.name},\n\nDank voor je voorstel "${p.title}". De werkgroep Instrumenten vraagt je het aan te passen:\n\n${reason}\n\nPas je voorstel aan en dien het opnieuw in: ${appUrl()}/voorstellen/${p.proposalId}\n\nMet vriendelijke groet,\nWerkgroep Instrumenten, Netwerk Learning Communities`,
  }),
  rejected: (p: Decided, reason: string): Mail => ({
    to: p.to,
    subject: `Voorstel niet opgenomen: ${p.title}`,
    text: `Beste ${p.name},\n\nDank voor je voorstel "${p.title}". De werkgroep Instrumenten neemt het niet op in de catalogus, om deze reden:\n\n${reason}\n\nJe voorstel blijft zichtbaar op ${appUrl()}/voorstellen/${p.proposalId}\n\nMet vriendelijke groet,\nWerkgroep Instrumenten, Netwerk Learning Communities`,
  }),
  accepted: (p: Decided, slug: string): Mail => ({
    to: p.to,
    subject: `Voorstel opgenomen: ${p.title}`,
    text: `Beste ${p.name},\n\nGoed nieuws: je voorstel "${p.title}" staat nu in de instrumentencatalogus:\n${appUrl()}/instrumenten/${slug}\n\nDank voor je bijdrage!\n\nMet vriendelijke groet,\nWerkgroep Instrumenten, Netwerk Learning Communities`,
  }),
};
