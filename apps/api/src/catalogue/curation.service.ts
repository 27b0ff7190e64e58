import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import {
  allowedNextStatuses,
  classifyTransition,
  toSlug,
  transitionNeedsNote,
  type PrototypeStatus,
  type ReferenceVocabulary,
} from '#domain';
import type { Viewer } from '../accounts/viewer.js';
import { isForeignKeyViolation, isUniqueViolation } from '../database/postgres-errors.js';
import { DomainError, badInput } from '../graphql/domain-error.js';
import { VocabularyService, type VocabularySnapshot } from '../vocabularies/vocabulary.service.js';
import { CatalogueQueries, type InstrumentRow } from './catalogue.queries.js';
import type {
  ChangeInstrumentStatusInput,
  CreateInstrumentInput,
  InstrumentFieldsInput,
  RetireInstrumentInput,
  SetInstrumentEvidenceInput,
  UpdateInstrumentInput,
} from './curation.inputs.js';
import type { FieldChangeRecord } from './instrument-revision.entity.js';
import { diffState, lockInstrumentState, type EditableField, type InstrumentState } from './instrument-state.js';

type Fields = Partial<Record<EditableField, unknown>>;

const NULLABLE_TEXT: EditableField[] = ['ownerOrganisation', 'contactName', 'contactEmail', 'licence', 'timeNeeded'];
const TEXT: EditableField[] = ['title', 'summary', 'description', 'language', 'origin', 'type'];
const TERM_FIELDS = {
  phases: ['phase', 'instrument_phases', 'phase_id'],
  audiences: ['audience', 'instrument_audiences', 'audience_id'],
  sectors: ['sector', 'instrument_sectors', 'sector_id'],
  tags: ['tag', 'instrument_tags', 'tag_id'],
} as const satisfies Record<string, [ReferenceVocabulary, string, string]>;
const COLUMNS: Partial<Record<EditableField, string>> = {
  title: 'title',
  summary: 'summary',
  description: 'description',
  origin: 'origin',
  ownerOrganisation: 'owner_organisation',
  contactName: 'contact_name',
  contactEmail: 'contact_email',
  language: 'language',
  licence: 'licence',
  timeNeeded: 'time_needed',
};

/** Trimmed text, empty optional text as null, each code once: what the curator meant. */
function normaliseFields(input: InstrumentFieldsInput): Fields {
  const fields: Fields = {};
  for (const field of TEXT) {
    const value = input[field as keyof InstrumentFieldsInput];
    if (typeof value === 'string') fields[field] = value.trim();
  }
  for (const field of NULLABLE_TEXT) {
    const value = input[field as keyof InstrumentFieldsInput];
    if (value === null || typeof value === 'string') fields[field] = (value as string | null)?.trim() || null;
  }
  for (const field of Object.keys(TERM_FIELDS) as (keyof typeof TERM_FIELDS)[]) {
    if (input[field]) fields[field] = [...new Set(input[field])];
  }
  if (input.links) fields.links = input.links.map((l) => ({ label: l.label.trim(), url: l.url.trim() }));
  return fields;
}

@Injectable()
export class CurationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly vocabularies: VocabularyService,
    private readonly queries: CatalogueQueries,
  ) {}

  /** Within `em` when given (accepting a proposal), else in a transaction of its own. */
  async create(input: CreateInstrumentInput, viewer: Viewer, em?: EntityManager): Promise<InstrumentRow> {
    const fields = normaliseFields(input);
    const missing = (['title', 'summary', 'phases', 'type', 'origin'] as const).filter((f) => fields[f] === undefined);
    if (missing.length) throw badInput(`A new instrument needs ${missing.join(', ')}.`, ...missing);
    if (!classifyTransition(null, input.status)) {
      throw badInput(`A new instrument starts as ${allowedNextStatuses(null).join(' or ')}.`, 'status');
    }
    const vocabulary = await this.vocabularies.snapshot();
    const typeId = this.termIds(vocabulary, 'type', [fields.type as string], 'type')[0];
    const slug = input.slug ?? toSlug(fields.title as string);
    if (slug.length < 3) throw badInput('Choose a slug: the title gives too short a one.', 'slug');

    return this.write(async (em) => {
      const [{ id }]: { id: string }[] = await em.query(
        `INSERT INTO instruments (slug, title, summary, description, status, evidence_level, origin, type_id,
           owner_organisation, contact_name, contact_email, language, licence, time_needed)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING id`,
        [
          slug, fields.title, fields.summary, fields.description ?? '', input.status, input.evidenceLevel,
          fields.origin, typeId, fields.ownerOrganisation ?? null, fields.contactName ?? null,
          fields.contactEmail ?? null, fields.language ?? 'nl', fields.licence ?? null, fields.timeNeeded ?? null,
        ],
      );
      await this.writeRelations(em, id, fields, vocabulary);
      await this.appendStatusChange(em, id, null, input.status, null, viewer);
      const created: Fields & { status: string; evidenceLevel: string; slug: string } = {
        slug, ...fields, status: input.status, evidenceLevel: input.evidenceLevel,
      };
      await this.appendRevision(em, id, viewer, 'CREATE', diffState({}, created as Fields));
      return id;
    }, em);
  }

  async update(input: UpdateInstrumentInput, viewer: Viewer): Promise<InstrumentRow> {
    const fields = normaliseFields(input);
    const vocabulary = await this.vocabularies.snapshot();
    for (const field of Object.keys(TERM_FIELDS) as (keyof typeof TERM_FIELDS)[]) {
      if (fields[field]) this.termIds(vocabulary, TERM_FIELDS[field][0], fields[field] as string[], field);
    }
    if (fields.type !== undefined) this.termIds(vocabulary, 'type', [fields.type as string], 'type');

    return this.write(async (em) => {
      const current = await this.lock(em, input.id);
      if (current.version !== input.version) {
        throw new DomainError(
          'CONFLICT',
          `Someone else saved this instrument after you opened it (your version ${input.version}, now ${current.version}). Reload it and apply your changes again.`,
          ['version'],
          { currentVersion: current.version },
        );
      }
      const changes = diffState(current, fields);
      if (changes.length === 0) return current.id;
      const changed = Object.fromEntries(changes.map((c) => [c.field, c.new])) as Fields;
      const sets: string[] = ['version = version + 1', 'updated_at = now()'];
      const values: unknown[] = [current.id];
      for (const [field, column] of Object.entries(COLUMNS) as [EditableField, string][]) {
        if (field in changed) {
          values.push(changed[field]);
          sets.push(`${column} = $${values.length}`);
        }
      }
      if ('type' in changed) {
        values.push(this.termIds(vocabulary, 'type', [changed.type as string], 'type')[0]);
        sets.push(`type_id = $${values.length}`);
      }
      await em.query(`UPDATE instruments SET ${sets.join(', ')} WHERE id = $1`, values);
      await this.writeRelations(em, current.id, changed, vocabulary, true);
      await this.appendRevision(em, current.id, viewer, 'UPDATE', changes);
      return current.id;
    });
  }

  async changeStatus(input: ChangeInstrumentStatusInput, viewer: Viewer): Promise<InstrumentRow> {
    const note = input.note?.trim() || null;
    return this.write(async (em) => {
      const current = await this.lock(em, input.id);
      const kind = classifyTransition(current.status, input.status);
      if (!kind) {
        const allowed = allowedNextStatuses(current.status);
        throw badInput(
          `An instrument cannot go from ${current.status} to ${input.status}; ` +
            (allowed.length ? `allowed next: ${allowed.join(', ')}.` : 'a retired instrument stays retired.'),
          'status',
        );
      }
      if (transitionNeedsNote(kind) && !note) {
        throw badInput(
          kind === 'RETIRE' ? 'Say in a note why the instrument is retired.' : 'Say in a note why the instrument goes a step back.',
          'note',
        );
      }
      await em.query(`UPDATE instruments SET status = $2, version = version + 1, updated_at = now() WHERE id = $1`, [
        current.id,
        input.status,
      ]);
      await this.appendStatusChange(em, current.id, current.status, input.status, note, viewer);
      await this.appendRevision(em, current.id, viewer, 'STATUS', [
        { field: 'status', old: current.status, new: input.status },
      ]);
      return current.id;
    });
  }

  retire(input: RetireInstrumentInput, viewer: Viewer): Promise<InstrumentRow> {
    return this.changeStatus({ id: input.id, status: 'RETIRED', note: input.note }, viewer);
  }

  async setEvidence(input: SetInstrumentEvidenceInput, viewer: Viewer): Promise<InstrumentRow> {
    return this.write(async (em) => {
      const current = await this.lock(em, input.id);
      if (current.evidenceLevel === input.evidenceLevel) return current.id;
      await em.query(
        `UPDATE instruments SET evidence_level = $2, version = version + 1, updated_at = now() WHERE id = $1`,
        [current.id, input.evidenceLevel],
      );
      await this.appendRevision(em, current.id, viewer, 'EVIDENCE', [
        { field: 'evidenceLevel', old: current.evidenceLevel, new: input.evidenceLevel },
      ]);
      return current.id;
    });
  }

  /** One transaction per mutation; database constraint violations become clear domain errors. */
  private async write(work: (em: EntityManager) => Promise<string>, outer?: EntityManager): Promise<InstrumentRow> {
    const run = async (em: EntityManager) => (await this.queries.byId(await work(em), em))!;
    try {
      return await (outer ? run(outer) : this.dataSource.transaction(run));
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new DomainError('CONFLICT', 'Another instrument already has this slug; choose another.', ['slug']);
      }
      if (isForeignKeyViolation(error)) {
        throw new DomainError('CONFLICT', 'A vocabulary value was removed meanwhile; reload and try again.');
      }
      throw error;
    }
  }

  private async lock(em: EntityManager, id: string): Promise<InstrumentState> {
    const state = await lockInstrumentState(em, id);
    if (!state) throw new DomainError('NOT_FOUND', 'There is no instrument with this id.', ['id']);
    return state;
  }

  private termIds(vocabulary: VocabularySnapshot, name: ReferenceVocabulary, codes: string[], field: string): number[] {
    const unknown = codes.filter((code) => !vocabulary.termByCode(name, code));
    if (unknown.length) {
      throw badInput(`Unknown ${name} code ${unknown.map((c) => `"${c}"`).join(', ')}.`, field);
    }
    return codes.map((code) => vocabulary.termByCode(name, code)!.id);
  }

  /** Writes the term sets and links that `fields` holds; `replace` clears the old ones first. */
  private async writeRelations(
    em: EntityManager,
    id: string,
    fields: Fields,
    vocabulary: VocabularySnapshot,
    replace = false,
  ): Promise<void> {
    for (const [field, [name, table, column]] of Object.entries(TERM_FIELDS)) {
      const codes = fields[field as EditableField] as string[] | undefined;
      if (!codes) continue;
      if (replace) await em.query(`DELETE FROM ${table} WHERE instrument_id = $1`, [id]);
      const ids = this.termIds(vocabulary, name, codes, field);
      if (ids.length) {
        await em.query(`INSERT INTO ${table} (instrument_id, ${column}) SELECT $1, unnest($2::int[])`, [id, ids]);
      }
    }
    const links = fields.links as { label: string; url: string }[] | undefined;
    if (links) {
      if (replace) await em.query(`DELETE FROM instrument_links WHERE instrument_id = $1`, [id]);
      await em.query(
        `INSERT INTO instrument_links (instrument_id, position, label, url)
         SELECT $1, position, label, url FROM unnest($2::text[], $3::text[]) WITH ORDINALITY AS l(label, url, position)`,
        [id, links.map((l) => l.label), links.map((l) => l.url)],
      );
    }
  }

  private appendStatusChange(
    em: EntityManager,
    id: string,
    from: PrototypeStatus | null,
    to: PrototypeStatus,
    note: string | null,
    viewer: Viewer,
  ): Promise<unknown> {
    return em.query(
      `INSERT INTO instrument_status_changes (instrument_id, from_status, to_status, note, changed_by_id, changed_by_name)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [id, from, to, note, viewer.accountId, viewer.displayName],
    );
  }

  private appendRevision(
    em: EntityManager,
    id: string,
    viewer: Viewer,
    action: string,
    changes: FieldChangeRecord[],
  ): Promise<unknown> {
    return em.query(
      `INSERT INTO instrument_revisions (instrument_id, changed_by_id, changed_by_name, action, changes)
       VALUES ($1, $2, $3, $4, $5::jsonb)`,
      [id, viewer.accountId, viewer.displayName, action, JSON.stringify(changes)],
    );
  }
}
