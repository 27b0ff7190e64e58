import type { MigrationInterface } from 'typeorm';
import { Initial1795888098978 } from './1795888098978-Initial.js';
import { AccountsAndCuration1795889312445 } from './1795889312445-AccountsAndCuration.js';
import { Ratings1795890055842 } from './1795890055842-Ratings.js';
import { Proposals1795890630612 } from './1795890630612-Proposals.js';
import { ThrottlerHits1795919206018 } from './1795919206018-ThrottlerHits.js';
import { CacheVersion1795921703613 } from './1795921703613-CacheVersion.js';
import { TitleWords1795940000000 } from './1795940000000-TitleWords.js';
import { AccountsDemoFlagAndEmailForm1795960000000 } from './1795960000000-AccountsDemoFlagAndEmailForm.js';
import { Synonyms1795970000000 } from './1795970000000-Synonyms.js';
import { SearchDocument1795980000000 } from './1795980000000-SearchDocument.js';
import { CatalogueCounts1795990000000 } from './1795990000000-CatalogueCounts.js';
import { BestRatedOrder1796000000000 } from './1796000000000-BestRatedOrder.js';
import { SampleTitleIndex1796010000000 } from './1796010000000-SampleTitleIndex.js';
import { UsableFirstOrder1796020000000 } from './1796020000000-UsableFirstOrder.js';
import { InstrumentReplacedBy1796030000000 } from './1796030000000-InstrumentReplacedBy.js';
import { ReviewReports1796031000000 } from './1796031000000-ReviewReports.js';
import { ProposalRequestSnapshot1796040000000 } from './1796040000000-ProposalRequestSnapshot.js';
import { AccountSelfService1796050000000 } from './1796050000000-AccountSelfService.js';
import { AccountIdentities1796060000000 } from './1796060000000-AccountIdentities.js';
import { PracticeReports1796070000000 } from './1796070000000-PracticeReports.js';
import { Pilots1796080000000 } from './1796080000000-Pilots.js';
import { EvidenceAssessments1796090000000 } from './1796090000000-EvidenceAssessments.js';
import { EvidenceSourceLinks1796100000000 } from './1796100000000-EvidenceSourceLinks.js';
import { StoredFiles1796120000000 } from './1796120000000-StoredFiles.js';
import { InstrumentFiles1796125000000 } from './1796125000000-InstrumentFiles.js';
import { Collections1796145000000 } from './1796145000000-Collections.js';
import { FailedMails1796150000000 } from './1796150000000-FailedMails.js';
import { Following1796160000000 } from './1796160000000-Following.js';
import { SearchDocumentOnce1796170000000 } from './1796170000000-SearchDocumentOnce.js';

/** Every migration, oldest first. A test fails when a file in this folder is missing here. */
export const migrations: (new () => MigrationInterface)[] = [
  Initial1795888098978,
  AccountsAndCuration1795889312445,
  Ratings1795890055842,
  Proposals1795890630612,
  ThrottlerHits1795919206018,
  CacheVersion1795921703613,
  TitleWords1795940000000,
  AccountsDemoFlagAndEmailForm1795960000000,
  Synonyms1795970000000,
  SearchDocument1795980000000,
  CatalogueCounts1795990000000,
  BestRatedOrder1796000000000,
  SampleTitleIndex1796010000000,
  UsableFirstOrder1796020000000,
  InstrumentReplacedBy1796030000000,
  ReviewReports1796031000000,
  ProposalRequestSnapshot1796040000000,
  AccountSelfService1796050000000,
  AccountIdentities1796060000000,
  PracticeReports1796070000000,
  Pilots1796080000000,
  EvidenceAssessments1796090000000,
  EvidenceSourceLinks1796100000000,
  StoredFiles1796120000000,
  InstrumentFiles1796125000000,
  Collections1796145000000,
  FailedMails1796150000000,
  Following1796160000000,
  SearchDocumentOnce1796170000000,
];
