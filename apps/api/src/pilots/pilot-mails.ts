import { appUrl } from '../common/app-url.js';
import type { Mail } from '../notifications/outbox.service.js';

/** The Dutch e-mail a member gets when a curator invites them to give feedback on a pilot. */
export const pilotMails = {
  invited: (p: { to: string; name: string; community: string; title: string; slug: string }): Mail => ({
    to: p.to,
    subject: `Uitnodiging: feedback op de pilot van ${p.title}`,
    text: `Beste ${p.name},\n\nDe werkgroep Instrumenten probeert "${p.title}" uit in ${p.community}. Je bent uitgenodigd om als pilotlocatie feedback te geven: wat werkte, wat moet anders, zou je het aanraden en hoe bruikbaar was het.\n\nGeef je feedback (na inloggen) op ${appUrl()}/instrumenten/${p.slug}#pilots\n\nMet vriendelijke groet,\nWerkgroep Instrumenten, Netwerk Learning Communities`,
  }),
};
