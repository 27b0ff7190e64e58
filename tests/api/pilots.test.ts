import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { seedExampleData } from '#database';
import { createInstrument } from '../support/instrument-builder.js';
import { manyMembers, type Member } from '../support/members.js';
import { dataOf, signedIn, startTestApp, type TestApp } from '../support/test-app.js';

let app: TestApp;
let curator: string;

beforeAll(async () => {
  app = await startTestApp();
  curator = await signedIn(app, 'CURATOR');
});
afterAll(() => app?.close());

const RECORD = `mutation ($input: RecordPilotInput!) { recordPilot(input: $input) { id community startsOn endsOn state note } }`;
const UPDATE = `mutation ($input: UpdatePilotInput!) { updatePilot(input: $input) { id community startsOn endsOn state note } }`;
const INVITE = `mutation ($input: InvitePilotMemberInput!) { invitePilotMember(input: $input) { id } }`;
const FEEDBACK = `mutation ($input: AddPilotFeedbackInput!) {
  addPilotFeedback(input: $input) { id member worked change recommend usefulness onBehalf }
}`;
const PILOTS = `query ($slug: String!) { instrument(slug: $slug) {
  pilotsSummary { pilots planned running finished feedback { count recommendCount meanUsefulness } }
  pilots { id community state invitedMe feedbackSummary { count recommendCount meanUsefulness } feedback { member usefulness } myFeedback { usefulness } }
} }`;

interface PilotView {
  id: string;
  community: string;
  state: string;
  invitedMe: boolean;
  feedbackSummary: { count: number; recommendCount: number; meanUsefulness: number | null };
  feedback: { member: string; usefulness: number }[] | null;
  myFeedback: { usefulness: number } | null;
}
interface PilotsView {
  instrument: {
    pilotsSummary: { pilots: number; planned: number; running: number; finished: number; feedback: PilotView['feedbackSummary'] };
    pilots: PilotView[];
  };
}

async function prototype(status = 'PROTOTYPE'): Promise<{ id: string; slug: string }> {
  const instrument = await createInstrument(app, curator);
  await app.dataSource.query('UPDATE instruments SET status = $2 WHERE id = $1', [instrument.id, status]);
  return instrument;
}

async function recordPilot(instrumentId: string, overrides: Record<string, unknown> = {}): Promise<string> {
  const input = { instrumentId, community: 'Learning community Techniek Twente (fictief)', startsOn: '2026-09-01', state: 'RUNNING', ...overrides };
  return dataOf(await app.gql<{ recordPilot: { id: string } }>(RECORD, { input }, curator)).recordPilot.id;
}

async function emailOf(member: Member): Promise<string> {
  const [{ email }] = await app.dataSource.query('SELECT email FROM accounts WHERE id = $1', [member.id]);
  return email;
}

async function invite(pilotId: string, member: Member): Promise<void> {
  dataOf(await app.gql(INVITE, { input: { pilotId, email: (await emailOf(member)).toUpperCase() } }, curator));
}

const feedbackInput = (pilotId: string, overrides: Record<string, unknown> = {}) => ({
  pilotId,
  worked: 'De gesprekskaarten brachten het gesprek op gang.',
  change: 'Minder kaarten per ronde.',
  recommend: true,
  usefulness: 4,
  ...overrides,
});

const codeOf = (response: { errors?: { extensions?: { code?: string } }[] }) => response.errors?.[0]?.extensions?.code;
const fieldsOf = (response: { errors?: { extensions?: { fields?: string[] } }[] }) => response.errors?.[0]?.extensions?.fields;

describe('recordPilot and updatePilot', () => {
  it('records a pilot on a prototype and changes its period and state', async () => {
    const { id, slug } = await prototype();
    const recorded = dataOf(
      await app.gql<{ recordPilot: Record<string, unknown> }>(
        RECORD,
        { input: { instrumentId: id, community: '  LC Zorg Noord (fictief) ', startsOn: '2026-03-01', endsOn: '2026-06-30', note: 'Eerste ronde' } },
        curator,
      ),
    ).recordPilot;
    expect(recorded).toMatchObject({ community: 'LC Zorg Noord (fictief)', startsOn: '2026-03-01', endsOn: '2026-06-30', state: 'PLANNED', note: 'Eerste ronde' });

    const updated = dataOf(
      await app.gql<{ updatePilot: Record<string, unknown> }>(UPDATE, { input: { id: recorded.id, state: 'FINISHED', endsOn: null, note: null } }, curator),
    ).updatePilot;
    expect(updated).toMatchObject({ community: 'LC Zorg Noord (fictief)', startsOn: '2026-03-01', endsOn: null, state: 'FINISHED', note: null });

    const view = dataOf(await app.gql<PilotsView>(PILOTS, { slug })).instrument;
    expect(view.pilotsSummary).toEqual({ pilots: 1, planned: 0, running: 0, finished: 1, feedback: { count: 0, recommendCount: 0, meanUsefulness: null } });
  });

  it('only curators record and update pilots', async () => {
    const { id } = await prototype('PILOTING');
    const [member] = await manyMembers(app, 1);
    const input = { instrumentId: id, community: 'LC Bouw (fictief)', startsOn: '2026-01-01' };
    expect(codeOf(await app.gql(RECORD, { input }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await app.gql(RECORD, { input }, member.cookie))).toBe('FORBIDDEN');
    const pilotId = await recordPilot(id);
    expect(codeOf(await app.gql(UPDATE, { input: { id: pilotId, state: 'FINISHED' } }, member.cookie))).toBe('FORBIDDEN');
    expect(codeOf(await app.gql(INVITE, { input: { pilotId, email: await emailOf(member) } }, member.cookie))).toBe('FORBIDDEN');
  });

  it('pilots only prototypes and piloting instruments', async () => {
    for (const status of ['IDEA', 'AVAILABLE', 'RETIRED']) {
      const { id } = await prototype(status);
      const response = await app.gql(RECORD, { input: { instrumentId: id, community: 'LC Zorg (fictief)', startsOn: '2026-01-01' } }, curator);
      expect(codeOf(response)).toBe('CONFLICT');
    }
    const missing = await app.gql(RECORD, { input: { instrumentId: '00000000-0000-4000-8000-000000000000', community: 'LC Zorg', startsOn: '2026-01-01' } }, curator);
    expect(codeOf(missing)).toBe('NOT_FOUND');
  });

  it('refuses invalid input with the field', async () => {
    const { id } = await prototype();
    const base = { instrumentId: id, community: 'LC Zorg (fictief)', startsOn: '2026-05-01' };
    for (const [input, field] of [
      [{ ...base, endsOn: '2026-04-30' }, 'endsOn'],
      [{ ...base, startsOn: '1 mei 2026' }, 'startsOn'],
      [{ ...base, community: ' ' }, 'community'],
      [{ ...base, community: 'x'.repeat(161) }, 'community'],
    ] as const) {
      const response = await app.gql(RECORD, { input }, curator);
      expect(codeOf(response)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(response)?.join()).toContain(field);
    }
    const pilotId = await recordPilot(id, { startsOn: '2026-05-01', state: 'PLANNED' });
    const late = await app.gql(UPDATE, { input: { id: pilotId, startsOn: '2026-07-01', endsOn: '2026-06-01' } }, curator);
    expect(codeOf(late)).toBe('BAD_USER_INPUT');
    expect(codeOf(await app.gql(INVITE, { input: { pilotId, email: 'niemand-bekend@example.org' } }, curator))).toBe('BAD_USER_INPUT');
  });
});

describe('addPilotFeedback', () => {
  it('takes feedback from invited members once, and sums it up', async () => {
    const { id, slug } = await prototype('PILOTING');
    const pilotId = await recordPilot(id);
    const [a, b, outsider] = await manyMembers(app, 3);
    await invite(pilotId, a);
    await invite(pilotId, a); // inviting twice is harmless, and mails once
    await invite(pilotId, b);
    const mails: { subject: string; body_text: string }[] = await app.dataSource.query('SELECT subject, body_text FROM outbox_mails WHERE to_address = $1', [
      await emailOf(a),
    ]);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toMatch(/^Uitnodiging: feedback op de pilot van /);
    expect(mails[0]!.body_text).toContain(`/instrumenten/${slug}#pilots`);

    const given = dataOf(await app.gql<{ addPilotFeedback: Record<string, unknown> }>(FEEDBACK, { input: feedbackInput(pilotId) }, a.cookie)).addPilotFeedback;
    expect(given).toMatchObject({ recommend: true, usefulness: 4, onBehalf: false, change: 'Minder kaarten per ronde.' });
    dataOf(await app.gql(FEEDBACK, { input: feedbackInput(pilotId, { recommend: false, usefulness: 1, change: '' }) }, b.cookie));

    const again = await app.gql(FEEDBACK, { input: feedbackInput(pilotId, { usefulness: 5 }) }, a.cookie);
    expect(codeOf(again)).toBe('CONFLICT');
    expect(codeOf(await app.gql(FEEDBACK, { input: feedbackInput(pilotId) }, outsider.cookie))).toBe('FORBIDDEN');
    expect(codeOf(await app.gql(FEEDBACK, { input: feedbackInput(pilotId) }))).toBe('UNAUTHENTICATED');
    const [{ n }] = await app.dataSource.query('SELECT count(*)::int AS n FROM pilot_feedback WHERE pilot_id = $1', [pilotId]);
    expect(n).toBe(2);

    const summary = { count: 2, recommendCount: 1, meanUsefulness: 2.5 };
    const visitor = dataOf(await app.gql<PilotsView>(PILOTS, { slug })).instrument;
    expect(visitor.pilotsSummary.feedback).toEqual(summary);
    expect(visitor.pilots[0]).toMatchObject({ feedbackSummary: summary, feedback: null, myFeedback: null, invitedMe: false });
    const mine = dataOf(await app.gql<PilotsView>(PILOTS, { slug }, a.cookie)).instrument.pilots[0];
    expect(mine).toMatchObject({ invitedMe: true, myFeedback: { usefulness: 4 } });
    expect(mine.feedback).toHaveLength(2);
    expect(dataOf(await app.gql<PilotsView>(PILOTS, { slug }, outsider.cookie)).instrument.pilots[0].feedback).toBeNull();
    expect(dataOf(await app.gql<PilotsView>(PILOTS, { slug }, curator)).instrument.pilots[0].feedback).toHaveLength(2);
  });

  it('lets curators give feedback on an invited member’s behalf, not members', async () => {
    const { id } = await prototype();
    const pilotId = await recordPilot(id);
    const [site, other] = await manyMembers(app, 2);
    await invite(pilotId, site);
    await invite(pilotId, other);
    const onBehalf = await app.gql<{ addPilotFeedback: { onBehalf: boolean; member: string } }>(
      FEEDBACK,
      { input: feedbackInput(pilotId, { memberId: site.id }) },
      curator,
    );
    expect(dataOf(onBehalf).addPilotFeedback.onBehalf).toBe(true);
    // The member's own feedback was given for them: once per pilot and member.
    expect(codeOf(await app.gql(FEEDBACK, { input: feedbackInput(pilotId) }, site.cookie))).toBe('CONFLICT');
    expect(codeOf(await app.gql(FEEDBACK, { input: feedbackInput(pilotId, { memberId: other.id }) }, site.cookie))).toBe('FORBIDDEN');
    const [stranger] = await manyMembers(app, 1);
    const notInvited = await app.gql(FEEDBACK, { input: feedbackInput(pilotId, { memberId: stranger.id }) }, curator);
    expect(codeOf(notInvited)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(notInvited)).toEqual(['memberId']);
    // A pilot with feedback cannot go back to planned.
    expect(codeOf(await app.gql(UPDATE, { input: { id: pilotId, state: 'PLANNED' } }, curator))).toBe('CONFLICT');
  });

  it('waits until the pilot has started and validates the answers', async () => {
    const { id } = await prototype();
    const pilotId = await recordPilot(id, { state: 'PLANNED' });
    const [site] = await manyMembers(app, 1);
    await invite(pilotId, site);
    expect(codeOf(await app.gql(FEEDBACK, { input: feedbackInput(pilotId) }, site.cookie))).toBe('CONFLICT');
    dataOf(await app.gql(UPDATE, { input: { id: pilotId, state: 'RUNNING' } }, curator));
    for (const [overrides, field] of [
      [{ usefulness: 0 }, 'usefulness'],
      [{ usefulness: 6 }, 'usefulness'],
      [{ worked: '  ' }, 'worked'],
      [{ change: 'x'.repeat(2001) }, 'change'],
    ] as const) {
      const response = await app.gql(FEEDBACK, { input: feedbackInput(pilotId, overrides) }, site.cookie);
      expect(codeOf(response)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(response)?.join()).toContain(field);
    }
    dataOf(await app.gql(FEEDBACK, { input: feedbackInput(pilotId) }, site.cookie));
  });

  it('keeps one feedback per pilot and member in the database too', async () => {
    const { id } = await prototype();
    const pilotId = await recordPilot(id);
    const [site] = await manyMembers(app, 1);
    await invite(pilotId, site);
    const insert = `INSERT INTO pilot_feedback (pilot_id, account_id, worked, recommend, usefulness) VALUES ($1, $2, 'Werkte goed', true, 3)`;
    await app.dataSource.query(insert, [pilotId, site.id]);
    await expect(app.dataSource.query(insert, [pilotId, site.id])).rejects.toThrow(/pilot_feedback_pilot_account_key/);
    const [stranger] = await manyMembers(app, 1);
    await expect(app.dataSource.query(insert, [pilotId, stranger.id])).rejects.toThrow(/foreign key/);
  });
});

describe('the overview', () => {
  it('counts pilots per phase', async () => {
    const query = '{ overview { practiceByPhase { phase { code count } pilots instrumentsPiloted practiceReports instrumentsWithPractice } } }';
    type Rows = { overview: { practiceByPhase: { phase: { code: string; count: number }; pilots: number; instrumentsPiloted: number; practiceReports: number }[] } };
    const develop = async () => dataOf(await app.gql<Rows>(query)).overview.practiceByPhase.find((r) => r.phase.code === 'DEVELOP')!;
    const before = await develop();
    const { id } = await prototype();
    await recordPilot(id);
    await recordPilot(id, { community: 'LC Logistiek (fictief)' });
    const after = await develop();
    expect(after.pilots).toBe(before.pilots + 2);
    expect(after.instrumentsPiloted).toBe(before.instrumentsPiloted + 1);
    expect(after.phase.count).toBe(before.phase.count + 1);
    expect(after.instrumentsPiloted).toBeLessThanOrEqual(after.phase.count);
  });
});

describe('the overview with practice reports', () => {
  it('counts published practice reports per phase, and instruments with one', async () => {
    const fresh = await startTestApp();
    try {
      const [a, b] = (await fresh.dataSource.query(
        `SELECT i.id FROM instruments i JOIN instrument_phases ip ON ip.instrument_id = i.id JOIN phases p ON p.id = ip.phase_id
         WHERE p.code = 'EVALUATE' ORDER BY i.slug LIMIT 2`,
      )) as { id: string }[];
      const [author] = await manyMembers(fresh, 1);
      const story = 'Een verhaal uit de praktijk van minstens twintig tekens.';
      const insert = `INSERT INTO practice_reports (instrument_id, author_id, status, sectors, partner_kinds, phase, period_from,
          what_we_did, what_it_yielded, what_we_would_change, published_at)
        VALUES ($1, $2, $3::practice_report_status, ARRAY['HBO'], ARRAY['COMPANIES'], 'EVALUATE', '2026-01', $4, $4, $4, CASE WHEN $3::text = 'PUBLISHED' THEN now() END)`;
      await fresh.dataSource.query(insert, [a!.id, author!.id, 'PUBLISHED', story]);
      await fresh.dataSource.query(insert, [a!.id, author!.id, 'PUBLISHED', story]);
      await fresh.dataSource.query(insert, [b!.id, author!.id, 'SUBMITTED', story]);
      const query = '{ overview { practiceByPhase { phase { code } practiceReports instrumentsWithPractice } } }';
      type Rows = { overview: { practiceByPhase: { phase: { code: string }; practiceReports: number; instrumentsWithPractice: number }[] } };
      const rows = dataOf(await fresh.gql<Rows>(query)).overview.practiceByPhase;
      expect(rows.find((r) => r.phase.code === 'EVALUATE')).toEqual({ phase: { code: 'EVALUATE' }, practiceReports: 2, instrumentsWithPractice: 1 });
      expect(rows.find((r) => r.phase.code === 'DEVELOP')).toMatchObject({ practiceReports: 0 });
    } finally {
      await fresh.close();
    }
  });
});

describe('example pilots', () => {
  it('come with the example community: fictional, with feedback the API sums up', async () => {
    const fresh = await startTestApp({ seed: false });
    try {
      await fresh.dataSource.transaction((em) => seedExampleData(em, { community: true }));
      const rows: { community: string; status: string; feedback: number }[] = await fresh.dataSource.query(
        `SELECT p.community, i.status, (SELECT count(*)::int FROM pilot_feedback f WHERE f.pilot_id = p.id) AS feedback
         FROM pilots p JOIN instruments i ON i.id = p.instrument_id ORDER BY p.starts_on`,
      );
      expect(rows.length).toBeGreaterThanOrEqual(3);
      for (const row of rows) {
        expect(row.community).toContain('(fictief)');
        expect(['PROTOTYPE', 'PILOTING']).toContain(row.status);
      }
      const view = dataOf(await fresh.gql<PilotsView>(PILOTS, { slug: 'zelfscan-duurzaamheid-van-je-learning-community' })).instrument;
      expect(view.pilotsSummary).toMatchObject({ pilots: 2, running: 1, finished: 1, feedback: { count: 4, recommendCount: 3, meanUsefulness: 4 } });
    } finally {
      await fresh.close();
    }
  });
});

describe('export', () => {
  it('downloads every pilot with what everyone may read, by instrument slug', async () => {
    const { id, slug } = await prototype();
    const pilotId = await recordPilot(id, { community: 'LC Export (fictief)', endsOn: '2026-12-18' });
    const [site] = await manyMembers(app, 1);
    await invite(pilotId, site);
    dataOf(await app.gql(FEEDBACK, { input: feedbackInput(pilotId, { usefulness: 5 }) }, site.cookie));
    const response = await fetch(app.url.replace(/\/graphql$/, '/export/pilots.json'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="pilots-\d{4}-\d{2}-\d{2}\.json"$/);
    const pilots = (await response.json()) as Record<string, unknown>[];
    const mine = pilots.find((p) => p.id === pilotId);
    expect(mine).toMatchObject({
      instrument: slug,
      community: 'LC Export (fictief)',
      startsOn: '2026-09-01',
      endsOn: '2026-12-18',
      state: 'RUNNING',
      feedbackSummary: { count: 1, recommendCount: 1, meanUsefulness: 5 },
    });
    expect(Object.keys(mine!).sort()).toEqual(['community', 'createdAt', 'endsOn', 'feedbackSummary', 'id', 'instrument', 'note', 'startsOn', 'state', 'updatedAt']);
  });
});

describe('statements per page', () => {
  it('reads the pilots of a page of instruments in the same few statements for 10 and for 100', async () => {
    for (const status of ['PROTOTYPE', 'PILOTING']) {
      const { id } = await prototype(status);
      const pilotId = await recordPilot(id);
      const [site] = await manyMembers(app, 1);
      await invite(pilotId, site);
      dataOf(await app.gql(FEEDBACK, { input: feedbackInput(pilotId) }, site.cookie));
    }
    const query = `query ($first: Int) { instruments(first: $first) { edges { node {
      id pilotsSummary { pilots feedback { count } }
      pilots { id invitedMe feedbackSummary { count } myFeedback { id } feedback { id member } members { email } instrument { id } }
    } } } }`;
    const counts: Record<number, number> = {};
    for (const first of [10, 100]) {
      await app.gql(query, { first: 1 }, curator); // warm up
      app.statements.reset();
      const response = await app.gql<{ instruments: { edges: unknown[] } }>(query, { first }, curator);
      expect(response.errors).toBeUndefined();
      counts[first] = app.statements.count;
    }
    expect(counts[100]).toBe(counts[10]);
    expect(counts[10]).toBeLessThanOrEqual(10);
  });
});
