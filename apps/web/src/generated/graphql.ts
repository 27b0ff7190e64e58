export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2019-12-03T09:54:33Z, compliant with the date-time format. */
  DateTime: { input: string; output: string; }
};

export type AcceptProposalInput = {
  /** The instrument this one is adapted from ("afgeleid van"); it must exist, not be this one, and not be adapted from this one. Null clears it. */
  derivedFromId?: InputMaybe<Scalars['ID']['input']>;
  /** Corrections the curator makes while accepting. */
  edits?: InputMaybe<ProposalEditsInput>;
  id: Scalars['ID']['input'];
  /** Made from the title when left out. */
  slug?: InputMaybe<Scalars['String']['input']>;
  /** IDEA for a new design, AVAILABLE for an existing instrument. */
  status: PrototypeStatus;
};

export type AccountRefInput = {
  accountId: Scalars['ID']['input'];
};

export type AddPilotFeedbackInput = {
  /** What to change. */
  change?: InputMaybe<Scalars['String']['input']>;
  /** Curators: the invited member whose feedback this is. Left out: your own. */
  memberId?: InputMaybe<Scalars['ID']['input']>;
  pilotId: Scalars['ID']['input'];
  recommend: Scalars['Boolean']['input'];
  /** 1 to 5. */
  usefulness: Scalars['Int']['input'];
  /** What worked. */
  worked: Scalars['String']['input'];
};

/** A new assessment of an instrument's evidence level: the level, why, and optionally what it rests on. */
export type AssessEvidenceInput = {
  evidenceLevel: EvidenceLevel;
  instrumentId: Scalars['ID']['input'];
  /** Why this level: required. */
  reason: Scalars['String']['input'];
  sources?: InputMaybe<Array<EvidenceSourceInput>>;
};

export type ChangeEmailInput = {
  newEmail: Scalars['String']['input'];
  /** The current password. */
  password: Scalars['String']['input'];
};

export type ChangeInstrumentStatusInput = {
  id: Scalars['ID']['input'];
  /** Required for a step back or retirement. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Only with status RETIRED: the instrument that replaces this one ("vervangen door"); it must exist, not be this one and not be retired. */
  replacedById?: InputMaybe<Scalars['ID']['input']>;
  status: PrototypeStatus;
};

export type ChangePasswordInput = {
  currentPassword: Scalars['String']['input'];
  /** 10 to 128 characters, not a common one. */
  newPassword: Scalars['String']['input'];
};

export type CollectionItemInput = {
  instrumentId: Scalars['ID']['input'];
  why?: Scalars['String']['input'];
};

export type CollectionRefInput = {
  id: Scalars['ID']['input'];
};

/** DRAFT (curators only) → PUBLISHED (everyone). */
export type CollectionStatus =
  | 'DRAFT'
  | 'PUBLISHED';

export type ConfirmEmailInput = {
  /** The token from the mailed link. */
  token: Scalars['String']['input'];
};

export type CreateCollectionInput = {
  /** Markdown. */
  introduction?: InputMaybe<Scalars['String']['input']>;
  /** Made from the title when left out. */
  slug?: InputMaybe<Scalars['String']['input']>;
  title: Scalars['String']['input'];
};

export type CreateInstrumentInput = {
  audiences?: InputMaybe<Array<Scalars['String']['input']>>;
  contactEmail?: InputMaybe<Scalars['String']['input']>;
  contactName?: InputMaybe<Scalars['String']['input']>;
  /** The instrument this one is adapted from ("afgeleid van"); it must exist, not be this one, and not be adapted from this one. Null clears it. */
  derivedFromId?: InputMaybe<Scalars['ID']['input']>;
  /** Markdown. */
  description?: InputMaybe<Scalars['String']['input']>;
  evidenceLevel?: InputMaybe<EvidenceLevel>;
  /** Why this evidence level: required when it is not NOT_ASSESSED. */
  evidenceReason?: InputMaybe<Scalars['String']['input']>;
  /** nl or en. */
  language?: InputMaybe<Scalars['String']['input']>;
  licence?: InputMaybe<Scalars['String']['input']>;
  links?: InputMaybe<Array<InstrumentLinkInput>>;
  origin?: InputMaybe<InstrumentOrigin>;
  ownerOrganisation?: InputMaybe<Scalars['String']['input']>;
  phases?: InputMaybe<Array<Scalars['String']['input']>>;
  sectors?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Made from the title when left out. */
  slug?: InputMaybe<Scalars['String']['input']>;
  /** IDEA for a new design, AVAILABLE for an existing instrument found during inventory. */
  status?: InputMaybe<PrototypeStatus>;
  summary?: InputMaybe<Scalars['String']['input']>;
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
  timeNeeded?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  /** Code of the instrument type. */
  type?: InputMaybe<Scalars['String']['input']>;
};

export type CreateSynonymGroupInput = {
  /** 2 to 20 words, each 1 to 60 characters; trimmed and lower-cased. */
  words: Array<Scalars['String']['input']>;
};

export type CreateVocabularyTermInput = {
  /** Stable code: letters and digits, joined by single _ or -. Never changes. */
  code: Scalars['String']['input'];
  labelEn: Scalars['String']['input'];
  labelNl: Scalars['String']['input'];
  vocabulary: VocabularyName;
};

export type DeclinePracticeReportInput = {
  id: Scalars['ID']['input'];
  /** Shown to the author. */
  reason: Scalars['String']['input'];
};

export type DeleteMyAccountInput = {
  /** The current password. */
  password: Scalars['String']['input'];
};

export type DeleteSynonymGroupInput = {
  id: Scalars['ID']['input'];
};

export type DeleteVocabularyTermInput = {
  /** Stable code: letters and digits, joined by single _ or -. Never changes. */
  code: Scalars['String']['input'];
  vocabulary: VocabularyName;
};

export type DismissReviewReportsInput = {
  ratingId: Scalars['ID']['input'];
};

/** How well the instrument is substantiated, on the ladder of the Dutch intervention databanks. */
export type EvidenceLevel =
  | 'DESCRIBED'
  | 'FIRST_INDICATIONS'
  | 'GOOD_INDICATIONS'
  | 'NOT_ASSESSED'
  | 'STRONG_INDICATIONS'
  | 'SUBSTANTIATED';

export type EvidenceSourceInput = {
  kind: EvidenceSourceKind;
  label?: InputMaybe<Scalars['String']['input']>;
  pilotId?: InputMaybe<Scalars['ID']['input']>;
  practiceReportId?: InputMaybe<Scalars['ID']['input']>;
  url?: InputMaybe<Scalars['String']['input']>;
};

/** What an evidence assessment cites. */
export type EvidenceSourceKind =
  | 'LINK'
  | 'PILOT'
  | 'PRACTICE_REPORT';

export type FacetName =
  | 'AUDIENCE'
  | 'EVIDENCE'
  | 'ORIGIN'
  | 'PHASE'
  | 'SECTOR'
  | 'STATUS'
  | 'TAG'
  | 'TYPE';

/** IMMEDIATE: a mail per event (default); WEEKLY: one digest a week; OFF: no mails, the follows stay. */
export type FollowFrequency =
  | 'IMMEDIATE'
  | 'OFF'
  | 'WEEKLY';

/** Exactly one of the three: what to follow. */
export type FollowInput = {
  /** A published starter kit. */
  collectionId?: InputMaybe<Scalars['ID']['input']>;
  instrumentId?: InputMaybe<Scalars['ID']['input']>;
  /** A code of the phase vocabulary, e.g. EVALUATE. */
  phaseCode?: InputMaybe<Scalars['String']['input']>;
};

/** What a follow is about: an instrument, a phase, or a starter kit. */
export type FollowKind =
  | 'COLLECTION'
  | 'INSTRUMENT'
  | 'PHASE';

export type HideReviewInput = {
  ratingId: Scalars['ID']['input'];
  /** Shown to the author. */
  reason: Scalars['String']['input'];
};

/** OR within one facet, AND across facets. An empty or missing list does not filter. A code that names no term (an old link to a removed term) is left out: it filters nothing, and the facets answer it as not selected. */
export type InstrumentFilter = {
  audiences?: InputMaybe<Array<Scalars['String']['input']>>;
  evidenceLevels?: InputMaybe<Array<EvidenceLevel>>;
  /** The catalogue leaves RETIRED instruments out (list, counts and facets) unless this is true or `statuses` names RETIRED. */
  includeRetired?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only instruments whose mean rating is at least this (1–5). */
  minRating?: InputMaybe<Scalars['Float']['input']>;
  origins?: InputMaybe<Array<InstrumentOrigin>>;
  phases?: InputMaybe<Array<Scalars['String']['input']>>;
  sectors?: InputMaybe<Array<Scalars['String']['input']>>;
  statuses?: InputMaybe<Array<PrototypeStatus>>;
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
  types?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Only instruments with at least one published practice report ("met praktijkvoorbeeld"). */
  withPracticeReports?: InputMaybe<Scalars['Boolean']['input']>;
};

export type InstrumentLinkInput = {
  label: Scalars['String']['input'];
  url: Scalars['String']['input'];
};

/** EXISTING: found during the inventory; NETWORK: designed within the network. */
export type InstrumentOrigin =
  | 'EXISTING'
  | 'NETWORK';

/** USABLE_FIRST, the default without a search: available and piloting instruments first, then prototypes and those in design, then ideas, retired last; newest first within each group. RELEVANCE applies when searching (and is the default then); without a search it falls back to USABLE_FIRST. TITLE ignores case and accents. BEST_RATED orders by a Bayesian average of the stars, so a few ratings do not beat many; at an equal average, rated instruments come before unrated ones. */
export type InstrumentSort =
  | 'BEST_RATED'
  | 'NEWEST'
  | 'RELEVANCE'
  | 'TITLE'
  | 'USABLE_FIRST';

export type InvitePilotMemberInput = {
  /** The e-mail address of an existing account. */
  email: Scalars['String']['input'];
  pilotId: Scalars['ID']['input'];
};

export type MoveInstrumentFileInput = {
  id: Scalars['ID']['input'];
  /** The new place among the instrument’s files, from 0; past the end means last. */
  position: Scalars['Int']['input'];
};

/** With whom the learning community worked. */
export type PartnerKind =
  | 'COMPANIES'
  | 'OTHERS'
  | 'PUBLIC_BODIES'
  | 'SCHOOLS';

/** PLANNED, RUNNING or FINISHED. */
export type PilotState =
  | 'FINISHED'
  | 'PLANNED'
  | 'RUNNING';

/** Published reports match every filter given; status other than PUBLISHED is for curators. */
export type PracticeReportFilter = {
  instrumentId?: InputMaybe<Scalars['ID']['input']>;
  partnerKind?: InputMaybe<PartnerKind>;
  /** A phase code. */
  phase?: InputMaybe<Scalars['String']['input']>;
  /** A sector code. */
  sector?: InputMaybe<Scalars['String']['input']>;
  /** PUBLISHED when left out. */
  status?: InputMaybe<PracticeReportStatus>;
};

export type PracticeReportRefInput = {
  id: Scalars['ID']['input'];
};

/** SUBMITTED → PUBLISHED | DECLINED (with a reason); the author edits until it is published. */
export type PracticeReportStatus =
  | 'DECLINED'
  | 'PUBLISHED'
  | 'SUBMITTED';

export type ProposalDecisionInput = {
  id: Scalars['ID']['input'];
  /** Shown to the proposer. */
  reason: Scalars['String']['input'];
};

/** Corrections to a proposal while accepting it; only what is given changes. */
export type ProposalEditsInput = {
  audiences?: InputMaybe<Array<Scalars['String']['input']>>;
  contactEmail?: InputMaybe<Scalars['String']['input']>;
  contactName?: InputMaybe<Scalars['String']['input']>;
  /** Markdown. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** nl or en. */
  language?: InputMaybe<Scalars['String']['input']>;
  licence?: InputMaybe<Scalars['String']['input']>;
  links?: InputMaybe<Array<InstrumentLinkInput>>;
  origin?: InputMaybe<InstrumentOrigin>;
  ownerOrganisation?: InputMaybe<Scalars['String']['input']>;
  phases?: InputMaybe<Array<Scalars['String']['input']>>;
  sectors?: InputMaybe<Array<Scalars['String']['input']>>;
  summary?: InputMaybe<Scalars['String']['input']>;
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
  timeNeeded?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  /** Code of the instrument type. */
  type?: InputMaybe<Scalars['String']['input']>;
};

export type ProposalRefInput = {
  id: Scalars['ID']['input'];
};

/** SUBMITTED → IN_REVIEW → ACCEPTED | REJECTED | CHANGES_REQUESTED (→ edited and SUBMITTED again); WITHDRAWN by the proposer. */
export type ProposalStatus =
  | 'ACCEPTED'
  | 'CHANGES_REQUESTED'
  | 'IN_REVIEW'
  | 'REJECTED'
  | 'SUBMITTED'
  | 'WITHDRAWN';

/** Where an instrument is in its lifecycle, from idea to available (or retired). */
export type PrototypeStatus =
  | 'AVAILABLE'
  | 'IDEA'
  | 'IN_DESIGN'
  | 'PILOTING'
  | 'PROTOTYPE'
  | 'RETIRED';

export type RateInstrumentInput = {
  context?: InputMaybe<RatingContextInput>;
  instrumentId: Scalars['ID']['input'];
  review?: InputMaybe<Scalars['String']['input']>;
  /** Whole stars, 1 to 5. */
  score: Scalars['Int']['input'];
};

export type RatingContextInput = {
  /** Phase code. */
  phase?: InputMaybe<Scalars['String']['input']>;
  /** Sector code. */
  sector?: InputMaybe<Scalars['String']['input']>;
};

export type RecommendInstrumentsInput = {
  /** Who takes part: audience codes. */
  audiences?: InputMaybe<Array<Scalars['String']['input']>>;
  first?: InputMaybe<Scalars['Int']['input']>;
  /** What you want to do: tag or instrument type codes. */
  goals?: InputMaybe<Array<Scalars['String']['input']>>;
  /** A phase code. */
  phase?: InputMaybe<Scalars['String']['input']>;
  /** A sector code. */
  sector?: InputMaybe<Scalars['String']['input']>;
  timeAvailable?: InputMaybe<TimeAvailable>;
};

/** Which answer of the finder an instrument matched. */
export type RecommendationReasonKind =
  | 'AUDIENCE'
  | 'GOAL'
  | 'PHASE'
  | 'SECTOR'
  | 'TIME'
  | 'USABLE';

export type RecordPilotInput = {
  /** The learning community it runs in. */
  community: Scalars['String']['input'];
  /** YYYY-MM-DD, on or after startsOn. */
  endsOn?: InputMaybe<Scalars['String']['input']>;
  instrumentId: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  /** YYYY-MM-DD. */
  startsOn: Scalars['String']['input'];
  state?: InputMaybe<PilotState>;
};

export type RegisterInput = {
  displayName: Scalars['String']['input'];
  email: Scalars['String']['input'];
  /** 10 to 128 characters. */
  password: Scalars['String']['input'];
};

export type RemoveMyRatingInput = {
  instrumentId: Scalars['ID']['input'];
};

export type RemoveProposalAttachmentInput = {
  id: Scalars['ID']['input'];
};

export type RenameInstrumentFileInput = {
  id: Scalars['ID']['input'];
  /** E.g. "Canvas (A3)"; 1 to 120 characters. */
  title: Scalars['String']['input'];
};

export type ReorderVocabularyInput = {
  /** Every code of the vocabulary, in the new order. */
  codes: Array<Scalars['String']['input']>;
  vocabulary: VocabularyName;
};

export type ReportReviewInput = {
  /** What is wrong, in the member’s words; required for OTHER. */
  note?: InputMaybe<Scalars['String']['input']>;
  ratingId: Scalars['ID']['input'];
  reason: ReviewReportReason;
};

export type RequestPasswordResetInput = {
  email: Scalars['String']['input'];
};

export type ResetPasswordInput = {
  /** The new password: 10 to 128 characters, not a common one. */
  password: Scalars['String']['input'];
  /** The token from the mailed link. */
  token: Scalars['String']['input'];
};

export type RestoreFileEditionInput = {
  id: Scalars['ID']['input'];
};

export type RetireFileEditionInput = {
  id: Scalars['ID']['input'];
};

export type RetireInstrumentInput = {
  id: Scalars['ID']['input'];
  /** Why the instrument is no longer recommended. */
  note: Scalars['String']['input'];
  /** The instrument that replaces this one ("vervangen door"); it must exist, not be this one and not be retired. */
  replacedById?: InputMaybe<Scalars['ID']['input']>;
};

export type RetryMailInput = {
  id: Scalars['ID']['input'];
};

/** Why a member reports a review to the curators. */
export type ReviewReportReason =
  | 'OFFENSIVE'
  | 'OFF_TOPIC'
  | 'OTHER'
  | 'PERSONAL_DATA'
  | 'SPAM';

/** MEMBER rates, reviews and proposes; CURATOR maintains the catalogue; ADMIN manages accounts. */
export type Role =
  | 'ADMIN'
  | 'CURATOR'
  | 'MEMBER';

/** How a search matched: every result has every word (ALL), or the results also hold instruments with only some of the words, ranked below those with more (PARTIAL: when at most SEARCH_LIMITS.fewResults — 3 — instruments have every word). */
export type SearchMatch =
  | 'ALL'
  | 'PARTIAL';

export type SetAccountRoleInput = {
  accountId: Scalars['ID']['input'];
  role: Role;
};

/** The whole ordered list of steps; replaces the kit's steps in one transaction. */
export type SetCollectionItemsInput = {
  id: Scalars['ID']['input'];
  items: Array<CollectionItemInput>;
};

export type SignInInput = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};

export type SimilarKind =
  | 'INSTRUMENT'
  | 'PROPOSAL';

export type SubmitPracticeReportInput = {
  /** The learning community; optional. */
  communityName?: InputMaybe<Scalars['String']['input']>;
  /** How to reach the author about it; optional. */
  contact?: InputMaybe<Scalars['String']['input']>;
  instrumentId: Scalars['ID']['input'];
  partnerKinds: Array<PartnerKind>;
  /** First month, YYYY-MM. */
  periodFrom: Scalars['String']['input'];
  /** Last month, YYYY-MM; leave out while it runs. */
  periodTo?: InputMaybe<Scalars['String']['input']>;
  /** The phase code it was used in. */
  phase: Scalars['String']['input'];
  /** Sector codes. */
  sectors: Array<Scalars['String']['input']>;
  whatItYielded: Scalars['String']['input'];
  whatWeDid: Scalars['String']['input'];
  whatWeWouldChange: Scalars['String']['input'];
};

/** The instrument fields a proposer can know, plus why it belongs in the catalogue. */
export type SubmitProposalInput = {
  audiences?: InputMaybe<Array<Scalars['String']['input']>>;
  contactEmail?: InputMaybe<Scalars['String']['input']>;
  contactName?: InputMaybe<Scalars['String']['input']>;
  /** Markdown. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** nl or en. */
  language?: InputMaybe<Scalars['String']['input']>;
  licence?: InputMaybe<Scalars['String']['input']>;
  links?: InputMaybe<Array<InstrumentLinkInput>>;
  motivation: Scalars['String']['input'];
  origin?: InputMaybe<InstrumentOrigin>;
  ownerOrganisation?: InputMaybe<Scalars['String']['input']>;
  phases?: InputMaybe<Array<Scalars['String']['input']>>;
  sectors?: InputMaybe<Array<Scalars['String']['input']>>;
  summary?: InputMaybe<Scalars['String']['input']>;
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
  timeNeeded?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  /** Code of the instrument type. */
  type?: InputMaybe<Scalars['String']['input']>;
};

/** The time a group has for an instrument: up to an hour, up to half a day (4 hours), or more. */
export type TimeAvailable =
  | 'HALF_DAY'
  | 'MORE'
  | 'UP_TO_1_HOUR';

export type UnfollowInput = {
  id: Scalars['ID']['input'];
};

export type UnhideReviewInput = {
  ratingId: Scalars['ID']['input'];
};

export type UnsubscribeInput = {
  /** The token of an unsubscribe link. */
  token: Scalars['String']['input'];
};

/** Only what is given changes. */
export type UpdateCollectionInput = {
  id: Scalars['ID']['input'];
  /** Markdown. */
  introduction?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateFollowSettingsInput = {
  frequency: FollowFrequency;
};

export type UpdateInstrumentInput = {
  audiences?: InputMaybe<Array<Scalars['String']['input']>>;
  contactEmail?: InputMaybe<Scalars['String']['input']>;
  contactName?: InputMaybe<Scalars['String']['input']>;
  /** The instrument this one is adapted from ("afgeleid van"); it must exist, not be this one, and not be adapted from this one. Null clears it. */
  derivedFromId?: InputMaybe<Scalars['ID']['input']>;
  /** Markdown. */
  description?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  /** nl or en. */
  language?: InputMaybe<Scalars['String']['input']>;
  licence?: InputMaybe<Scalars['String']['input']>;
  links?: InputMaybe<Array<InstrumentLinkInput>>;
  origin?: InputMaybe<InstrumentOrigin>;
  ownerOrganisation?: InputMaybe<Scalars['String']['input']>;
  phases?: InputMaybe<Array<Scalars['String']['input']>>;
  sectors?: InputMaybe<Array<Scalars['String']['input']>>;
  summary?: InputMaybe<Scalars['String']['input']>;
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
  timeNeeded?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  /** Code of the instrument type. */
  type?: InputMaybe<Scalars['String']['input']>;
  /** The version the editor started from; a newer one gives CONFLICT. */
  version: Scalars['Int']['input'];
};

/** The fields to change; a field left out stays as it is, endsOn and note null clear them. */
export type UpdatePilotInput = {
  community?: InputMaybe<Scalars['String']['input']>;
  endsOn?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  startsOn?: InputMaybe<Scalars['String']['input']>;
  state?: InputMaybe<PilotState>;
};

/** Changes to your report until it is published; only what is given changes (null clears an optional field). */
export type UpdatePracticeReportInput = {
  /** The learning community; optional. */
  communityName?: InputMaybe<Scalars['String']['input']>;
  /** How to reach the author about it; optional. */
  contact?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  partnerKinds?: InputMaybe<Array<PartnerKind>>;
  periodFrom?: InputMaybe<Scalars['String']['input']>;
  periodTo?: InputMaybe<Scalars['String']['input']>;
  phase?: InputMaybe<Scalars['String']['input']>;
  sectors?: InputMaybe<Array<Scalars['String']['input']>>;
  whatItYielded?: InputMaybe<Scalars['String']['input']>;
  whatWeDid?: InputMaybe<Scalars['String']['input']>;
  whatWeWouldChange?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateProposalInput = {
  audiences?: InputMaybe<Array<Scalars['String']['input']>>;
  contactEmail?: InputMaybe<Scalars['String']['input']>;
  contactName?: InputMaybe<Scalars['String']['input']>;
  /** Markdown. */
  description?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  /** nl or en. */
  language?: InputMaybe<Scalars['String']['input']>;
  licence?: InputMaybe<Scalars['String']['input']>;
  links?: InputMaybe<Array<InstrumentLinkInput>>;
  motivation?: InputMaybe<Scalars['String']['input']>;
  origin?: InputMaybe<InstrumentOrigin>;
  ownerOrganisation?: InputMaybe<Scalars['String']['input']>;
  phases?: InputMaybe<Array<Scalars['String']['input']>>;
  sectors?: InputMaybe<Array<Scalars['String']['input']>>;
  summary?: InputMaybe<Scalars['String']['input']>;
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
  timeNeeded?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  /** Code of the instrument type. */
  type?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateSynonymGroupInput = {
  id: Scalars['ID']['input'];
  /** 2 to 20 words, each 1 to 60 characters; trimmed and lower-cased. */
  words: Array<Scalars['String']['input']>;
};

export type UpdateVocabularyTermInput = {
  /** Stable code: letters and digits, joined by single _ or -. Never changes. */
  code: Scalars['String']['input'];
  /** Hidden values stay on instruments but are not offered for new use. */
  hidden?: InputMaybe<Scalars['Boolean']['input']>;
  labelEn?: InputMaybe<Scalars['String']['input']>;
  labelNl?: InputMaybe<Scalars['String']['input']>;
  vocabulary: VocabularyName;
};

/** The vocabularies curators maintain. */
export type VocabularyName =
  | 'AUDIENCE'
  | 'PHASE'
  | 'SECTOR'
  | 'TAG'
  | 'TYPE';
