/**
 * What the proposal form and the curators' instrument editor share: the descriptive fields of an
 * instrument as a form holds them (text as typed, term sets as codes, links as rows), and the
 * checks both make before anything is sent.
 */

export interface LinkRow {
  /** Only for React's list keys while rows are added and removed; never sent. */
  key: string;
  label: string;
  url: string;
}

let nextKey = 0;
export function linkRow(label = '', url = ''): LinkRow {
  nextKey += 1;
  return { key: `link-${nextKey}`, label, url };
}

/** The descriptive fields in the order both forms show them (the first invalid one gets the focus). */
export const DESCRIPTIVE_FIELDS = [
  'title',
  'summary',
  'description',
  'type',
  'phases',
  'audiences',
  'sectors',
  'tags',
  'origin',
  'ownerOrganisation',
  'contactName',
  'contactEmail',
  'licence',
  'language',
  'timeNeeded',
  'links',
] as const;

/** Optional texts; emptied, they are sent as null so that the API clears them. */
export const NULLABLE_TEXT = ['ownerOrganisation', 'contactName', 'contactEmail', 'licence', 'timeNeeded'] as const;

interface Term {
  code: string;
}

/** An instrument or a proposal as the API gives it, enough to fill a form. */
export interface DescribedByApi {
  title: string;
  summary: string;
  description: string;
  type?: Term | null;
  phases: Term[];
  audiences: Term[];
  sectors: Term[];
  tags: Term[];
  ownerOrganisation?: string | null;
  contactName?: string | null;
  contactEmail?: string | null;
  licence?: string | null;
  timeNeeded?: string | null;
  links: { label: string; url: string }[];
}

/** The form values of the descriptive fields (origin and language are each form's own). */
export function descriptiveValues(source: DescribedByApi) {
  return {
    title: source.title,
    summary: source.summary,
    description: source.description,
    type: source.type?.code ?? '',
    phases: source.phases.map((t) => t.code),
    audiences: source.audiences.map((t) => t.code),
    sectors: source.sectors.map((t) => t.code),
    tags: source.tags.map((t) => t.code),
    ownerOrganisation: source.ownerOrganisation ?? '',
    contactName: source.contactName ?? '',
    contactEmail: source.contactEmail ?? '',
    licence: source.licence ?? '',
    timeNeeded: source.timeNeeded ?? '',
    links: source.links.map((l) => linkRow(l.label, l.url)),
  };
}

/** Close to the API's IsEmail: something@host.tld with a top-level domain of two or more characters. */
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)*\.[^\s@.]{2,}$/;

export function isEmailAddress(value: string): boolean {
  return EMAIL.test(value);
}

/** Like the API's IsUrl: http(s), a host with a dot, nothing unsafe. */
export function isWebAddress(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.includes('.') && !/\s/.test(value);
  } catch {
    return false;
  }
}
