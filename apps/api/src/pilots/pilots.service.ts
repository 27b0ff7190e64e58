import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { PILOTABLE_STATUSES, PILOT_LIMITS as P, hasRole, normaliseEmail, pilotPeriodValid, pilotTakesFeedback, type PrototypeStatus } from '#domain';
import type { Viewer } from '../accounts/viewer.js';
import { DomainError, badInput } from '../common/domain-error.js';
import type { Db } from '../database/typed-sql.js';
import type { AddPilotFeedbackInput, InvitePilotMemberInput, RecordPilotInput, UpdatePilotInput } from './pilot.inputs.js';
import type { Pilot, PilotFeedback } from './pilot.model.js';
import { OutboxService } from '../notifications/outbox.service.js';
import { pilotMails } from './pilot-mails.js';
import { PilotsQueries, type PilotToWrite } from './pilots.queries.js';

const trimmed = (text: string | null | undefined): string | null => text?.trim() || null;

/** What validation cannot see: the period once both ends are known, the community once trimmed. */
function checkPilot(pilot: PilotToWrite): void {
  if (!pilotPeriodValid(pilot.startsOn, pilot.endsOn)) throw badInput('The pilot cannot end before it starts.', 'endsOn');
  if (pilot.community.length < P.community.min) throw badInput(`community must be ${P.community.min} to ${P.community.max} characters`, 'community');
}

/** The working group's pilots: recording and updating them, inviting sites, and the sites' feedback. */
@Injectable()
export class PilotsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queries: PilotsQueries,
    private readonly outbox: OutboxService,
  ) {}

  async record(input: RecordPilotInput, viewer: Viewer): Promise<Pilot> {
    const pilot: PilotToWrite = {
      community: input.community.trim(),
      startsOn: input.startsOn,
      endsOn: input.endsOn ?? null,
      state: input.state ?? 'PLANNED',
      note: trimmed(input.note),
    };
    checkPilot(pilot);
    return this.dataSource.transaction(async (em) => {
      const status = await this.queries.instrumentStatusForKeyShare(em, input.instrumentId);
      if (!status) throw new DomainError('NOT_FOUND', 'There is no instrument with this id.', ['instrumentId']);
      if (!PILOTABLE_STATUSES.includes(status as PrototypeStatus)) {
        throw new DomainError('CONFLICT', 'Pilots are recorded for prototypes and piloting instruments only.', ['instrumentId']);
      }
      const id = await this.queries.insert(em, input.instrumentId, pilot, viewer.accountId);
      return (await this.queries.byId(em, id))!;
    });
  }

  async update(input: UpdatePilotInput): Promise<Pilot> {
    return this.dataSource.transaction(async (em) => {
      const current = await this.queries.lockPilot(em, input.id);
      if (!current) throw new DomainError('NOT_FOUND', 'There is no pilot with this id.', ['id']);
      const next: PilotToWrite = {
        community: input.community?.trim() ?? current.community,
        startsOn: input.startsOn ?? current.startsOn,
        endsOn: input.endsOn === undefined ? current.endsOn : input.endsOn,
        state: input.state ?? current.state,
        note: input.note === undefined ? current.note : trimmed(input.note),
      };
      checkPilot(next);
      if (current.feedbackCount > 0 && !pilotTakesFeedback(next.state)) {
        throw new DomainError('CONFLICT', 'A pilot with feedback has started: it cannot be planned again.', ['state']);
      }
      await this.queries.update(em, input.id, next);
      return (await this.queries.byId(em, input.id))!;
    });
  }

  async invite(input: InvitePilotMemberInput): Promise<Pilot> {
    return this.dataSource.transaction(async (em) => {
      const pilot = await this.pilotOrFail(em, input.pilotId);
      const account = await this.queries.accountByEmail(em, normaliseEmail(input.email));
      if (!account) throw badInput('There is no account with this e-mail address.', 'email');
      if (await this.queries.invite(em, input.pilotId, account.id)) {
        const instrument = await this.queries.instrumentOf(em, input.pilotId);
        await this.outbox.enqueue(em, pilotMails.invited({ to: account.email, name: account.displayName, community: pilot.community, ...instrument }));
      }
      return pilot;
    });
  }

  /** Only invited members give feedback (a curator may on a member's behalf), once per pilot and member, after the pilot started. */
  async addFeedback(input: AddPilotFeedbackInput, viewer: Viewer): Promise<PilotFeedback> {
    const curator = hasRole(viewer.role, 'CURATOR');
    const memberId = input.memberId ?? viewer.accountId;
    if (memberId !== viewer.accountId && !curator) {
      throw new DomainError('FORBIDDEN', 'Only curators give feedback on a member’s behalf.', ['memberId']);
    }
    if (input.worked.trim().length < P.worked.min) throw badInput(`worked must be ${P.worked.min} to ${P.worked.max} characters`, 'worked');
    return this.dataSource.transaction(async (em) => {
      const pilot = await this.queries.lockPilot(em, input.pilotId);
      if (!pilot) throw new DomainError('NOT_FOUND', 'There is no pilot with this id.', ['pilotId']);
      if (!(await this.queries.isInvited(em, input.pilotId, memberId))) {
        if (memberId === viewer.accountId && !curator) throw new DomainError('FORBIDDEN', 'You are not invited to give feedback on this pilot.', ['pilotId']);
        throw badInput('This member is not invited to this pilot.', 'memberId');
      }
      if (!pilotTakesFeedback(pilot.state)) throw new DomainError('CONFLICT', 'Feedback is given once the pilot has started.', ['pilotId']);
      const id = await this.queries.insertFeedback(em, {
        pilotId: input.pilotId,
        accountId: memberId,
        worked: input.worked.trim(),
        change: trimmed(input.change),
        recommend: input.recommend,
        usefulness: input.usefulness,
        givenById: viewer.accountId,
      });
      if (!id) throw new DomainError('CONFLICT', 'Feedback for this pilot and member was given already.', ['pilotId']);
      return this.queries.feedbackById(em, id);
    });
  }

  async pilot(id: string): Promise<Pilot> {
    return this.pilotOrFail(this.dataSource, id);
  }

  private async pilotOrFail(db: Db, id: string): Promise<Pilot> {
    const pilot = await this.queries.byId(db, id);
    if (!pilot) throw new DomainError('NOT_FOUND', 'There is no pilot with this id.', ['pilotId']);
    return pilot;
  }
}
