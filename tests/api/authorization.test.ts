import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { buildSchema } from 'graphql';
import { randomBytes } from 'node:crypto';
import { baseUrl, csvFile, row } from '../support/exchange.js';
import { attachToProposal, pdfLike, someEdition, uploadEdition } from '../support/files.js';
import { CREATE_INSTRUMENT, createInstrument, instrumentInput } from '../support/instrument-builder.js';
import { manyMembers } from '../support/members.js';
import { SUBMIT, act, proposalInput, submitProposal } from '../support/proposal-builder.js';
import { SUBMIT_PRACTICE_REPORT, practiceReportInput, submitPracticeReport } from '../support/practice-report-builder.js';
import { AccountsService } from '../../apps/api/src/accounts/accounts.service.js';
import { AccountTokens } from '../../apps/api/src/accounts/account-tokens.js';
import { FollowingService } from '../../apps/api/src/following/following.service.js';
import { signedIn, startTestApp, type TestApp } from '../support/test-app.js';

type Role = 'VISITOR' | 'MEMBER' | 'CURATOR' | 'ADMIN';
const ROLES: Role[] = ['VISITOR', 'MEMBER', 'CURATOR', 'ADMIN'];

interface Case {
  /** Mutation name, or Type.field for a guarded field. */
  name: string;
  /** The least role that may; null means public. */
  least: Exclude<Role, 'VISITOR'> | null;
  query: string;
  /** Ends or replaces the session: runs on a throwaway session of the role. */
  ownSession?: boolean;
  /** Fresh variables for one attempt (mutations change state). */
  variables?: (setup: Setup) => Promise<Record<string, unknown>>;
}

interface Setup {
  app: TestApp;
  admin: string;
  /** The acting role's session cookie; undefined for a visitor. */
  cookie?: string;
}

const RATE = 'mutation ($input: RateInstrumentInput!) { rateInstrument(input: $input) { id } }';
const FOLLOW = 'mutation ($input: FollowInput!) { follow(input: $input) { id kind } }';
const unique = () => randomBytes(4).toString('hex');

async function synonymGroup({ app, admin }: Setup): Promise<string> {
  const response = await app.gql<{ createSynonymGroup: { id: string } }>(
    'mutation ($input: CreateSynonymGroupInput!) { createSynonymGroup(input: $input) { id } }',
    { input: { words: [`eerste-${unique()}`, `tweede-${unique()}`] } },
    admin,
  );
  return response.data!.createSynonymGroup.id;
}

/** A review by a new member on a new instrument (never the acting role's own). */
async function someonesReview({ app, admin }: Setup): Promise<string> {
  const { id } = await createInstrument(app, admin);
  const [member] = await manyMembers(app, 1);
  const rated = await app.gql<{ rateInstrument: { id: string } }>(RATE, { input: { instrumentId: id, score: 2, review: 'Niet bruikbaar.' } }, member.cookie);
  return rated.data!.rateInstrument.id;
}

/** A running pilot on a new prototype, recorded by the admin. */
async function somePilot({ app, admin }: Setup): Promise<{ pilotId: string; slug: string }> {
  const { id, slug } = await createInstrument(app, admin);
  await app.dataSource.query(`UPDATE instruments SET status = 'PROTOTYPE' WHERE id = $1`, [id]);
  const recorded = await app.gql<{ recordPilot: { id: string } }>(
    'mutation ($input: RecordPilotInput!) { recordPilot(input: $input) { id } }',
    { input: { instrumentId: id, community: 'LC Autorisatie (fictief)', startsOn: '2026-01-01', state: 'RUNNING' } },
    admin,
  );
  return { pilotId: recorded.data!.recordPilot.id, slug };
}

const CASES: Case[] = [
  {
    name: 'register',
    least: null,
    ownSession: true,
    query: 'mutation ($input: RegisterInput!) { register(input: $input) }',
    variables: async () => ({ input: { email: `new-${unique()}@example.org`, displayName: 'Nieuw Lid', password: 'een lang wachtwoord' } }),
  },
  {
    name: 'signIn',
    least: null,
    ownSession: true,
    query: 'mutation ($input: SignInInput!) { signIn(input: $input) { id } }',
    variables: async ({ app }) => {
      const email = `signin-${unique()}@example.org`;
      await app.nest.get(AccountsService).upsert(email, 'Iemand', 'een lang wachtwoord', 'MEMBER');
      return { input: { email, password: 'een lang wachtwoord' } };
    },
  },
  { name: 'signOut', least: null, ownSession: true, query: 'mutation { signOut }' },
  {
    name: 'createInstrument',
    least: 'CURATOR',
    query: CREATE_INSTRUMENT,
    variables: async () => ({ input: instrumentInput() }),
  },
  {
    name: 'updateInstrument',
    least: 'CURATOR',
    query: 'mutation ($input: UpdateInstrumentInput!) { updateInstrument(input: $input) { id version } }',
    variables: async ({ app, admin }) => {
      const { id, version } = await createInstrument(app, admin);
      return { input: { id, version, summary: 'Een nieuwe samenvatting van dit instrument.' } };
    },
  },
  {
    name: 'changeInstrumentStatus',
    least: 'CURATOR',
    query: 'mutation ($input: ChangeInstrumentStatusInput!) { changeInstrumentStatus(input: $input) { status } }',
    variables: async ({ app, admin }) => ({ input: { id: (await createInstrument(app, admin)).id, status: 'IN_DESIGN' } }),
  },
  {
    name: 'assessEvidence',
    least: 'CURATOR',
    query: 'mutation ($input: AssessEvidenceInput!) { assessEvidence(input: $input) { evidenceLevel } }',
    variables: async ({ app, admin }) => ({
      input: { instrumentId: (await createInstrument(app, admin)).id, evidenceLevel: 'DESCRIBED', reason: 'Goed beschreven.' },
    }),
  },
  {
    name: 'retireInstrument',
    least: 'CURATOR',
    query: 'mutation ($input: RetireInstrumentInput!) { retireInstrument(input: $input) { status } }',
    variables: async ({ app, admin }) => ({ input: { id: (await createInstrument(app, admin)).id, note: 'Vervangen.' } }),
  },
  {
    name: 'createVocabularyTerm',
    least: 'CURATOR',
    query: 'mutation ($input: CreateVocabularyTermInput!) { createVocabularyTerm(input: $input) { code } }',
    variables: async () => ({ input: { vocabulary: 'TAG', code: `tag-${unique()}`, labelNl: 'Thema', labelEn: 'Theme' } }),
  },
  {
    name: 'updateVocabularyTerm',
    least: 'CURATOR',
    query: 'mutation ($input: UpdateVocabularyTermInput!) { updateVocabularyTerm(input: $input) { code } }',
    variables: async () => ({ input: { vocabulary: 'SECTOR', code: 'WO', labelEn: `University ${unique()}` } }),
  },
  {
    name: 'reorderVocabulary',
    least: 'CURATOR',
    query: 'mutation ($input: ReorderVocabularyInput!) { reorderVocabulary(input: $input) { code } }',
    variables: async () => ({ input: { vocabulary: 'SECTOR', codes: ['HBO', 'MBO', 'WO', 'PRACTICE'] } }),
  },
  {
    name: 'deleteVocabularyTerm',
    least: 'CURATOR',
    query: 'mutation ($input: DeleteVocabularyTermInput!) { deleteVocabularyTerm(input: $input) }',
    variables: async ({ app, admin }) => {
      const code = `weg-${unique()}`;
      await app.gql(
        'mutation ($input: CreateVocabularyTermInput!) { createVocabularyTerm(input: $input) { code } }',
        { input: { vocabulary: 'TAG', code, labelNl: 'Weg', labelEn: 'Gone' } },
        admin,
      );
      return { input: { vocabulary: 'TAG', code } };
    },
  },
  {
    name: 'setAccountRole',
    least: 'ADMIN',
    query: 'mutation ($input: SetAccountRoleInput!) { setAccountRole(input: $input) { role } }',
    variables: async ({ app }) => {
      const account = await app.nest.get(AccountsService).upsert(`role-${unique()}@example.org`, 'Rol', 'een lang wachtwoord', 'MEMBER');
      return { input: { accountId: account.id, role: 'CURATOR' } };
    },
  },
  {
    name: 'rateInstrument',
    least: 'MEMBER',
    query: 'mutation ($input: RateInstrumentInput!) { rateInstrument(input: $input) { score } }',
    variables: async ({ app, admin }) => ({ input: { instrumentId: (await createInstrument(app, admin)).id, score: 4 } }),
  },
  {
    name: 'removeMyRating',
    least: 'MEMBER',
    query: 'mutation ($input: RemoveMyRatingInput!) { removeMyRating(input: $input) { id } }',
    variables: async ({ app, admin, cookie }) => {
      const { id } = await createInstrument(app, admin);
      if (cookie) await app.gql(RATE, { input: { instrumentId: id, score: 3 } }, cookie);
      return { input: { instrumentId: id } };
    },
  },
  {
    name: 'hideReview',
    least: 'CURATOR',
    query: 'mutation ($input: HideReviewInput!) { hideReview(input: $input) { hidden } }',
    variables: async ({ app, admin }) => {
      const { id } = await createInstrument(app, admin);
      const [member] = await manyMembers(app, 1);
      const rated = await app.gql<{ rateInstrument: { id: string } }>(
        'mutation ($input: RateInstrumentInput!) { rateInstrument(input: $input) { id } }',
        { input: { instrumentId: id, score: 1, review: 'Onzin.' } },
        member.cookie,
      );
      return { input: { ratingId: rated.data!.rateInstrument.id, reason: 'Niet ter zake' } };
    },
  },
  {
    name: 'unhideReview',
    least: 'CURATOR',
    query: 'mutation ($input: UnhideReviewInput!) { unhideReview(input: $input) { hidden } }',
    variables: async (setup) => {
      const ratingId = await someonesReview(setup);
      await setup.app.gql('mutation ($input: HideReviewInput!) { hideReview(input: $input) { id } }', { input: { ratingId, reason: 'Niet ter zake' } }, setup.admin);
      return { input: { ratingId } };
    },
  },
  {
    name: 'reportReview',
    least: 'MEMBER',
    query: 'mutation ($input: ReportReviewInput!) { reportReview(input: $input) { reportedByMe } }',
    variables: async (setup) => ({ input: { ratingId: await someonesReview(setup), reason: 'SPAM' } }),
  },
  {
    name: 'dismissReviewReports',
    least: 'CURATOR',
    query: 'mutation ($input: DismissReviewReportsInput!) { dismissReviewReports(input: $input) { id } }',
    variables: async (setup) => ({ input: { ratingId: await someonesReview(setup) } }),
  },
  {
    name: 'submitProposal',
    least: 'MEMBER',
    query: SUBMIT,
    variables: async () => ({ input: proposalInput() }),
  },
  {
    name: 'updateProposal',
    least: 'MEMBER',
    query: 'mutation ($input: UpdateProposalInput!) { updateProposal(input: $input) { id } }',
    variables: async (setup) => ({ input: { id: await ownProposal(setup), summary: 'Een betere samenvatting.' } }),
  },
  {
    name: 'resubmitProposal',
    least: 'MEMBER',
    query: 'mutation ($input: ProposalRefInput!) { resubmitProposal(input: $input) { id } }',
    variables: async (setup) => {
      const id = await ownProposal(setup);
      await act(setup.app, 'startReview', setup.admin, { id });
      await act(setup.app, 'requestChanges', setup.admin, { id, reason: 'Graag meer uitleg.' });
      return { input: { id } };
    },
  },
  {
    name: 'withdrawProposal',
    least: 'MEMBER',
    query: 'mutation ($input: ProposalRefInput!) { withdrawProposal(input: $input) { id } }',
    variables: async (setup) => ({ input: { id: await ownProposal(setup) } }),
  },
  {
    name: 'startReview',
    least: 'CURATOR',
    query: 'mutation ($input: ProposalRefInput!) { startReview(input: $input) { id } }',
    variables: async ({ app, admin }) => ({ input: { id: await submitProposal(app, admin) } }),
  },
  {
    name: 'requestChanges',
    least: 'CURATOR',
    query: 'mutation ($input: ProposalDecisionInput!) { requestChanges(input: $input) { id } }',
    variables: async (setup) => ({ input: { id: await proposalInReview(setup), reason: 'Graag meer uitleg.' } }),
  },
  {
    name: 'rejectProposal',
    least: 'CURATOR',
    query: 'mutation ($input: ProposalDecisionInput!) { rejectProposal(input: $input) { id } }',
    variables: async (setup) => ({ input: { id: await proposalInReview(setup), reason: 'Past niet in de catalogus.' } }),
  },
  {
    name: 'acceptProposal',
    least: 'CURATOR',
    query: 'mutation ($input: AcceptProposalInput!) { acceptProposal(input: $input) { id } }',
    variables: async (setup) => ({ input: { id: await proposalInReview(setup), status: 'IDEA' } }),
  },
  {
    name: 'createSynonymGroup',
    least: 'CURATOR',
    query: 'mutation ($input: CreateSynonymGroupInput!) { createSynonymGroup(input: $input) { id } }',
    variables: async () => ({ input: { words: [`woord-${unique()}`, `term-${unique()}`] } }),
  },
  {
    name: 'updateSynonymGroup',
    least: 'CURATOR',
    query: 'mutation ($input: UpdateSynonymGroupInput!) { updateSynonymGroup(input: $input) { id } }',
    variables: async (setup) => ({ input: { id: await synonymGroup(setup), words: [`nieuw-${unique()}`, `ander-${unique()}`] } }),
  },
  {
    name: 'deleteSynonymGroup',
    least: 'CURATOR',
    query: 'mutation ($input: DeleteSynonymGroupInput!) { deleteSynonymGroup(input: $input) }',
    variables: async (setup) => ({ input: { id: await synonymGroup(setup) } }),
  },
  { name: 'Query.myProposals', least: 'MEMBER', query: '{ myProposals { id } }' },
  { name: 'Query.synonymGroups', least: 'CURATOR', query: '{ synonymGroups { id words } }' },
  { name: 'Query.similarInstruments', least: 'MEMBER', query: '{ similarInstruments(title: "rubric") { title } }' },
  { name: 'Query.proposals', least: 'CURATOR', query: '{ proposals { totalCount } }' },
  { name: 'Query.proposalsAwaitingReview', least: 'CURATOR', query: '{ proposalsAwaitingReview }' },
  {
    name: 'Query.accounts',
    least: 'ADMIN',
    query: '{ accounts(first: 5) { totalCount edges { node { id email role } } } }',
  },
  {
    name: 'Instrument.contactEmail',
    least: 'MEMBER',
    query: '{ instrument(slug: "rubric-interdisciplinaire-samenwerking") { contactEmail } }',
  },
  {
    name: 'Instrument.revisions',
    least: 'CURATOR',
    query: '{ instrument(slug: "rubric-interdisciplinaire-samenwerking") { revisions { action } } }',
  },
  {
    name: 'Query.reportedReviews',
    least: 'CURATOR',
    query: '{ reportedReviews(first: 5) { totalCount edges { node { id openReports { reason } } } } }',
  },
  {
    name: 'Account.email (own, through me)',
    least: null,
    query: '{ me { id email } }',
  },
  {
    name: 'requestPasswordReset',
    least: null,
    query: 'mutation ($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) }',
    variables: async () => ({ input: { email: `reset-${unique()}@example.org` } }),
  },
  {
    name: 'resetPassword',
    least: null,
    ownSession: true,
    query: 'mutation ($input: ResetPasswordInput!) { resetPassword(input: $input) }',
    variables: async ({ app }) => ({ input: { token: await mailedToken(app, 'PASSWORD_RESET'), password: 'een nieuw en lang wachtwoord' } }),
  },
  {
    name: 'confirmEmail',
    least: null,
    query: 'mutation ($input: ConfirmEmailInput!) { confirmEmail(input: $input) { id } }',
    variables: async ({ app }) => ({ input: { token: await mailedToken(app, 'EMAIL_VERIFICATION') } }),
  },
  { name: 'resendMyVerification', least: 'MEMBER', query: 'mutation { resendMyVerification }' },
  {
    name: 'changePassword',
    least: 'MEMBER',
    ownSession: true,
    query: 'mutation ($input: ChangePasswordInput!) { changePassword(input: $input) }',
    variables: async () => ({ input: { currentPassword: 'correct horse battery', newPassword: 'een nieuw en lang wachtwoord' } }),
  },
  {
    name: 'changeEmail',
    least: 'MEMBER',
    ownSession: true,
    query: 'mutation ($input: ChangeEmailInput!) { changeEmail(input: $input) }',
    variables: async () => ({ input: { password: 'correct horse battery', newEmail: `nieuw-${unique()}@example.org` } }),
  },
  { name: 'signOutEverywhere', least: 'MEMBER', ownSession: true, query: 'mutation { signOutEverywhere }' },
  {
    name: 'deleteMyAccount',
    least: 'MEMBER',
    ownSession: true,
    query: 'mutation ($input: DeleteMyAccountInput!) { deleteMyAccount(input: $input) }',
    variables: async () => ({ input: { password: 'correct horse battery' } }),
  },
  ...(['disableAccount', 'enableAccount'] as const).map((name) => ({
    name,
    least: 'ADMIN' as const,
    query: `mutation ($input: AccountRefInput!) { ${name}(input: $input) { id } }`,
    variables: async ({ app }: Setup) => ({ input: { accountId: (await freshAccount(app)).id } }),
  })),
  {
    name: 'resendVerification',
    least: 'ADMIN',
    query: 'mutation ($input: AccountRefInput!) { resendVerification(input: $input) { id } }',
    variables: async ({ app }) => {
      const { id } = await freshAccount(app);
      await app.dataSource.query('UPDATE accounts SET email_verified_at = NULL WHERE id = $1', [id]);
      return { input: { accountId: id } };
    },
  },
  { name: 'Query.myData', least: 'MEMBER', query: '{ myData }' },
  { name: 'Account.emailVerified, lastSignInAt (own, through me)', least: null, query: '{ me { emailVerified lastSignInAt } }' },
  { name: 'Account.disabled, lastSignInAt of others', least: 'ADMIN', query: '{ accounts(first: 3) { edges { node { disabled lastSignInAt emailVerified } } } }' },
  {
    name: 'recordPilot',
    least: 'CURATOR',
    query: 'mutation ($input: RecordPilotInput!) { recordPilot(input: $input) { id } }',
    variables: async ({ app, admin }) => {
      const { id } = await createInstrument(app, admin);
      await app.dataSource.query(`UPDATE instruments SET status = 'PILOTING' WHERE id = $1`, [id]);
      return { input: { instrumentId: id, community: 'LC Autorisatie (fictief)', startsOn: '2026-02-01' } };
    },
  },
  {
    name: 'updatePilot',
    least: 'CURATOR',
    query: 'mutation ($input: UpdatePilotInput!) { updatePilot(input: $input) { id } }',
    variables: async (setup) => ({ input: { id: (await somePilot(setup)).pilotId, state: 'FINISHED' } }),
  },
  {
    name: 'invitePilotMember',
    least: 'CURATOR',
    query: 'mutation ($input: InvitePilotMemberInput!) { invitePilotMember(input: $input) { id } }',
    variables: async (setup) => {
      const account = await setup.app.nest.get(AccountsService).upsert(`pilot-${unique()}@example.org`, 'Pilotlid', 'een lang wachtwoord', 'MEMBER');
      return { input: { pilotId: (await somePilot(setup)).pilotId, email: account.email } };
    },
  },
  {
    name: 'addPilotFeedback',
    least: 'MEMBER',
    query: 'mutation ($input: AddPilotFeedbackInput!) { addPilotFeedback(input: $input) { id } }',
    // The acting member is invited first: only invited members (or curators for them) give feedback.
    variables: async (setup) => {
      const { pilotId } = await somePilot(setup);
      const me = await setup.app.gql<{ me: { email: string } | null }>('{ me { email } }', {}, setup.cookie);
      const email = me.data?.me?.email;
      if (email) await setup.app.gql('mutation ($input: InvitePilotMemberInput!) { invitePilotMember(input: $input) { id } }', { input: { pilotId, email } }, setup.admin);
      return { input: { pilotId, worked: 'Het werkte goed.', recommend: true, usefulness: 4 } };
    },
  },
  {
    name: 'Pilot.members',
    least: 'CURATOR',
    query: 'query ($slug: String!) { instrument(slug: $slug) { pilots { members { email } } } }',
    variables: async (setup) => ({ slug: (await somePilot(setup)).slug }),
  },
  {
    name: 'submitPracticeReport',
    least: 'MEMBER',
    query: SUBMIT_PRACTICE_REPORT,
    variables: async (setup) => ({ input: practiceReportInput(await practiceInstrument(setup)) }),
  },
  {
    name: 'updatePracticeReport',
    least: 'MEMBER',
    query: 'mutation ($input: UpdatePracticeReportInput!) { updatePracticeReport(input: $input) { id } }',
    variables: async (setup) => ({ input: { id: await ownPracticeReport(setup), communityName: 'Een andere naam (fictief)' } }),
  },
  {
    name: 'publishPracticeReport',
    least: 'CURATOR',
    query: 'mutation ($input: PracticeReportRefInput!) { publishPracticeReport(input: $input) { id } }',
    variables: async (setup) => ({ input: { id: await submitPracticeReport(setup.app, setup.admin, await practiceInstrument(setup)) } }),
  },
  {
    name: 'declinePracticeReport',
    least: 'CURATOR',
    query: 'mutation ($input: DeclinePracticeReportInput!) { declinePracticeReport(input: $input) { id } }',
    variables: async (setup) => ({ input: { id: await submitPracticeReport(setup.app, setup.admin, await practiceInstrument(setup)), reason: 'Te weinig over de partners.' } }),
  },
  {
    name: 'Query.myPracticeReports',
    least: 'MEMBER',
    query: '{ myPracticeReports { id status } }',
  },
  {
    name: 'Query.practiceReports (not published)',
    least: 'CURATOR',
    query: '{ practiceReports(filter: { status: SUBMITTED }) { totalCount } }',
  },
  {
    name: 'Query.failedMails',
    least: 'ADMIN',
    query: '{ failedMails(first: 3) { totalCount edges { node { recipient subject attempts lastError failedAt } } } }',
  },
  {
    name: 'retryMail',
    least: 'ADMIN',
    query: 'mutation ($input: RetryMailInput!) { retryMail(input: $input) { id queued } }',
    variables: async ({ app }) => {
      const [{ id }] = await app.dataSource.query(
        `INSERT INTO outbox_mails (to_address, subject, body_text, attempts, last_error, failed_at) VALUES ('weg@example.org', 'Mislukt', 'Tekst', 6, 'geweigerd', now()) RETURNING id::text AS id`,
      );
      return { input: { id } };
    },
  },
  {
    name: 'assessEvidence (citing a practice report and a pilot)',
    least: 'CURATOR',
    query: 'mutation ($input: AssessEvidenceInput!) { assessEvidence(input: $input) { evidenceLevel } }',
    variables: async (setup) => {
      const { pilotId, slug } = await somePilot(setup);
      const [{ id }] = await setup.app.dataSource.query('SELECT id FROM instruments WHERE slug = $1', [slug]);
      const reportId = await submitPracticeReport(setup.app, setup.admin, id);
      await setup.app.gql('mutation ($input: PracticeReportRefInput!) { publishPracticeReport(input: $input) { id } }', { input: { id: reportId } }, setup.admin);
      const sources = [
        { kind: 'PRACTICE_REPORT', practiceReportId: reportId },
        { kind: 'PILOT', pilotId },
      ];
      return { input: { instrumentId: id, evidenceLevel: 'DESCRIBED', reason: 'Beschreven en beproefd.', sources } };
    },
  },
  {
    name: 'retireFileEdition',
    least: 'CURATOR',
    query: 'mutation ($input: RetireFileEditionInput!) { retireFileEdition(input: $input) { id retired } }',
    variables: async ({ app, admin }) => ({ input: { id: (await someEdition(app, admin, (await createInstrument(app, admin)).slug)).editionId } }),
  },
  {
    name: 'restoreFileEdition',
    least: 'CURATOR',
    query: 'mutation ($input: RestoreFileEditionInput!) { restoreFileEdition(input: $input) { id retired } }',
    variables: async ({ app, admin }) => ({ input: { id: (await someEdition(app, admin, (await createInstrument(app, admin)).slug)).editionId } }),
  },
  {
    name: 'renameInstrumentFile',
    least: 'CURATOR',
    query: 'mutation ($input: RenameInstrumentFileInput!) { renameInstrumentFile(input: $input) { id title } }',
    variables: async ({ app, admin }) => ({ input: { id: (await someEdition(app, admin, (await createInstrument(app, admin)).slug)).fileId, title: 'Canvas (A3)' } }),
  },
  {
    name: 'moveInstrumentFile',
    least: 'CURATOR',
    query: 'mutation ($input: MoveInstrumentFileInput!) { moveInstrumentFile(input: $input) { id position } }',
    variables: async ({ app, admin }) => ({ input: { id: (await someEdition(app, admin, (await createInstrument(app, admin)).slug)).fileId, position: 0 } }),
  },
  {
    // The author while the proposal is open, or a curator: each role removes from its own proposal here.
    name: 'removeProposalAttachment',
    least: 'MEMBER',
    query: 'mutation ($input: RemoveProposalAttachmentInput!) { removeProposalAttachment(input: $input) { id } }',
    variables: async (setup) => {
      const proposalId = await ownProposal(setup);
      const { body } = await attachToProposal(setup.app, proposalId, {}, { name: 'bijlage.pdf', bytes: pdfLike(100) }, setup.cookie ?? setup.admin);
      return { input: { id: body.edition!.id } };
    },
  },
  { name: 'Query.fileLimits', least: null, query: '{ fileLimits { maxFileBytes } }' },  {
    name: 'createCollection',
    least: 'CURATOR',
    query: 'mutation ($input: CreateCollectionInput!) { createCollection(input: $input) { id } }',
    variables: async () => ({ input: { title: `Startpakket ${unique()}` } }),
  },
  ...(
    [
      ['updateCollection', 'UpdateCollectionInput'],
      ['setCollectionItems', 'SetCollectionItemsInput'],
      ['publishCollection', 'CollectionRefInput'],
      ['unpublishCollection', 'CollectionRefInput'],
    ] as const
  ).map(([name, inputType]) => ({
    name,
    least: 'CURATOR' as const,
    query: `mutation ($input: ${inputType}!) { ${name}(input: $input) { id } }`,
    variables: async (setup: Setup) => {
      const { app, admin } = setup;
      const kit = await app.gql<{ createCollection: { id: string } }>('mutation ($input: CreateCollectionInput!) { createCollection(input: $input) { id } }', { input: { title: `Startpakket ${unique()}` } }, admin);
      const id = kit.data!.createCollection.id;
      const { id: instrumentId } = await createInstrument(app, admin);
      await app.gql('mutation ($input: SetCollectionItemsInput!) { setCollectionItems(input: $input) { id } }', { input: { id, items: [{ instrumentId, why: 'Omdat.' }] } }, admin);
      const extra: Record<string, Record<string, unknown>> = { updateCollection: { title: 'Een andere titel' }, setCollectionItems: { items: [] } };
      return { input: { id, ...extra[name] } };
    },
  })),
  {
    name: 'follow',
    least: 'MEMBER',
    query: FOLLOW,
    variables: async ({ app, admin }) => ({ input: { instrumentId: (await createInstrument(app, admin)).id } }),
  },
  {
    // Each role ends a follow of its own (a visitor names the admin's).
    name: 'unfollow',
    least: 'MEMBER',
    query: 'mutation ($input: UnfollowInput!) { unfollow(input: $input) }',
    variables: async ({ app, admin, cookie }) => ({ input: { id: await someFollow(app, admin, cookie ?? admin) } }),
  },
  {
    name: 'updateFollowSettings',
    least: 'MEMBER',
    query: 'mutation ($input: UpdateFollowSettingsInput!) { updateFollowSettings(input: $input) { frequency } }',
    variables: async () => ({ input: { frequency: 'IMMEDIATE' } }),
  },
  {
    // The link in a follow mail works without a session: anyone holding it.
    name: 'unsubscribe',
    least: null,
    query: 'mutation ($input: UnsubscribeInput!) { unsubscribe(input: $input) { kind label } }',
    variables: async ({ app, admin }) => ({ input: { token: await unsubscribeToken(app, admin) } }),
  },
  { name: 'Query.myFollows', least: 'MEMBER', query: '{ myFollows(first: 5) { totalCount edges { node { id kind } } } }' },
  { name: 'Query.myFollowSettings', least: 'MEMBER', query: '{ myFollowSettings { frequency } }' },
  {
    name: 'Query.unsubscribePreview',
    least: null,
    query: 'query ($token: String!) { unsubscribePreview(token: $token) { kind label } }',
    variables: async ({ app, admin }) => ({ token: await unsubscribeToken(app, admin) }),
  },
];

/** A follow of a new instrument by the cookie's member. */
async function someFollow(app: TestApp, admin: string, cookie: string): Promise<string> {
  const { id: instrumentId } = await createInstrument(app, admin);
  const followed = await app.gql<{ follow: { id: string } }>(FOLLOW, { input: { instrumentId } }, cookie);
  return followed.data!.follow.id;
}

/** The unsubscribe token a follow mail would carry, for a new follow of the admin's. */
async function unsubscribeToken(app: TestApp, admin: string): Promise<string> {
  const followId = await someFollow(app, admin, admin);
  const [row] = await app.dataSource.query('SELECT account_id, instrument_id FROM follows WHERE id = $1', [followId]);
  return app.nest.get(FollowingService).tokens.sign({ scope: 'follow', accountId: row.account_id, followId, kind: 'INSTRUMENT', targetId: row.instrument_id });
}

const freshAccount = (app: TestApp) => app.nest.get(AccountsService).upsert(`konto-${unique()}@example.org`, 'Konto', 'een lang wachtwoord', 'MEMBER');

/** The token of a new mailed link of a fresh account, as the mail would carry it. */
async function mailedToken(app: TestApp, purpose: 'PASSWORD_RESET' | 'EMAIL_VERIFICATION'): Promise<string> {
  const account = await freshAccount(app);
  return app.nest.get(AccountTokens).issue(app.dataSource, account.id, purpose, account.email);
}

/** The plain HTTP routes (outside /graphql), with the least role each needs. */
interface HttpCase {
  route: string;
  least: Exclude<Role, 'VISITOR'> | null;
  /** The status of an allowed request; 200 unless given. */
  ok?: number;
  /** Sends one request as the role; `written` tells afterwards whether it changed anything. */
  send: (setup: Setup) => Promise<{ response: Response; written?: () => Promise<boolean> }>;
}

const cookieHeader = (cookie?: string): Record<string, string> => (cookie ? { cookie } : {});

const HTTP_CASES: HttpCase[] = [
  ...(['.csv', '.json', '-excel.csv'] as const).map((file) => ({
    route: `GET /export/instruments${file}`,
    least: null,
    send: async ({ app, cookie }: Setup) => ({
      response: await fetch(`${baseUrl(app)}/export/instruments${file}?fase=EVALUATE`, { headers: cookieHeader(cookie) }),
    }),
  })),
  {
    route: 'GET /export/pilots.json',
    least: null,
    send: async ({ app, cookie }: Setup) => ({ response: await fetch(`${baseUrl(app)}/export/pilots.json`, { headers: cookieHeader(cookie) }) }),
  },
  {
    route: 'GET /robots.txt',
    least: null,
    send: async ({ app, cookie }: Setup) => ({ response: await fetch(`${baseUrl(app)}/robots.txt`, { headers: cookieHeader(cookie) }) }),
  },
  {
    route: 'GET /sitemap.xml',
    least: null,
    send: async ({ app, cookie }: Setup) => ({ response: await fetch(`${baseUrl(app)}/sitemap.xml`, { headers: cookieHeader(cookie) }) }),
  },
  {
    // The same answer for every role: this catalogue fits one sitemap, so part 1 does not exist (tests/api/seo.test.ts splits one).
    route: 'GET /sitemap/:file',
    least: null,
    ok: 404,
    send: async ({ app, cookie }: Setup) => ({ response: await fetch(`${baseUrl(app)}/sitemap/1.xml`, { headers: cookieHeader(cookie) }) }),
  },
  ...(['live', 'ready'] as const).map((probe) => ({
    route: `GET /health/${probe}`,
    least: null,
    send: async ({ app, cookie }: Setup) => ({ response: await fetch(`${baseUrl(app)}/health/${probe}`, { headers: cookieHeader(cookie) }) }),
  })),
  {
    route: 'POST /api/import/instruments',
    least: 'CURATOR',
    send: async ({ app, cookie }) => {
      const slug = `autorisatie-${unique()}`;
      const response = await fetch(`${baseUrl(app)}/api/import/instruments`, {
        method: 'POST',
        headers: { 'content-type': 'text/csv', ...cookieHeader(cookie) },
        body: csvFile([row(slug)]),
      });
      const written = async () =>
        (await app.dataSource.query('SELECT 1 FROM instruments WHERE slug = $1', [slug])).length > 0;
      return { response, written };
    },
  },
  {
    route: 'GET /export/practice-reports.json',
    least: null,
    send: async ({ app, cookie }: Setup) => ({ response: await fetch(`${baseUrl(app)}/export/practice-reports.json`, { headers: cookieHeader(cookie) }) }),
  },
  {
    route: 'POST /api/import/practice-reports',
    least: 'CURATOR',
    send: async ({ app, cookie }) => {
      const whatWeDid = `Via een import binnengekomen praktijkvoorbeeld ${unique()}.`;
      const { instrumentId: _, ...report } = practiceReportInput('', { whatWeDid });
      const response = await fetch(`${baseUrl(app)}/api/import/practice-reports`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...cookieHeader(cookie) },
        body: JSON.stringify([{ instrument: 'rubric-interdisciplinaire-samenwerking', ...report }]),
      });
      const written = async () => (await app.dataSource.query('SELECT 1 FROM practice_reports WHERE what_we_did = $1', [whatWeDid])).length > 0;
      return { response, written };
    },
  },
  {
    route: 'POST /api/import/pilots',
    least: 'CURATOR',
    send: async ({ app, cookie }) => {
      const community = `Learning community ${unique()} (fictief)`;
      const response = await fetch(`${baseUrl(app)}/api/import/pilots`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...cookieHeader(cookie) },
        body: JSON.stringify([{ instrument: 'rubric-interdisciplinaire-samenwerking', community, startsOn: '2026-01-15', state: 'PLANNED' }]),
      });
      const written = async () => (await app.dataSource.query('SELECT 1 FROM pilots WHERE community = $1', [community])).length > 0;
      return { response, written };
    },
  },
  {
    route: 'POST /api/files/instruments/:slug/editions',
    least: 'CURATOR',
    ok: 201,
    send: async ({ app, admin, cookie }) => {
      const title = `Autorisatie ${unique()}`;
      const { slug } = await createInstrument(app, admin);
      const form = new FormData();
      form.append('title', title);
      form.append('versionLabel', 'v1');
      form.append('file', new Blob([pdfLike(100)]), 'canvas.pdf');
      const response = await fetch(`${baseUrl(app)}/api/files/instruments/${slug}/editions`, {
        method: 'POST',
        headers: { 'x-requested-with': 'test', ...cookieHeader(cookie) },
        body: form,
      });
      const written = async () => (await app.dataSource.query('SELECT 1 FROM instrument_files WHERE title = $1', [title])).length > 0;
      return { response, written };
    },
  },
  {
    // Its author while it is open, or a curator: every role attaches to a proposal of its own here.
    route: 'POST /api/files/proposals/:proposalId/attachments',
    least: 'MEMBER',
    ok: 201,
    send: async (setup) => {
      const proposalId = await ownProposal(setup);
      const form = new FormData();
      form.append('file', new Blob([pdfLike(100)]), 'bijlage.pdf');
      const response = await fetch(`${baseUrl(setup.app)}/api/files/proposals/${proposalId}/attachments`, {
        method: 'POST',
        headers: { 'x-requested-with': 'test', ...cookieHeader(setup.cookie) },
        body: form,
      });
      const written = async () => (await setup.app.dataSource.query('SELECT 1 FROM file_editions WHERE proposal_id = $1', [proposalId])).length > 0;
      return { response, written };
    },
  },
  {
    // The one-click unsubscribe of follow mails: the token is the authority, no session or CSRF header.
    route: 'POST /api/unsubscribe',
    least: null,
    send: async ({ app, admin, cookie }) => {
      const token = await unsubscribeToken(app, admin);
      const response = await fetch(`${baseUrl(app)}/api/unsubscribe?token=${token}`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', ...cookieHeader(cookie) },
        body: 'List-Unsubscribe=One-Click',
      });
      const target = app.nest.get(FollowingService).tokens.verify(token);
      const followId = target?.scope === 'follow' ? target.followId : null;
      const written = async () => (await app.dataSource.query('SELECT 1 FROM follows WHERE id = $1', [followId])).length === 0;
      return { response, written };
    },
  },
  {
    // Changes nothing (link scanners): redirects to the web page that asks.
    route: 'GET /api/unsubscribe',
    least: null,
    ok: 303,
    send: async ({ app, admin, cookie }) => ({
      response: await fetch(`${baseUrl(app)}/api/unsubscribe?token=${await unsubscribeToken(app, admin)}`, { headers: cookieHeader(cookie), redirect: 'manual' }),
    }),
  },
  {
    // A current edition of an instrument: everyone; retired ones and attachments are checked below.
    route: 'GET /files/:editionId/:fileName',
    least: null,
    send: async ({ app, admin, cookie }) => {
      const { downloadUrl } = await someEdition(app, admin, (await createInstrument(app, admin)).slug);
      return { response: await fetch(`${baseUrl(app)}${downloadUrl}`, { headers: cookieHeader(cookie) }) };
    },
  },
];

/** A proposal of the acting member (or, for a visitor, of someone). */
async function ownProposal({ app, admin, cookie }: Setup): Promise<string> {
  return submitProposal(app, cookie ?? admin);
}

async function proposalInReview({ app, admin }: Setup): Promise<string> {
  const id = await submitProposal(app, admin);
  await act(app, 'startReview', admin, { id });
  return id;
}

/** The seeded instrument practice reports are written about. */
async function practiceInstrument({ app }: Setup): Promise<string> {
  const [row] = await app.dataSource.query(`SELECT id FROM instruments WHERE slug = 'rubric-interdisciplinaire-samenwerking'`);
  return row.id;
}

/** A practice report of the acting member (or, for a visitor, of someone). */
async function ownPracticeReport(setup: Setup): Promise<string> {
  return submitPracticeReport(setup.app, setup.cookie ?? setup.admin, await practiceInstrument(setup));
}

let app: TestApp;
const cookies: Partial<Record<Role, string>> = {};

beforeAll(async () => {
  app = await startTestApp();
  for (const role of ['MEMBER', 'CURATOR', 'ADMIN'] as const) cookies[role] = await signedIn(app, role);
});
afterAll(() => app?.close());

const rank = (role: Role) => ROLES.indexOf(role);

describe('authorization table', () => {
  it('covers every mutation in schema.gql', async () => {
    const schema = buildSchema(await readFile(path.resolve('schema.gql'), 'utf8'));
    const mutations = Object.keys(schema.getMutationType()!.getFields()).sort();
    expect(CASES.map((c) => c.name).filter((n) => mutations.includes(n)).sort()).toEqual(mutations);
  });

  const rows = CASES.flatMap((c) => ROLES.map((role) => [c.name, role, c] as const));
  it.each(rows)('%s as %s', async (_name, role, c) => {
    const cookie = c.ownSession && role !== 'VISITOR' ? await signedIn(app, role) : cookies[role];
    const variables = c.variables ? await c.variables({ app, admin: cookies.ADMIN!, cookie }) : undefined;
    const response = await app.gql(c.query, variables, cookie);
    const codes = (response.errors ?? []).map((e) => e.extensions?.code);
    if (c.least && rank(role) < rank(c.least)) {
      expect(codes).toEqual([role === 'VISITOR' ? 'UNAUTHENTICATED' : 'FORBIDDEN']);
    } else {
      expect(response.errors).toBeUndefined();
      expect(response.data).toBeTruthy();
    }
  });

  it('covers every HTTP route outside GraphQL', async () => {
    const express = app.nest.getHttpAdapter().getInstance() as { router: { stack: { route?: { path: string; methods: Record<string, boolean> } }[] } };
    const routes = express.router.stack
      .flatMap((layer) => (layer.route ? Object.keys(layer.route.methods).map((m) => `${m.toUpperCase()} ${layer.route!.path}`) : []))
      // The web app's fallback (index.html for every other path) serves no data.
      .filter((route) => !route.endsWith(' {/*splat}'))
      .sort();
    expect(routes.length).toBeGreaterThan(0);
    expect(HTTP_CASES.map((c) => c.route).sort()).toEqual(routes);
  });

  const httpRows = HTTP_CASES.flatMap((c) => ROLES.map((role) => [c.route, role, c] as const));
  it.each(httpRows)('%s as %s', async (_route, role, c) => {
    const { response, written } = await c.send({ app, admin: cookies.ADMIN!, cookie: cookies[role] });
    const body = await response.text();
    if (c.least && rank(role) < rank(c.least)) {
      expect(response.status).toBe(role === 'VISITOR' ? 401 : 403);
      expect(JSON.parse(body)).toMatchObject({ code: role === 'VISITOR' ? 'UNAUTHENTICATED' : 'FORBIDDEN' });
      if (written) expect(await written()).toBe(false);
    } else {
      expect(response.status).toBe(c.ok ?? 200);
      if (written) expect(await written()).toBe(true);
    }
  });

  it('lets a member not attach to someone else’s proposal, nor download its attachments (404: not theirs to know)', async () => {
    const [author, other] = await manyMembers(app, 2);
    const proposalId = await submitProposal(app, author.cookie);
    const own = await attachToProposal(app, proposalId, {}, { name: 'bijlage.pdf', bytes: pdfLike(100) }, author.cookie);
    expect(own.status).toBe(201);
    const foreign = await attachToProposal(app, proposalId, {}, { name: 'bijlage.pdf', bytes: pdfLike(100) }, other.cookie);
    expect([foreign.status, foreign.body.code]).toEqual([404, 'NOT_FOUND']);
    const url = `${baseUrl(app)}${own.body.edition!.downloadUrl}`;
    expect((await fetch(url, { headers: { cookie: other.cookie } })).status).toBe(404);
    expect((await fetch(url)).status).toBe(404);
    expect((await fetch(url, { headers: { cookie: author.cookie } })).status).toBe(200);
    expect((await fetch(url, { headers: { cookie: cookies.CURATOR! } })).status).toBe(200);
    const removed = await app.gql('mutation ($input: RemoveProposalAttachmentInput!) { removeProposalAttachment(input: $input) { id } }', { input: { id: own.body.edition!.id } }, other.cookie);
    expect(removed.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('lets only curators download a retired edition (404 for others)', async () => {
    const { slug } = await createInstrument(app, cookies.ADMIN!);
    const { body } = await uploadEdition(app, slug, { title: 'Oud', versionLabel: 'v1' }, { name: 'oud.pdf', bytes: pdfLike(100) }, cookies.CURATOR);
    await app.gql('mutation ($input: RetireFileEditionInput!) { retireFileEdition(input: $input) { id } }', { input: { id: body.edition!.id } }, cookies.CURATOR);
    for (const role of ROLES) {
      const response = await fetch(`${baseUrl(app)}${body.edition!.downloadUrl}`, { headers: cookieHeader(cookies[role]) });
      expect([role, response.status]).toEqual([role, rank(role) >= rank('CURATOR') ? 200 : 404]);
    }
  });

  it('shows a member their own e-mail address but nobody else', async () => {
    const { me } = (await app.gql<{ me: { email: string } | null }>('{ me { email } }', {}, cookies.MEMBER)).data!;
    expect(me?.email).toMatch(/^member-.*@example\.org$/);
    expect((await app.gql<{ me: null }>('{ me { email } }')).data?.me).toBeNull();
  });
});
