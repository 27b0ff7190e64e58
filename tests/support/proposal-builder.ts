import { randomBytes } from 'node:crypto';
import type { TestApp } from './test-app.js';
import { dataOf } from './test-app.js';

export const SUBMIT = `mutation ($input: SubmitProposalInput!) { submitProposal(input: $input) { id status version } }`;

export function proposalInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    title: `Voorstel ${randomBytes(3).toString('hex')} voor samen leren`,
    summary: 'Een werkvorm die we in onze learning community gebruiken.',
    phases: ['DEVELOP'],
    type: 'WORK_FORM',
    audiences: ['TEACHERS'],
    motivation: 'Werkt goed in drie teams bij ons op school.',
    ...overrides,
  };
}

export async function submitProposal(app: TestApp, cookie: string, overrides: Record<string, unknown> = {}): Promise<string> {
  return dataOf(await app.gql<{ submitProposal: { id: string } }>(SUBMIT, { input: proposalInput(overrides) }, cookie))
    .submitProposal.id;
}

/** Runs a proposal mutation that takes { id } or { id, reason }. */
export function act(app: TestApp, mutation: string, cookie: string, input: Record<string, unknown>) {
  const inputType =
    mutation === 'requestChanges' || mutation === 'rejectProposal'
      ? 'ProposalDecisionInput'
      : mutation === 'acceptProposal'
        ? 'AcceptProposalInput'
        : 'ProposalRefInput';
  return app.gql<Record<string, { id: string; status: string }>>(
    `mutation ($input: ${inputType}!) { ${mutation}(input: $input) { id status } }`,
    { input },
    cookie,
  );
}
