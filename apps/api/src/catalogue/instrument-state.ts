import type { EntityManager } from 'typeorm';
import type { EvidenceLevel, Origin, PrototypeStatus } from '#domain';
import type { FieldChangeRecord } from './instrument-revision.entity.js';

/** An instrument's editable state with vocabulary codes, as curators see and change it. */
export interface InstrumentState {
  id: string;
  slug: string;
  createdAt: Date;
  version: number;
  status: PrototypeStatus;
  evidenceLevel: EvidenceLevel;
  title: string;
  summary: string;
  description: string;
  origin: Origin;
  type: string;
  ownerOrganisation: string | null;
  contactName: string | null;
  contactEmail: string | null;
  language: string;
  licence: string | null;
  timeNeeded: string | null;
  phases: string[];
  audiences: string[];
  sectors: string[];
  tags: string[];
  links: { label: string; url: string }[];
}

export type EditableField = Exclude<
  keyof InstrumentState,
  'id' | 'slug' | 'createdAt' | 'version' | 'status' | 'evidenceLevel'
>;

const termCodes = (join: string, column: string, table: string) =>
  `ARRAY(SELECT v.code FROM ${join} j JOIN ${table} v ON v.id = j.${column}
         WHERE j.instrument_id = i.id ORDER BY v.position, v.code)`;

/**
 * The states of the instruments with these ids or slugs, in no particular order. With `lock`,
 * the rows stay locked until the transaction ends (taken in id order, so two writers never
 * wait on each other in a circle).
 */
export async function readInstrumentStates(
  em: EntityManager,
  by: { ids: readonly string[] } | { slugs: readonly string[] },
  options: { lock?: boolean } = {},
): Promise<InstrumentState[]> {
  const [column, keys, cast] = 'ids' in by ? ['id', by.ids, 'uuid[]'] : ['slug', by.slugs, 'text[]'];
  if (keys.length === 0) return [];
  return em.query(
    `SELECT i.id, i.slug, i.created_at AS "createdAt", i.version, i.status, i.evidence_level AS "evidenceLevel",
            i.title, i.summary, i.description,
            i.origin, t.code AS type, i.owner_organisation AS "ownerOrganisation", i.contact_name AS "contactName",
            i.contact_email AS "contactEmail", i.language, i.licence, i.time_needed AS "timeNeeded",
            ${termCodes('instrument_phases', 'phase_id', 'phases')} AS phases,
            ${termCodes('instrument_audiences', 'audience_id', 'audiences')} AS audiences,
            ${termCodes('instrument_sectors', 'sector_id', 'sectors')} AS sectors,
            ${termCodes('instrument_tags', 'tag_id', 'tags')} AS tags,
            COALESCE((SELECT json_agg(json_build_object('label', l.label, 'url', l.url) ORDER BY l.position, l.id)
                      FROM instrument_links l WHERE l.instrument_id = i.id), '[]'::json) AS links
     FROM instruments i JOIN instrument_types t ON t.id = i.type_id
     WHERE i.${column} = ANY($1::${cast})
     ${options.lock ? 'ORDER BY i.id FOR UPDATE OF i' : ''}`,
    [keys],
  );
}

/** Reads the state and locks the row until the transaction ends; null when there is no such instrument. */
export async function lockInstrumentState(em: EntityManager, id: string): Promise<InstrumentState | null> {
  return (await readInstrumentStates(em, { ids: [id] }, { lock: true }))[0] ?? null;
}

const SET_FIELDS = new Set<EditableField>(['phases', 'audiences', 'sectors', 'tags']);

function same(field: EditableField, a: unknown, b: unknown): boolean {
  if (SET_FIELDS.has(field) && Array.isArray(a) && Array.isArray(b)) {
    const left = [...(a as string[])].sort();
    const right = [...(b as string[])].sort();
    return JSON.stringify(left) === JSON.stringify(right);
  }
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The fields whose value differs, with old and new values. */
export function diffState(
  current: Partial<Record<EditableField, unknown>>,
  next: Partial<Record<EditableField, unknown>>,
): FieldChangeRecord[] {
  return (Object.keys(next) as EditableField[])
    .filter((field) => next[field] !== undefined && !same(field, current[field] ?? null, next[field]))
    .map((field) => ({ field, old: current[field] ?? null, new: next[field] }));
}
