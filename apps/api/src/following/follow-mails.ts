import { FOLLOW_PATHS, PROTOTYPE_STATUS_LABELS, type FollowKind, type PrototypeStatus } from '#domain';
import { appUrl } from '../common/app-url.js';
import type { Mail } from '../notifications/outbox.service.js';

const SIGNATURE = 'Met vriendelijke groet,\nInstrumentencatalogus, Netwerk Learning Communities';

/** Something that happened to an instrument that members follow (issue #23). */
export type FollowEvent =
  | { type: 'STATUS'; instrumentId: string; from: PrototypeStatus; to: PrototypeStatus }
  | { type: 'EDITION'; instrumentId: string; instrumentFileId: string; versionLabel: string }
  | { type: 'REPORT'; instrumentId: string; reportId: string; communityName: string | null }
  | { type: 'PHASE'; instrumentId: string; phaseCodes: readonly string[] };

export interface FollowedInstrument {
  title: string;
  slug: string;
}

/** The member and the follow that brought the event to them (the one an immediate mail's link ends). */
export interface FollowRecipient {
  accountId: string;
  to: string;
  name: string;
  kind: FollowKind;
  /** The instrument's title, the phase's label or the kit's title. */
  targetLabel: string;
}

const status = (s: PrototypeStatus) => PROTOTYPE_STATUS_LABELS[s].nl.toLowerCase();
const instrumentUrl = (slug: string) => `${appUrl()}/instrumenten/${slug}`;
const unsubscribePage = (token: string) => `${appUrl()}${FOLLOW_PATHS.unsubscribePage}?token=${token}`;

/** What the member follows, in a sentence: "het instrument "X"", "de fase Evalueren", "het startpakket "Y"". */
export function followedThing(kind: FollowKind, label: string): string {
  return kind === 'INSTRUMENT' ? `het instrument "${label}"` : kind === 'PHASE' ? `de fase ${label}` : `het startpakket "${label}"`;
}

/** RFC 8058 one-click unsubscribe: the mail client POSTs `List-Unsubscribe=One-Click` to the URL, no sign-in. */
export function unsubscribeHeaders(token: string): Record<string, string> {
  return {
    'List-Unsubscribe': `<${appUrl()}${FOLLOW_PATHS.unsubscribeApi}?token=${token}>`,
    'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
  };
}

/**
 * The event in one Dutch line, as an immediate mail says it and a digest lists it under its
 * instrument. `extra` is what the event's own row adds (the file's title, the phase's label).
 */
export function eventSummary(event: FollowEvent, extra: { fileTitle?: string; phaseLabel?: string }): string {
  switch (event.type) {
    case 'STATUS':
      return `De status is gewijzigd van ${status(event.from)} naar ${status(event.to)}.`;
    case 'EDITION':
      return `Er is een nieuwe versie van "${extra.fileTitle}": ${event.versionLabel}.`;
    case 'REPORT':
      return `Er is een praktijkvoorbeeld gepubliceerd${event.communityName ? ` van ${event.communityName}` : ''}: ${appUrl()}/praktijkvoorbeelden/${event.reportId}`;
    case 'PHASE':
      return `Het is nieuw in de fase ${extra.phaseLabel}.`;
  }
}

function subject(event: FollowEvent, instrument: FollowedInstrument, extra: { phaseLabel?: string }): string {
  switch (event.type) {
    case 'STATUS':
      return `${instrument.title} is nu ${status(event.to)}`;
    case 'EDITION':
      return `Nieuwe versie bij ${instrument.title}`;
    case 'REPORT':
      return `Nieuw praktijkvoorbeeld bij ${instrument.title}`;
    case 'PHASE':
      return `Nieuw in de fase ${extra.phaseLabel}: ${instrument.title}`;
  }
}

/** The Dutch follow mails: one per event (IMMEDIATE), or a weekly digest grouped per instrument (WEEKLY). */
export const followMails = {
  immediate: (r: FollowRecipient, event: FollowEvent, instrument: FollowedInstrument, summary: string, token: string, extra: { phaseLabel?: string }): Mail => {
    const what = followedThing(r.kind, r.targetLabel);
    return {
      to: r.to,
      subject: subject(event, instrument, extra),
      text:
        `Beste ${r.name},\n\nEr is nieuws over het instrument "${instrument.title}":\n\n${summary}\n\n${instrumentUrl(instrument.slug)}\n\n` +
        `Je krijgt deze mail omdat je ${what} volgt. Wat je volgt en hoe vaak je mail krijgt: ${appUrl()}${FOLLOW_PATHS.list}\n\n` +
        `Geen mail meer over ${what}? Afmelden met één klik: ${unsubscribePage(token)}\n\n${SIGNATURE}`,
      headers: unsubscribeHeaders(token),
    };
  },
  digest: (r: { to: string; name: string }, instruments: { title: string; slug: string; summaries: string[] }[], token: string): Mail => ({
    to: r.to,
    subject: `Je weekoverzicht: nieuws over ${instruments.length === 1 ? `"${instruments[0].title}"` : `${instruments.length} instrumenten die je volgt`}`,
    text:
      `Beste ${r.name},\n\nDit is er de afgelopen week veranderd aan wat je volgt:\n\n` +
      instruments.map((i) => `${i.title}\n${instrumentUrl(i.slug)}\n${i.summaries.map((s) => `- ${s}`).join('\n')}`).join('\n\n') +
      `\n\nJe krijgt dit overzicht één keer per week. Wat je volgt en hoe vaak je mail krijgt: ${appUrl()}${FOLLOW_PATHS.list}\n\n` +
      `Geen volgmails meer? Afmelden met één klik: ${unsubscribePage(token)}\n\n${SIGNATURE}`,
    headers: unsubscribeHeaders(token),
  }),
};
