import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { FOLLOW_REASONS, type FollowFrequency } from '#domain';
import type { Viewer } from '../accounts/viewer.js';
import { DomainError, badInput } from '../common/domain-error.js';
import { afterKey, isTimestampAndId, keysetPage } from '../common/keyset.js';
import { maskAddress } from '../mails/mails.service.js';
import type { FollowInput } from './follow.inputs.js';
import type { Follow, FollowConnection, FollowSettings, UnsubscribePreview } from './follow.model.js';
import { FollowingQueries, type FollowRow, type FollowTarget } from './following.queries.js';
import { UnsubscribeTokens, type UnsubscribeTarget } from './unsubscribe-token.js';

export const invalidUnsubscribeToken = () =>
  new DomainError(
    'BAD_USER_INPUT',
    'Deze afmeldlink is ongeldig: hij is niet door ons gemaakt of onderweg veranderd. (This unsubscribe link is invalid.)',
    ['token'],
    { reason: FOLLOW_REASONS.tokenInvalid },
  );

const toFollow = ({ accountId: _a, cursorKey: _c, ...follow }: FollowRow): Follow => follow;

/** A member's follows and follow settings, and the unsubscribe links of follow mails. */
@Injectable()
export class FollowingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queries: FollowingQueries,
    /** Public for tests, which sign the tokens a mail would carry. */
    readonly tokens: UnsubscribeTokens,
  ) {}

  /** Idempotent: following again answers the existing follow. */
  async follow(input: FollowInput, viewer: Viewer): Promise<Follow> {
    const target = await this.target(input);
    const id = await this.queries.insert(this.dataSource, viewer.accountId, target);
    const row = id ? await this.queries.byId(this.dataSource, id) : await this.queries.existing(this.dataSource, viewer.accountId, target);
    // Gone between the insert and the read (the target was deleted): as if it never existed.
    if (!row) throw new DomainError('NOT_FOUND', 'What you wanted to follow no longer exists.');
    return toFollow(row);
  }

  async unfollow(id: string, viewer: Viewer): Promise<string> {
    if (!(await this.queries.remove(this.dataSource, viewer.accountId, id))) {
      throw new DomainError('NOT_FOUND', 'You do not follow anything with this id.', ['id']);
    }
    return id;
  }

  async mine(viewer: Viewer, first: number, after?: string): Promise<FollowConnection> {
    const key = afterKey<[string, string]>(after, isTimestampAndId, '"after" is not a cursor of your list of follows.');
    const [rows, totalCount] = await Promise.all([this.queries.page(viewer.accountId, key, first + 1), this.queries.count(viewer.accountId)]);
    return { totalCount, ...keysetPage(rows, first, (row) => ({ key: [row.cursorKey, row.id], node: toFollow(row) })) };
  }

  async settings(viewer: Viewer): Promise<FollowSettings> {
    return { frequency: await this.queries.frequency(this.dataSource, viewer.accountId) };
  }

  async updateSettings(frequency: FollowFrequency, viewer: Viewer): Promise<FollowSettings> {
    await this.queries.setFrequency(this.dataSource, viewer.accountId, frequency);
    return { frequency };
  }

  /** The viewer's direct follows of instruments or kits, in the order asked (for the per-request loaders). */
  async viewerFollows(viewer: Viewer, kind: 'INSTRUMENT' | 'COLLECTION', ids: readonly string[]): Promise<(Follow | null)[]> {
    const rows = await this.queries.ofTargets(viewer.accountId, kind, ids);
    const byTarget = new Map(rows.map((r) => [(kind === 'INSTRUMENT' ? r.instrumentId : r.collectionId)!, toFollow(r)]));
    return ids.map((id) => byTarget.get(id.toLowerCase()) ?? null);
  }

  /** What the token would end; null for a forged, altered or cut-off token (a page can say so, and render it on the server like any answer). */
  async preview(token: string): Promise<UnsubscribePreview | null> {
    const target = this.tokens.verify(token);
    return target ? this.describe(target) : null;
  }

  /** Ends what the token names: that follow, or (a digest's token) every follow mail. Already ended: success. */
  async unsubscribe(token: string): Promise<UnsubscribePreview> {
    const target = this.verify(token);
    if (target.scope === 'follow') await this.queries.remove(this.dataSource, target.accountId, target.followId);
    // The account may be gone: then there is nothing left to mail, and the foreign key refuses the row.
    else if (await this.queries.accountEmail(target.accountId)) await this.queries.setFrequency(this.dataSource, target.accountId, 'OFF');
    return this.describe(target);
  }

  private verify(token: string): UnsubscribeTarget {
    const target = this.tokens.verify(token);
    if (!target) throw invalidUnsubscribeToken();
    return target;
  }

  private async describe(target: UnsubscribeTarget): Promise<UnsubscribePreview> {
    if (target.scope === 'all') {
      const email = await this.queries.accountEmail(target.accountId);
      return { kind: 'all', label: email ? maskAddress(email) : '' };
    }
    return { kind: 'follow', label: (await this.queries.targetLabel(target.kind, target.targetId)) ?? '' };
  }

  private async target(input: FollowInput): Promise<FollowTarget> {
    const given = (['instrumentId', 'phaseCode', 'collectionId'] as const).filter((key) => input[key] != null);
    if (given.length !== 1) throw badInput('Give exactly one of instrumentId, phaseCode and collectionId.', 'instrumentId', 'phaseCode', 'collectionId');
    if (input.instrumentId != null) {
      const instrumentId = input.instrumentId.toLowerCase();
      if (!(await this.queries.instrumentExists(instrumentId))) throw new DomainError('NOT_FOUND', 'There is no instrument with this id.', ['instrumentId']);
      return { kind: 'INSTRUMENT', instrumentId };
    }
    if (input.phaseCode != null) {
      const phaseId = await this.queries.phaseId(input.phaseCode);
      if (phaseId === undefined) throw badInput('There is no phase with this code.', 'phaseCode');
      return { kind: 'PHASE', phaseId };
    }
    const collectionId = input.collectionId!.toLowerCase();
    if (!(await this.queries.publishedCollectionExists(collectionId))) throw new DomainError('NOT_FOUND', 'There is no published starter kit with this id.', ['collectionId']);
    return { kind: 'COLLECTION', collectionId };
  }
}
