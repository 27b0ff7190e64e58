import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { Viewer } from '../accounts/viewer.js';
import { DomainError, badInput } from '../common/domain-error.js';
import { CatalogueQueries, type InstrumentRow } from '../catalogue/catalogue.queries.js';
import { lockInstrumentState } from '../catalogue/instrument-state.js';
import { applyEvidenceChanges } from '../catalogue/instrument-writes.js';
import type { AssessEvidenceInput, EvidenceSourceInput } from './assess-evidence.input.js';
import { citedPilots, citedPracticeReports, type EvidenceSourceValues } from './evidence-writes.queries.js';

/** The column each kind of source needs; the others stay empty (the table's CHECK says the same). */
const SOURCE_COLUMN = { LINK: 'url', PRACTICE_REPORT: 'practiceReportId', PILOT: 'pilotId' } as const;
const SOURCE_COLUMNS = ['url', 'label', 'practiceReportId', 'pilotId'] as const;

/** Checks each source against its kind; the field names say which source, e.g. `sources.1.url`. */
export function checkSources(sources: readonly EvidenceSourceInput[]): EvidenceSourceValues[] {
  return sources.map((source, index) => {
    const needed = SOURCE_COLUMN[source.kind];
    const allowed = new Set<string>(source.kind === 'LINK' ? ['url', 'label'] : [needed]);
    const field = (name: string) => `sources.${index}.${name}`;
    if (!source[needed]) throw badInput(`A ${source.kind} source needs ${needed}.`, field(needed));
    if (source.kind === 'LINK' && !source.label?.trim()) throw badInput('A link needs a label.', field('label'));
    const extra = SOURCE_COLUMNS.find((name) => !allowed.has(name) && source[name] != null);
    if (extra) throw badInput(`A ${source.kind} source has no ${extra}; leave it out.`, field(extra));
    return {
      kind: source.kind,
      url: source.url ?? null,
      label: source.label?.trim() ?? null,
      practiceReportId: source.practiceReportId?.toLowerCase() ?? null,
      pilotId: source.pilotId?.toLowerCase() ?? null,
    };
  });
}

/** Assessments of evidence levels: each one appended with its reason, in one transaction with the level. */
@Injectable()
export class EvidenceService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queries: CatalogueQueries,
  ) {}

  async assess(input: AssessEvidenceInput, viewer: Viewer): Promise<InstrumentRow> {
    const reason = input.reason.trim();
    if (!reason) throw badInput('Say why the instrument has this level.', 'reason');
    const sources = checkSources(input.sources ?? []);
    return this.dataSource.transaction(async (em) => {
      const current = await lockInstrumentState(em, input.instrumentId);
      if (!current) throw new DomainError('NOT_FOUND', 'There is no instrument with this id.', ['instrumentId']);
      const cited = await labelCitations(em, current.id, sources);
      await applyEvidenceChanges(em, [{ id: current.id, from: current.evidenceLevel, to: input.evidenceLevel, reason, sources: cited }], viewer);
      return (await this.queries.byId(current.id, em))!;
    });
  }
}

/**
 * A cited practice report must be published and about this instrument, a cited pilot of this
 * instrument; each gets its label (community and period), which the history keeps should it be deleted.
 */
async function labelCitations(em: EntityManager, instrumentId: string, sources: readonly EvidenceSourceValues[]): Promise<EvidenceSourceValues[]> {
  const ids = (kind: 'PRACTICE_REPORT' | 'PILOT') =>
    sources.filter((s) => s.kind === kind).map((s) => (kind === 'PILOT' ? s.pilotId! : s.practiceReportId!));
  const reports = await citedPracticeReports(em, ids('PRACTICE_REPORT'));
  const pilots = await citedPilots(em, ids('PILOT'));
  return sources.map((source, index) => {
    if (source.kind === 'LINK') return source;
    const row = source.kind === 'PILOT' ? pilots.find((p) => p.id === source.pilotId) : reports.find((r) => r.id === source.practiceReportId);
    if (source.kind === 'PILOT' && row?.instrumentId !== instrumentId) {
      throw badInput('Cite a pilot of this instrument.', `sources.${index}.pilotId`);
    }
    if (source.kind === 'PRACTICE_REPORT' && (row?.instrumentId !== instrumentId || row.status !== 'PUBLISHED')) {
      throw badInput('Cite a published practice report about this instrument.', `sources.${index}.practiceReportId`);
    }
    return { ...source, label: row!.label };
  });
}
