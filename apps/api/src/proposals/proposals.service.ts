import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import {
  DECIDED_PROPOSAL_STATUSES,
  OPEN_PROPOSAL_STATUSES,
  PROPOSAL_ACTIONS,
  canTakeProposalAction,
  hasRole,
  type ProposalAction,
  type ReferenceVocabulary,
} from '#domain';
import type { Viewer } from '../accounts/viewer.js';
import { CurationService } from '../catalogue/curation.service.js';
import { preparedQuery } from '../database/prepared-query.js';
import { normaliseSearch } from '../catalogue/search-text.js';
import type { InstrumentFieldsInput } from '../catalogue/curation.inputs.js';
import { DomainError, badInput } from '../common/domain-error.js';
import { afterKey, isTimestampAndId, keysetPage } from '../common/keyset.js';
import { OutboxService } from '../notifications/outbox.service.js';
import { VocabularyService } from '../vocabularies/vocabulary.service.js';
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

export const PROPOSAL_COLUMNS = `p.id, p.status, p.title, p.summary, p.description, p.phases AS "phaseCodes", p.type AS "typeCode",
  p.audiences AS "audienceCodes", p.sectors AS "sectorCodes", p.tags AS "tagCodes", p.origin,
  p.owner_organisation AS "ownerOrganisation", p.contact_name AS "contactName", p.contact_email AS "contactEmail",
  p.links, p.language, p.licence, p.time_needed AS "timeNeeded", p.motivation, p.proposer_id AS "proposerId",
  pa.email AS "proposerEmail", pa.display_name AS "proposerName", ra.display_name AS "reviewerName",
  p.decision_reason AS "decisionReason", p.instrument_id AS "instrumentId", p.created_at AS "createdAt",
  p.updated_at AS "updatedAt", p.version`;
const PROPOSAL_FROM = `proposals p JOIN accounts pa ON pa.id = p.proposer_id LEFT JOIN accounts ra ON ra.id = p.reviewer_id`;

const FIELD_COLUMNS: Record<string, string> = {
  title: 'title', summary: 'summary', description: 'description', phases: 'phases', type: 'type',
  audiences: 'audiences', sectors: 'sectors', tags: 'tags', origin: 'origin', ownerOrganisation: 'owner_organisation',
  contactName: 'contact_name', contactEmail: 'contact_email', language: 'language', licence: 'licence',
  timeNeeded: 'time_needed', motivation: 'motivation',
};
const CODE_FIELDS: [keyof InstrumentFieldsInput, ReferenceVocabulary][] = [
  ['phases', 'phase'], ['audiences', 'audience'], ['sectors', 'sector'], ['tags', 'tag'],
];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

@Injectable()
export class ProposalsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly vocabularies: VocabularyService,
    private readonly curation: CurationService,
    private readonly outbox: OutboxService,
  ) {}

  async submit(input: SubmitProposalInput, viewer: Viewer): Promise<Proposal> {
    const missing = (['title', 'summary', 'phases', 'type'] as const).filter((f) => input[f] === undefined);
    if (missing.length) throw badInput(`A proposal needs ${missing.join(', ')}.`, ...missing);
    await this.checkCodes(input);
    return this.dataSource.transaction(async (em) => {
      const columns = this.columnValues(input);
      const names = Object.keys(columns);
      const [{ id }]: { id: string }[] = await em.query(
        `INSERT INTO proposals (proposer_id, ${names.map((n) => FIELD_COLUMNS[n] ?? n).join(', ')})
         VALUES ($1, ${names.map((n, i) => `$${i + 2}${n === 'links' ? '::jsonb' : ''}`).join(', ')}) RETURNING id`,
        [viewer.accountId, ...Object.values(columns)],
      );
      await this.event(em, id, null, 'SUBMITTED', null, viewer);
      return this.byId(id, em);
    });
  }

  async update(input: UpdateProposalInput, viewer: Viewer): Promise<Proposal> {
    await this.checkCodes(input);
    return this.dataSource.transaction(async (em) => {
      const proposal = await this.lockOwn(em, input.id, viewer);
      this.assertAction('EDIT', proposal);
      const columns = this.columnValues(input);
      const names = Object.keys(columns);
      if (names.length) {
        await em.query(
          `UPDATE proposals SET ${names.map((n, i) => `${FIELD_COLUMNS[n] ?? n} = $${i + 2}${n === 'links' ? '::jsonb' : ''}`).join(', ')},
             updated_at = now(), version = version + 1 WHERE id = $1`,
          [proposal.id, ...Object.values(columns)],
        );
      }
      return this.byId(proposal.id, em);
    });
  }

  resubmit(id: string, viewer: Viewer): Promise<Proposal> {
    return this.transition(id, viewer, 'RESUBMIT', null, { own: true });
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
      const instrument = await this.curation.create(
        {
          title: proposal.title,
          summary: proposal.summary,
          description: proposal.description,
          phases: proposal.phaseCodes,
          type: proposal.typeCode,
          audiences: proposal.audienceCodes,
          sectors: proposal.sectorCodes,
          tags: proposal.tagCodes,
          origin: proposal.origin,
          ownerOrganisation: proposal.ownerOrganisation,
          contactName: proposal.contactName,
          contactEmail: proposal.contactEmail,
          links: proposal.links,
          language: proposal.language,
          licence: proposal.licence,
          timeNeeded: proposal.timeNeeded,
          ...(input.edits ?? {}),
          slug: input.slug,
          status: input.status,
          evidenceLevel: 'NOT_ASSESSED',
        },
        viewer,
        em,
      );
      await em.query(
        `UPDATE proposals SET status = 'ACCEPTED', instrument_id = $2, reviewer_id = $3, decision_reason = NULL,
           updated_at = now(), version = version + 1 WHERE id = $1`,
        [proposal.id, instrument.id, viewer.accountId],
      );
      await this.event(em, proposal.id, proposal.status, 'ACCEPTED', null, viewer);
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
    const rows: Proposal[] = await this.dataSource.query(
      `SELECT ${PROPOSAL_COLUMNS} FROM ${PROPOSAL_FROM} WHERE p.instrument_id = ANY($1::uuid[])`,
      [ids],
    );
    const byInstrument = new Map(rows.map((r) => [r.instrumentId, r]));
    return ids.map((id) => byInstrument.get(id) ?? null);
  }

  /** Events of several proposals, oldest first. */
  async eventsOf(ids: readonly string[]): Promise<ProposalEvent[][]> {
    const rows: (ProposalEvent & { proposalId: string })[] = await this.dataSource.query(
      `SELECT proposal_id AS "proposalId", from_status AS "from", to_status AS "to", reason, actor_name AS "by", at
       FROM proposal_events WHERE proposal_id = ANY($1::uuid[]) ORDER BY at, id`,
      [ids],
    );
    return ids.map((id) => rows.filter((r) => r.proposalId === id).map(({ proposalId: _, ...event }) => event));
  }

  async mine(viewer: Viewer): Promise<Proposal[]> {
    return this.dataSource.query(
      `SELECT ${PROPOSAL_COLUMNS} FROM ${PROPOSAL_FROM} WHERE p.proposer_id = $1 ORDER BY p.created_at DESC, p.id DESC`,
      [viewer.accountId],
    );
  }

  /** Oldest first: the queue as curators work through it. */
  async list(args: ProposalsArgs): Promise<ProposalConnection> {
    const after = afterKey<[string, string]>(args.after, isTimestampAndId);
    const [rows, [{ count }]] = await Promise.all([
      this.dataSource.query(
        `SELECT ${PROPOSAL_COLUMNS}, to_char(p.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "cursorKey"
         FROM ${PROPOSAL_FROM}
         WHERE ($1::proposal_status IS NULL OR p.status = $1)
           AND ($2::timestamptz IS NULL OR (p.created_at, p.id) > ($2::timestamptz, $3::uuid))
         ORDER BY p.created_at, p.id LIMIT $4`,
        [args.status ?? null, after?.[0] ?? null, after?.[1] ?? null, args.first + 1],
      ) as Promise<(Proposal & { cursorKey: string })[]>,
      this.dataSource.query(`SELECT count(*)::int AS count FROM proposals WHERE ($1::proposal_status IS NULL OR status = $1)`, [
        args.status ?? null,
      ]) as Promise<{ count: number }[]>,
    ]);
    const { edges, pageInfo } = keysetPage(rows, args.first, ({ cursorKey, ...node }) => ({ key: [cursorKey, node.id], node }));
    return { totalCount: count, edges, pageInfo };
  }

  async awaitingReview(): Promise<number> {
    const [{ count }] = await this.dataSource.query(`SELECT count(*)::int AS count FROM proposals WHERE status = 'SUBMITTED'`);
    return count;
  }

  /**
   * Five closest instruments and open proposals: trigram similarity of titles plus full text on
   * summaries. Instruments are ranked among bounded candidates found by key, so the cost stays flat
   * as the catalogue grows: those with exactly this title, and for each word of the title the
   * instruments (at most 20) whose title has one of its three nearest spellings in the dictionary
   * of title words (migration TitleWords); the 20 nearest titles among them are then reordered
   * with the summary. Asked while typing, so it is a prepared statement.
   */
  async similar(args: SimilarInstrumentsArgs): Promise<SimilarItem[]> {
    const title = normaliseSearch(args.title);
    if (!title) return [];
    const summary = normaliseSearch(args.summary) ?? '';
    return preparedQuery<SimilarItem>(
      this.dataSource,
      'similar-instruments',
      `WITH q AS MATERIALIZED (SELECT lower(nlc_unaccent($1)) AS t, websearch_to_tsquery('dutch', nlc_unaccent($2)) AS s),
       near AS (
         SELECT DISTINCT d.word
         FROM unnest(nlc_title_words((SELECT t FROM q))) AS typed(w)
         CROSS JOIN LATERAL (SELECT word FROM title_words ORDER BY word <-> typed.w LIMIT 3) d
       ),
       candidates AS (
         SELECT id FROM instruments WHERE search_title = (SELECT t FROM q)
         UNION
         SELECT c.instrument_id FROM near
         CROSS JOIN LATERAL (SELECT instrument_id FROM instrument_title_words itw WHERE itw.word = near.word LIMIT 20) c
       ),
       -- The 20 nearest titles first (narrow rows, by key); full text only for those.
       nearest AS (
         SELECT i.id, similarity((SELECT t FROM q), i.search_title) AS title_score
         FROM candidates c CROSS JOIN LATERAL (SELECT id, search_title FROM instruments WHERE id = c.id OFFSET 0) i
         ORDER BY 2 DESC LIMIT 20
       )
       SELECT * FROM (
         (SELECT 'INSTRUMENT' AS kind, i.id, i.title, i.slug, i.status::text AS status,
                 (n.title_score + ts_rank(i.search_vector, q.s))::float8 AS score
          FROM nearest n JOIN instruments i ON i.id = n.id, q
          WHERE q.t % i.search_title OR i.search_vector @@ q.s
          ORDER BY score DESC LIMIT 5)
         UNION ALL
         (SELECT 'PROPOSAL', p.id, p.title, NULL, p.status::text,
                 (similarity(q.t, p.search_title) + ts_rank(to_tsvector('dutch', nlc_unaccent(p.summary)), q.s))::float8
          FROM proposals p, q
          WHERE p.status = ANY($3::proposal_status[])
            AND (q.t % p.search_title OR to_tsvector('dutch', nlc_unaccent(p.summary)) @@ q.s)
          ORDER BY 6 DESC LIMIT 5)
       ) found ORDER BY score DESC, id LIMIT 5`,
      [title, summary, OPEN_PROPOSAL_STATUSES],
    );
  }

  private async transition(
    id: string,
    viewer: Viewer,
    action: ProposalAction,
    reason: string | null,
    options: { own?: boolean; assign?: boolean; mail?: (p: Proposal) => ReturnType<typeof proposalMails.rejected> },
  ): Promise<Proposal> {
    return this.dataSource.transaction(async (em) => {
      const proposal = options.own ? await this.lockOwn(em, id, viewer) : await this.lock(em, id);
      this.assertAction(action, proposal);
      const to = PROPOSAL_ACTIONS[action].to!;
      await em.query(
        `UPDATE proposals SET status = $2, decision_reason = CASE WHEN $3::text IS NULL THEN decision_reason ELSE $3 END,
           reviewer_id = CASE WHEN $4 THEN $5::uuid ELSE reviewer_id END, updated_at = now(), version = version + 1
         WHERE id = $1`,
        [proposal.id, to, reason, options.assign ?? false, viewer.accountId],
      );
      await this.event(em, proposal.id, proposal.status, to, reason, viewer);
      if (options.mail) await this.outbox.enqueue(em, options.mail(proposal));
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

  private columnValues(input: InstrumentFieldsInput & { motivation?: string }): Record<string, unknown> {
    const values: Record<string, unknown> = {};
    for (const field of Object.keys(FIELD_COLUMNS)) {
      const value = (input as Record<string, unknown>)[field];
      if (value === undefined) continue;
      values[field] = typeof value === 'string' ? value.trim() || (field === 'description' ? '' : null) : Array.isArray(value) ? [...new Set(value)] : value;
    }
    if (input.links) values.links = JSON.stringify(input.links.map((l) => ({ label: l.label.trim(), url: l.url.trim() })));
    return values;
  }

  private async checkCodes(input: InstrumentFieldsInput): Promise<void> {
    const vocabulary = await this.vocabularies.snapshot();
    for (const [field, name] of CODE_FIELDS) {
      const unknown = ((input[field] as string[] | undefined) ?? []).filter((c) => !vocabulary.termByCode(name, c));
      if (unknown.length) throw badInput(`Unknown ${name} code ${unknown.map((c) => `"${c}"`).join(', ')}.`, field);
    }
    if (input.type !== undefined && !vocabulary.termByCode('type', input.type)) {
      throw badInput(`Unknown type code "${input.type}".`, 'type');
    }
  }

  private async lock(em: EntityManager, id: string): Promise<Proposal> {
    await em.query(`SELECT 1 FROM proposals WHERE id = $1 FOR UPDATE`, [id]);
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
    const rows: Proposal[] = await em.query(`SELECT ${PROPOSAL_COLUMNS} FROM ${PROPOSAL_FROM} WHERE p.id = $1`, [id]);
    return rows[0] ?? null;
  }

  private async byId(id: string, em: EntityManager): Promise<Proposal> {
    return (await this.find(id, em))!;
  }

  private event(em: EntityManager, id: string, from: string | null, to: string, reason: string | null, viewer: Viewer) {
    return em.query(
      `INSERT INTO proposal_events (proposal_id, from_status, to_status, reason, actor_id, actor_name)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [id, from, to, reason, viewer.accountId, viewer.displayName],
    );
  }
}
