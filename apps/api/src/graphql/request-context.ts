import type { Request, Response } from 'express';
import type { Viewer } from '../accounts/viewer.js';
import type { InstrumentDetailLoaders } from '../catalogue/instrument-details.loader.js';
import type { CollectionLoaders } from '../collections/collection.loaders.js';
import type { EvidenceLoaders } from '../evidence/evidence.loaders.js';
import type { FileLoaders } from '../files/file.loaders.js';
import type { FollowLoaders } from '../following/follow.loaders.js';
import type { PilotLoaders } from '../pilots/pilot.loaders.js';
import type { PracticeReportLoaders } from '../practice-reports/practice-report.loaders.js';
import type { ProposalLoaders } from '../proposals/proposal.loaders.js';
import type { RatingLoaders } from '../ratings/rating.loaders.js';
import type { VocabularySnapshot } from '../vocabularies/vocabulary.service.js';

/** What every resolver gets for one request: per-request loaders, never shared between requests. */
export interface RequestContext {
  req: Request;
  res: Response;
  /** The signed-in account (session looked up once per request), or null for a visitor. */
  viewer: () => Promise<Viewer | null>;
  loaders: InstrumentDetailLoaders & {
    ratings: RatingLoaders;
    proposals: ProposalLoaders;
    evidence: EvidenceLoaders;
    practiceReports: PracticeReportLoaders;
    pilots: PilotLoaders;
    files: FileLoaders;
    collections: CollectionLoaders;
    follows: FollowLoaders;
    /** All reference vocabularies, read once per request. */
    vocabulary: () => Promise<VocabularySnapshot>;
  };
}
