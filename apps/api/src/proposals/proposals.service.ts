import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import {
  DECIDED_PROPOSAL_STATUSES,
  INSTRUMENT_FIELD_NAMES,
  PROPOSAL_ACTIONS,
  REQUIRED_FIELD_NAMES,
  canTakeProposalAction,
  hasRole,
  type ProposalAction,
} from '#domain';
import type { Viewer } from '../accounts/viewer.js';
import { CurationService } from '../catalogue/curation.service.js';
import type { CreateInstrumentInput } from '../catalogue/curation.inputs.js';
import { checkTermCodes, normaliseFields, requireFields } from '../catalogue/instrument-fields.normalise.js';
import { normaliseSearch } from '../catalogue/search-text.js';
import { DomainError, badInput } from '../common/domain-error.js';
import { AttachmentsOnAccept } from '../files/attachments-on-accept.js';
import { afterKey, isTimestampAndId, keysetPage } from '../common/keyset.js';
import { MailsService } from '../mails/mails.service.js';
import { OutboxService } from '../notifications/outbox.service.js';
import { VocabularyService } from '../vocabularies/vocabulary.service.js';
import { snapshotOf } from './proposal-changes.js';
import { proposalMails } from './proposal-mails.js';
import type {
  AcceptProposalInput,
  ProposalDecisionInput,
  ProposalsArgs,
  SimilarInstrumentsArgs,
  SubmitProposalInput,
  UpdateProposalInput,
} from './proposal.inputs.js';
import type { Proposal, ProposalConnection, ProposalEvent, SimilarItem } from './proposal.model.js';
import { ProposalsQueries, type ProposalValues } from './proposals.queries.js';

/** What a proposal needs: what a new instrument needs, but for the origin, which defaults to EXISTING. */
const PROPOSAL_NEEDS = REQUIRED_FIELD_NAMES.filter((name) => name !== 'origin');

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

@Injectable()
export class ProposalsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly vocabularies: VocabularyService,
    private readonly curation: CurationService,
    private readonly outbox: OutboxService,
    private readonly queries: ProposalsQueries,
    private readonly attachments: AttachmentsOnAccept,
    private readonly mails: MailsService,
  ) {}

  async submit(input: SubmitProposalInput, viewer: Viewer): Promise<Proposal> {
    const values = await this.checkedValues(input, PROPOSAL_NEEDS);
    return this.dataSource.transaction(async (em) => {
      const id = await this.queries.insert(em, viewer.accountId, values);
      await this.queries.addEvent(em, id, null, 'SUBMITTED', null, viewer);
      const proposal = await this.byId(id, em);
      // Curators hear that it waits, the proposer that it arrived: with the submit or not at all.
      await this.mails.proposalWaiting(em, { title: proposal.title, proposalId: id, resubmitted: false });
      await this.mails.proposalReceived(em, this.mailTarget(proposal));
      return proposal;
    });
  }

  async update(input: UpdateProposalInput, viewer: Viewer): Promise<Proposal> {
    const values = await this.checkedValues(input, []);
    return this.dataSource.transaction(async (em) => {
      const proposal = await this.lockOwn(em, input.id, viewer);
      this.assertAction('EDIT', proposal);
      await this.queries.update(em, proposal.id, values);
      return this.byId(proposal.id, em);
    });
  }

  resubmit(id: string, viewer: Viewer): Promise<Proposal> {
    return this.transition(id, viewer, 'RESUBMIT', null, {
      own: true,
      notify: (em, p) => this.mails.proposalWaiting(em, { title: p.title, proposalId: p.id, resubmitted: true }),
    });
  }

  withdraw(id: string, viewer: Viewer): Promise<Proposal> {
    return this.transition(id, viewer, 'WITHDRAW', null, { own: true });
  }

  startReview(id: string, viewer: Viewer): Promise<Proposal> {
    return this.transition(id, viewer, 'START_REVIEW', null, { assign: true });
  }

  requestChanges(input: ProposalDecisionInput, viewer: Viewer): Promise<Proposal> {
    return this.transition(input.id, viewer, 'REQUEST_CHANGES', input.reason.trim(), {
      mail: (p) => proposalMails.changesRequested(this.mailTarget(p), input.reason.trim()),
    });
  }

  reject(input: ProposalDecisionInput, viewer: Viewer): Promise<Proposal> {
    return this.transition(input.id, viewer, 'REJECT', input.reason.trim(), {
      mail: (p) => proposalMails.rejected(this.mailTarget(p), input.reason.trim()),
    });
  }

  /** Creates the instrument in the same transaction; the row lock makes a second accept see ACCEPTED. */
  async accept(input: AcceptProposalInput, viewer: Viewer): Promise<Proposal> {
    return this.dataSource.transaction(async (em) => {
      const proposal = await this.lock(em, input.id);
      this.assertAction('ACCEPT', proposal);
      // The proposal's fields carry the instrument's names: accepting picks them, then the curator's edits.
      const described = Object.fromEntries(INSTRUMENT_FIELD_NAMES.map((name) => [name, proposal[name]]));
      // Only the fields the curator gave: the validated input object holds every other one as undefined.
      const edits = Object.fromEntries(Object.entries(input.edits ?? {}).filter(([, value]) => value !== undefined));
      const instrument = await this.curation.create(
        {
          ...described,
          ...edits,
          slug: input.slug,
          status: input.status,
          evidenceLevel: 'NOT_ASSESSED',
          derivedFromId: input.derivedFromId,
        } as CreateInstrumentInput,
        viewer,
        em,
      );
      await this.queries.markAccepted(em, proposal.id, instrument.id, viewer.accountId);
      await this.attachments.moveToInstrument(em, proposal.id, instrument.id);
      await this.queries.addEvent(em, proposal.id, proposal.status, 'ACCEPTED', null, viewer);
      await this.outbox.enqueue(em, proposalMails.accepted(this.mailTarget(proposal), instrument.slug));
      return this.byId(proposal.id, em);
    });
  }

  /** A proposal for its proposer and for curators; NOT_FOUND for everyone else (it is not theirs to know). */
  async visibleTo(id: string, viewer: Viewer): Promise<Proposal> {
    const proposal = await this.find(id);
    if (!proposal || (proposal.proposerId !== viewer.accountId && !hasRole(viewer.role, 'CURATOR'))) {
      throw new DomainError('NOT_FOUND', 'There is no proposal with this id.', ['id']);
    }
    return proposal;
  }

  /** For a page of instruments at once: the proposals they came from. */
  async byInstrumentIds(ids: readonly string[]): Promise<(Proposal | null)[]> {
    const rows = await this.queries.byInstrumentIds(ids);
    const byInstrument = new Map(rows.map((r) => [r.instrumentId, r]));
    return ids.map((id) => byInstrument.get(id) ?? null);
  }

  /** Events of several proposals, oldest first. */
  async eventsOf(ids: readonly string[]): Promise<ProposalEvent[][]> {
    const rows = await this.queries.eventsOf(ids);
    return ids.map((id) => rows.filter((r) => r.proposalId === id).map(({ proposalId: _, ...event }) => event));
  }

  async mine(viewer: Viewer): Promise<Proposal[]> {
    return this.queries.byProposer(viewer.accountId);
  }

  /** Oldest first: the queue as curators work through it. */
  async list(args: ProposalsArgs): Promise<ProposalConnection> {
    const after = afterKey<[string, string]>(args.after, isTimestampAndId);
    const [rows, count] = await Promise.all([
      this.queries.page(args.status ?? null, after, args.first + 1),
      this.queries.count(args.status ?? null),
    ]);
    const { edges, pageInfo } = keysetPage(rows, args.first, ({ cursorKey, ...node }) => ({ key: [cursorKey, node.id], node }));
    return { totalCount: count, edges, pageInfo };
  }

  async awaitingReview(): Promise<number> {
    return this.queries.count('SUBMITTED');
  }

  /**
   * Five closest instruments and open proposals: trigram similarity of titles plus full text on
   * summaries. Instruments are ranked among bounded candidates found by key, so the cost stays flat
   * as the catalogue grows: those with exactly this title, and for each word of the title the
   * instruments (at most 20) whose title has one of its three nearest spellings in the dictionary
   * of title words (migration TitleWords); the 20 nearest titles among them are then reordered
   * with the summary.
   */
  async similar(args: SimilarInstrumentsArgs): Promise<SimilarItem[]> {
    const title = normaliseSearch(args.title);
    if (!title) return [];
    const summary = normaliseSearch(args.summary) ?? '';
    return this.queries.similar(title, summary);
  }

  private async transition(
    id: string,
    viewer: Viewer,
    action: ProposalAction,
    reason: string | null,
    options: {
      own?: boolean;
      assign?: boolean;
      mail?: (p: Proposal) => ReturnType<typeof proposalMails.rejected>;
      notify?: (em: EntityManager, p: Proposal) => Promise<void>;
    },
  ): Promise<Proposal> {
    return this.dataSource.transaction(async (em) => {
      const proposal = options.own ? await this.lockOwn(em, id, viewer) : await this.lock(em, id);
      this.assertAction(action, proposal);
      const to = PROPOSAL_ACTIONS[action].to!;
      await this.queries.setStatus(em, proposal.id, to, reason, options.assign ? viewer.accountId : null);
      // A request for changes keeps the fields as they are now, to show later what the proposer changed.
      const snapshot = to === 'CHANGES_REQUESTED' ? snapshotOf(proposal) : null;
      await this.queries.addEvent(em, proposal.id, proposal.status, to, reason, viewer, snapshot);
      if (options.mail) await this.outbox.enqueue(em, options.mail(proposal));
      if (options.notify) await options.notify(em, proposal);
      return this.byId(proposal.id, em);
    });
  }

  private assertAction(action: ProposalAction, proposal: Proposal): void {
    if (canTakeProposalAction(action, proposal.status)) return;
    if (DECIDED_PROPOSAL_STATUSES.includes(proposal.status)) {
      throw new DomainError('CONFLICT', `This proposal was already decided (${proposal.status}).`, ['id'], {
        currentStatus: proposal.status,
      });
    }
    const allowedFrom = PROPOSAL_ACTIONS[action].from.join(' or ');
    throw badInput(`This is possible for a proposal that is ${allowedFrom}; this one is ${proposal.status}.`, 'id');
  }

  private mailTarget(p: Proposal) {
    return { to: p.proposerEmail, name: p.proposerName, title: p.title, proposalId: p.id };
  }

  /** The one normalise-and-check path of the instrument's fields, plus the motivation; `needs` for a new proposal. */
  private async checkedValues(input: SubmitProposalInput | UpdateProposalInput, needs: typeof PROPOSAL_NEEDS): Promise<ProposalValues> {
    const fields = normaliseFields(input);
    requireFields(fields, needs, 'A proposal');
    checkTermCodes(await this.vocabularies.snapshot(), fields);
    return { ...fields, motivation: input.motivation?.trim() };
  }

  private async lock(em: EntityManager, id: string): Promise<Proposal> {
    await this.queries.lock(em, id);
    const proposal = await this.find(id, em);
    if (!proposal) throw new DomainError('NOT_FOUND', 'There is no proposal with this id.', ['id']);
    return proposal;
  }

  private async lockOwn(em: EntityManager, id: string, viewer: Viewer): Promise<Proposal> {
    const proposal = await this.lock(em, id);
    if (proposal.proposerId !== viewer.accountId) {
      throw new DomainError('NOT_FOUND', 'There is no proposal of yours with this id.', ['id']);
    }
    return proposal;
  }

  private async find(id: string, em: EntityManager = this.dataSource.manager): Promise<Proposal | null> {
    // `proposal(id:)` takes any string; what is not a uuid names no proposal.
    if (!UUID.test(id)) return null;
    return (await this.queries.byId(id, em)) ?? null;
  }

  private async byId(id: string, em: EntityManager): Promise<Proposal> {
    return (await this.find(id, em))!;
  }
}
