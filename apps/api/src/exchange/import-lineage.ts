import type { EntityManager } from 'typeorm';
import type { PrototypeStatus } from '#domain';
import type { Actor } from '../catalogue/instrument-writes.js';
import { insertRevisions, updateReplacedBy } from '../catalogue/instrument-writes.queries.js';
import { readInstrumentStates } from '../catalogue/instrument-state.js';
import { DomainError } from '../common/domain-error.js';
import { writeDerivedFrom } from '../lineage/derived-from.js';
import type { ExchangeExtras } from './import.queries.js';
import type { ImportProblem, ImportProblemCode } from './import-report.js';
import type { ImportItem } from './import-rows.js';

/** The lineage an import writes, by slug, once every instrument of the file exists. */
export interface LineagePlan {
  /** Successors named with a move to RETIRED, which retireInstrument's step writes. */
  statuses: { replacedBy?: string }[];
  derivations: { row: number; slug: string; derivedFrom: string | null }[];
  successors: { row: number; slug: string; old: string | null; replacedBy: string | null }[];
  problems: ImportProblem[];
}

/** What the plan knows of the catalogue and the file. */
export interface LineageContext {
  /** The slug is in the catalogue or in the file. */
  isKnown: (slug: string) => boolean;
  /** The status an instrument will have after the import. */
  finalStatus: (slug: string) => PrototypeStatus;
  isNew: boolean;
}

/**
 * Checks and plans a row's "afgeleid van" and "vervangen door": slugs that exist (in the
 * catalogue or the file), never the instrument itself; a successor only for a retired
 * instrument, and, when an existing one gets a new successor, not a retired one (as
 * retireInstrument requires; a new instrument may carry history from another catalogue).
 * Cycles are found while writing (writeDerivedFrom). Returns whether anything changes.
 */
export function planLineage(plan: LineagePlan, item: ImportItem, extras: ExchangeExtras | undefined, context: LineageContext): boolean {
  const problem = (column: string, code: ImportProblemCode, params: Record<string, string>, text: string) => {
    plan.problems.push({ row: item.row, column, code, params, problem: text });
    return false;
  };
  const valid = (column: string, slug: string): boolean => {
    if (slug === item.slug) return problem(column, 'LINEAGE_SELF', { slug }, `"${slug}" is this instrument itself`);
    if (!context.isKnown(slug)) return problem(column, 'UNKNOWN_INSTRUMENT', { slug }, `there is no instrument "${slug}" in the catalogue or in this file`);
    return true;
  };
  let changed = false;
  if (item.derivedFrom !== undefined && item.derivedFrom !== (extras?.derivedFrom ?? null)) {
    if (item.derivedFrom === null || valid('afgeleid_van', item.derivedFrom)) {
      plan.derivations.push({ row: item.row, slug: item.slug, derivedFrom: item.derivedFrom });
      changed = true;
    }
  }
  if (item.replacedBy !== undefined && item.replacedBy !== (extras?.replacedBy ?? null)) {
    const slug = item.replacedBy;
    if (slug !== null) {
      if (!valid('vervangen_door', slug)) return changed;
      if (context.finalStatus(item.slug) !== 'RETIRED') {
        return problem('vervangen_door', 'REPLACED_BY_NOT_RETIRED', { slug: item.slug }, 'only a retired instrument is replaced by another; leave it empty or retire it');
      }
      if (!context.isNew && context.finalStatus(slug) === 'RETIRED') {
        return problem('vervangen_door', 'REPLACED_BY_RETIRED', { slug: item.slug, replacedBy: slug }, `"${slug}" is retired itself; choose one that is not`);
      }
    }
    plan.successors.push({ row: item.row, slug: item.slug, old: extras?.replacedBy ?? null, replacedBy: slug });
    changed = true;
  }
  return changed;
}

/** Ids and titles (for the revisions) of every instrument the lineage names, once the file's new ones exist. */
export async function lineageTitles(em: EntityManager, plan: LineagePlan): Promise<Map<string, { id: string; title: string }>> {
  const slugs = new Set<string | null | undefined>([
    ...plan.statuses.map((s) => s.replacedBy),
    ...plan.derivations.flatMap((d) => [d.slug, d.derivedFrom]),
    ...plan.successors.flatMap((s) => [s.slug, s.old, s.replacedBy]),
  ]);
  const states = await readInstrumentStates(em, { slugs: [...slugs].filter((s): s is string => !!s) });
  return new Map(states.map((s) => [s.slug, { id: s.id, title: s.title as string }]));
}

/**
 * Writes the successors not named with a retirement (new retired instruments, changed or cleared
 * ones) and, one at a time with the lineage's own checks (itself, a cycle however long), "afgeleid
 * van" in the file's order. Returns the rows whose "afgeleid van" the lineage refused.
 */
export async function writeLineage(
  em: EntityManager,
  plan: LineagePlan,
  titles: Map<string, { id: string; title: string }>,
  actor: Actor,
): Promise<ImportProblem[]> {
  if (plan.successors.length) {
    const changes = plan.successors.map((s) => ({
      id: titles.get(s.slug)!.id,
      old: s.old ? (titles.get(s.old)?.title ?? s.old) : null,
      next: s.replacedBy ? titles.get(s.replacedBy)! : null,
    }));
    // A null clears the successor (unnest passes it through).
    await updateReplacedBy(em, changes.map((c) => c.id), changes.map((c) => c.next?.id ?? null) as string[]);
    await insertRevisions(
      em,
      changes.map((c) => ({ id: c.id, action: 'UPDATE', changes: [{ field: 'replacedBy', old: c.old, new: c.next?.title ?? null }] })),
      actor,
    );
  }
  const problems: ImportProblem[] = [];
  for (const derivation of plan.derivations) {
    const target = derivation.derivedFrom ? titles.get(derivation.derivedFrom)!.id : null;
    try {
      await writeDerivedFrom(em, titles.get(derivation.slug)!.id, target, actor);
    } catch (error) {
      if (!(error instanceof DomainError) || error.code !== 'BAD_USER_INPUT') throw error;
      problems.push({
        row: derivation.row,
        column: 'afgeleid_van',
        code: 'DERIVED_FROM_CYCLE',
        params: { slug: derivation.slug, derivedFrom: derivation.derivedFrom ?? '' },
        problem: error.message,
      });
    }
  }
  return problems;
}
