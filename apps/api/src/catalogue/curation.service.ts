import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { REQUIRED_FIELD_NAMES, allowedNextStatuses, classifyTransition, toSlug, transitionNeedsNote } from '#domain';
import type { Viewer } from '../accounts/viewer.js';
import { isForeignKeyViolation, isUniqueViolation } from '../database/postgres-errors.js';
import { DomainError, badInput } from '../common/domain-error.js';
import { VocabularyService } from '../vocabularies/vocabulary.service.js';
import { CatalogueQueries, type InstrumentRow } from './catalogue.queries.js';
import type {
  ChangeInstrumentStatusInput,
  CreateInstrumentInput,
  RetireInstrumentInput,
  UpdateInstrumentInput,
} from './curation.inputs.js';
import { lockInstrumentState, readInstrumentStates, type InstrumentState } from './instrument-state.js';
import { checkTermCodes, normaliseFields, requireFields } from './instrument-fields.normalise.js';
import { lockLineage, writeDerivedFrom } from '../lineage/derived-from.js';
import { applyFieldChanges, applyStatusChanges, createInstruments } from './instrument-writes.js';
import { FollowEventsService } from '../following/follow-events.service.js';

@Injectable()
export class CurationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly vocabularies: VocabularyService,
    private readonly queries: CatalogueQueries,
    private readonly followEvents: FollowEventsService,
  ) {}

  /** Within `em` when given (accepting a proposal), else in a transaction of its own. */
  async create(input: CreateInstrumentInput, viewer: Viewer, em?: EntityManager): Promise<InstrumentRow> {
    const fields = normaliseFields(input);
    requireFields(fields, REQUIRED_FIELD_NAMES, 'A new instrument');
    if (!classifyTransition(null, input.status)) {
      throw badInput(`A new instrument starts as ${allowedNextStatuses(null).join(' or ')}.`, 'status');
    }
    const vocabulary = await this.vocabularies.snapshot();
    checkTermCodes(vocabulary, fields);
    const slug = input.slug ?? toSlug(fields.title as string);
    if (slug.length < 3) throw badInput('Choose a slug: the title gives too short a one.', 'slug');
    const evidenceReason = input.evidenceReason?.trim() || null;
    if (input.evidenceLevel !== 'NOT_ASSESSED' && !evidenceReason) {
      throw badInput('Say why the instrument has this evidence level.', 'evidenceReason');
    }

    return this.write(async (em) => {
      if (input.derivedFromId) await lockLineage(em);
      const ids = await createInstruments(
        em,
        [{ slug, fields, status: input.status, evidenceLevel: input.evidenceLevel, evidenceReason }],
        vocabulary,
        viewer,
      );
      const id = ids.get(slug)!;
      if (input.derivedFromId) await writeDerivedFrom(em, id, input.derivedFromId, viewer);
      // A new instrument (also an accepted proposal's) enters its phases: their followers hear.
      await this.followEvents.record(em, { type: 'PHASE', instrumentId: id, phaseCodes: (fields.phases as string[] | undefined) ?? [] }, viewer.accountId);
      return id;
    }, em);
  }

  async update(input: UpdateInstrumentInput, viewer: Viewer): Promise<InstrumentRow> {
    const fields = normaliseFields(input);
    const vocabulary = await this.vocabularies.snapshot();
    checkTermCodes(vocabulary, fields);

    return this.write(async (em) => {
      if (input.derivedFromId !== undefined) await lockLineage(em);
      const current = await this.lock(em, input.id);
      if (current.version !== input.version) {
        throw new DomainError(
          'CONFLICT',
          `Someone else saved this instrument after you opened it (your version ${input.version}, now ${current.version}). Reload it and apply your changes again.`,
          ['version'],
          { currentVersion: current.version },
        );
      }
      await applyFieldChanges(em, [{ current, fields }], vocabulary, viewer);
      if (input.derivedFromId !== undefined) await writeDerivedFrom(em, current.id, input.derivedFromId, viewer);
      const entered = ((fields.phases as string[] | undefined) ?? []).filter((code) => !current.phases.includes(code));
      if (current.status !== 'RETIRED') await this.followEvents.record(em, { type: 'PHASE', instrumentId: current.id, phaseCodes: entered }, viewer.accountId);
      return current.id;
    });
  }

  async changeStatus(input: ChangeInstrumentStatusInput, viewer: Viewer): Promise<InstrumentRow> {
    const note = input.note?.trim() || null;
    // Ids as PostgreSQL writes them (a UUID may come in upper case), so that "itself" is recognised.
    const replacedById = input.replacedById?.toLowerCase() ?? null;
    if (replacedById && input.status !== 'RETIRED') {
      throw badInput('Only a retired instrument is replaced by another; leave replacedById out.', 'replacedById');
    }
    if (replacedById === input.id.toLowerCase()) throw badInput('An instrument cannot replace itself.', 'replacedById');
    return this.write(async (em) => {
      // The successor is locked with the instrument (in id order), so it cannot be retired meanwhile.
      const [current, successor] = await this.lockWithSuccessor(em, input.id, replacedById);
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
      await applyStatusChanges(em, [{ id: current.id, from: current.status, to: input.status, note, replacedBy: successor }], viewer);
      await this.followEvents.record(em, { type: 'STATUS', instrumentId: current.id, from: current.status, to: input.status }, viewer.accountId);
      return current.id;
    });
  }

  retire(input: RetireInstrumentInput, viewer: Viewer): Promise<InstrumentRow> {
    return this.changeStatus({ id: input.id, status: 'RETIRED', note: input.note, replacedById: input.replacedById }, viewer);
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

  /** The instrument and, when named, its successor: it must exist and not be retired. */
  private async lockWithSuccessor(
    em: EntityManager,
    id: string,
    successorId: string | null,
  ): Promise<[InstrumentState, InstrumentState | null]> {
    if (!successorId) return [await this.lock(em, id), null];
    const states = await readInstrumentStates(em, { ids: [id, successorId] }, { lock: true });
    const current = states.find((state) => state.id === id.toLowerCase());
    const successor = states.find((state) => state.id === successorId);
    if (!current) throw new DomainError('NOT_FOUND', 'There is no instrument with this id.', ['id']);
    if (!successor) throw badInput('There is no instrument with this id to replace it.', 'replacedById');
    if (successor.status === 'RETIRED') {
      throw badInput('The instrument named to replace it is retired itself; choose one that is not.', 'replacedById');
    }
    return [current, successor];
  }

  private async lock(em: EntityManager, id: string): Promise<InstrumentState> {
    const state = await lockInstrumentState(em, id);
    if (!state) throw new DomainError('NOT_FOUND', 'There is no instrument with this id.', ['id']);
    return state;
  }
}
