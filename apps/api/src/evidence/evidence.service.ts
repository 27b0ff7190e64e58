import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Viewer } from '../accounts/viewer.js';
import { DomainError, badInput } from '../common/domain-error.js';
import { CatalogueQueries, type InstrumentRow } from '../catalogue/catalogue.queries.js';
import { lockInstrumentState } from '../catalogue/instrument-state.js';
import { applyEvidenceChanges } from '../catalogue/instrument-writes.js';
import type { AssessEvidenceInput, EvidenceSourceInput } from './assess-evidence.input.js';
import type { EvidenceSourceValues } from './evidence-writes.queries.js';

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
      await applyEvidenceChanges(em, [{ id: current.id, from: current.evidenceLevel, to: input.evidenceLevel, reason, sources }], viewer);
      return (await this.queries.byId(current.id, em))!;
    });
  }
}
