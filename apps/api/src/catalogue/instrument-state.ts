import type { EntityManager } from 'typeorm';
import type { EvidenceLevel, InstrumentFieldValues, PrototypeStatus } from '#domain';
import type { FieldChangeRecord } from './instrument-revision.entity.js';
import { selectInstrumentStates } from './instrument-writes.queries.js';

/** An instrument's editable state with vocabulary codes, as curators see and change it. */
export interface InstrumentState extends InstrumentFieldValues {
  id: string;
  slug: string;
  createdAt: Date;
  version: number;
  status: PrototypeStatus;
  evidenceLevel: EvidenceLevel;
}

export type EditableField = Exclude<
  keyof InstrumentState,
  'id' | 'slug' | 'createdAt' | 'version' | 'status' | 'evidenceLevel'
>;

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
  if (('ids' in by ? by.ids : by.slugs).length === 0) return [];
  return selectInstrumentStates(em, by, options.lock ?? false);
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
