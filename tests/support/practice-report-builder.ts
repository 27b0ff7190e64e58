import type { TestApp } from './test-app.js';
import { dataOf } from './test-app.js';

export const SUBMIT_PRACTICE_REPORT = `mutation ($input: SubmitPracticeReportInput!) { submitPracticeReport(input: $input) { id status version } }`;

export function practiceReportInput(instrumentId: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    instrumentId,
    communityName: 'Learning community Zorgtechniek (fictief)',
    sectors: ['MBO'],
    partnerKinds: ['COMPANIES', 'SCHOOLS'],
    phase: 'DEVELOP',
    periodFrom: '2025-09',
    periodTo: '2026-01',
    whatWeDid: 'We gebruikten het canvas in drie bijeenkomsten met docenten en praktijkbegeleiders.',
    whatItYielded: 'Een gedeeld beeld van de doelen en een werkplan voor het eerste jaar.',
    whatWeWouldChange: 'Eerder de studenten erbij betrekken en meer tijd voor de tweede ronde.',
    ...overrides,
  };
}

export async function submitPracticeReport(app: TestApp, cookie: string, instrumentId: string, overrides: Record<string, unknown> = {}): Promise<string> {
  return dataOf(await app.gql<{ submitPracticeReport: { id: string } }>(SUBMIT_PRACTICE_REPORT, { input: practiceReportInput(instrumentId, overrides) }, cookie))
    .submitPracticeReport.id;
}

/** Runs publishPracticeReport ({ id }) or declinePracticeReport ({ id, reason }). */
export function decidePracticeReport(app: TestApp, mutation: 'publishPracticeReport' | 'declinePracticeReport', cookie: string | undefined, input: Record<string, unknown>) {
  const inputType = mutation === 'declinePracticeReport' ? 'DeclinePracticeReportInput' : 'PracticeReportRefInput';
  return app.gql<Record<string, { id: string; status: string; decisionReason: string | null }>>(
    `mutation ($input: ${inputType}!) { ${mutation}(input: $input) { id status decisionReason } }`,
    { input },
    cookie,
  );
}
