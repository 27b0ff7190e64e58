import { AccountEntity } from '../accounts/account.entity.js';
import { AccountTokenEntity } from '../accounts/account-token.entity.js';
import { SessionEntity } from '../accounts/session.entity.js';
import { AccountIdentityEntity } from '../accounts/oidc/account-identity.entity.js';
import { OutboxMailEntity } from '../notifications/outbox-mail.entity.js';
import { ProposalEventEntity } from '../proposals/proposal-event.entity.js';
import { ProposalEntity } from '../proposals/proposal.entity.js';
import { RatingSummaryEntity } from '../ratings/rating-summary.entity.js';
import { RatingEntity } from '../ratings/rating.entity.js';
import { ReviewReportEntity } from '../ratings/review-report.entity.js';
import { InstrumentRevisionEntity } from '../catalogue/instrument-revision.entity.js';
import { InstrumentLinkEntity } from '../catalogue/instrument-link.entity.js';
import { InstrumentEntity } from '../catalogue/instrument.entity.js';
import { SynonymGroupEntity, SynonymWordEntity } from '../search/synonym-group.entity.js';
import { EvidenceAssessmentEntity, EvidenceAssessmentSourceEntity } from '../evidence/evidence-assessment.entity.js';
import { PilotEntity, PilotFeedbackEntity, PilotMemberEntity } from '../pilots/pilot.entity.js';
import { StatusChangeEntity } from '../catalogue/status-change.entity.js';
import { PracticeReportEntity } from '../practice-reports/practice-report.entity.js';
import { StoredFileChunkEntity, StoredFileEntity } from '../files/storage/stored-file.entity.js';
import { FileEditionEntity, InstrumentFileEntity } from '../files/file.entity.js';
import { CollectionEntity, CollectionItemEntity } from '../collections/collection.entity.js';
import { FollowDigestItemEntity, FollowEntity, FollowSettingsEntity } from '../following/follow.entity.js';
import {
  AudienceEntity,
  InstrumentTypeEntity,
  PhaseEntity,
  SectorEntity,
  TagEntity,
} from '../vocabularies/vocabulary-term.entity.js';

/**
 * Every entity of the app, for the one DataSource definition. The entities' role is the schema:
 * they describe the tables for the migrations (generate-migration, and the test that entities and
 * migrations agree), and nothing else. The app reads and writes through SQL in one query class per
 * feature (`*.queries.ts`, typed rows through database/typed-sql.ts), never through repositories.
 */
export const entities = [
  InstrumentEntity,
  InstrumentLinkEntity,
  StatusChangeEntity,
  InstrumentRevisionEntity,
  AccountEntity,
  SessionEntity,
  RatingEntity,
  RatingSummaryEntity,
  ProposalEntity,
  ProposalEventEntity,
  OutboxMailEntity,
  PhaseEntity,
  InstrumentTypeEntity,
  AudienceEntity,
  SectorEntity,
  TagEntity,
  SynonymGroupEntity,
  SynonymWordEntity,
  ReviewReportEntity,
  AccountIdentityEntity,
  AccountTokenEntity,
  EvidenceAssessmentEntity,
  EvidenceAssessmentSourceEntity,
  PilotEntity,
  PilotMemberEntity,
  PilotFeedbackEntity,
  PracticeReportEntity,
  StoredFileEntity,
  StoredFileChunkEntity,
  InstrumentFileEntity,
  FileEditionEntity,
  CollectionEntity,
  CollectionItemEntity,
  FollowEntity,
  FollowSettingsEntity,
  FollowDigestItemEntity,
];
