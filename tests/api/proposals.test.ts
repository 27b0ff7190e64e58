import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createInstrument } from '../support/instrument-builder.js';
import { SMTPServer } from 'smtp-server';
import type { AddressInfo } from 'node:net';
import { OutboxSender } from '../../apps/api/src/notifications/outbox-sender.service.js';
import { act, proposalInput, SUBMIT, submitProposal } from '../support/proposal-builder.js';
import { dataOf, signedIn, startTestApp, type TestApp } from '../support/test-app.js';

let app: TestApp;
let member: string;
let otherMember: string;
let curator: string;
let secondCurator: string;

beforeAll(async () => {
  app = await startTestApp();
  member = await signedIn(app, 'MEMBER', `voorsteller-${Date.now()}@example.org`);
  otherMember = await signedIn(app, 'MEMBER');
  curator = await signedIn(app, 'CURATOR');
  secondCurator = await signedIn(app, 'CURATOR');
});
afterAll(() => app?.close());

const PROPOSAL = `query ($id: String!) { proposal(id: $id) {
  status title decisionReason reviewerName phases { code } type { code }
  history { from to reason by } instrument { slug status }
} }`;

async function mails(): Promise<{ to_address: string; subject: string; body_text: string; sent_at: Date | null; attempts: number; last_error: string | null; next_attempt_at: Date }[]> {
  return app.dataSource.query('SELECT * FROM outbox_mails ORDER BY id');
}

describe('proposal lifecycle', () => {
  it('goes submitted → in review → changes requested → edited → resubmitted → in review → accepted', async () => {
    const id = await submitProposal(app, member, { title: 'Kaartspel over rollen in de learning community' });
    expect(dataOf(await act(app, 'startReview', curator, { id })).startReview.status).toBe('IN_REVIEW');
    const before = (await mails()).length;
    dataOf(await act(app, 'requestChanges', curator, { id, reason: 'Beschrijf voor wie het spel bedoeld is.' }));
    const changeMail = (await mails()).slice(before);
    expect(changeMail).toHaveLength(1);
    expect(changeMail[0]).toMatchObject({ to_address: expect.stringMatching(/^voorsteller-/), sent_at: null });
    expect(changeMail[0].body_text).toContain('Beschrijf voor wie het spel bedoeld is.');
    expect(changeMail[0].body_text).toContain(`/voorstellen/${id}`);

    const mine = dataOf(await app.gql<{ myProposals: { id: string; status: string; decisionReason: string }[] }>('{ myProposals { id status decisionReason } }', {}, member));
    expect(mine.myProposals.find((p) => p.id === id)).toEqual({ id, status: 'CHANGES_REQUESTED', decisionReason: 'Beschrijf voor wie het spel bedoeld is.' });

    dataOf(
      await app.gql(
        'mutation ($input: UpdateProposalInput!) { updateProposal(input: $input) { id } }',
        { input: { id, audiences: ['STUDENTS', 'TEACHERS'], summary: 'Een kaartspel voor studenten en docenten over rollen.' } },
        member,
      ),
    );
    expect(dataOf(await act(app, 'resubmitProposal', member, { id })).resubmitProposal.status).toBe('SUBMITTED');
    dataOf(await act(app, 'startReview', secondCurator, { id }));
    const accepted = dataOf(await act(app, 'acceptProposal', secondCurator, { id, status: 'IDEA' }));
    expect(accepted.acceptProposal.status).toBe('ACCEPTED');

    const { proposal } = dataOf(await app.gql<{ proposal: Record<string, unknown> & { history: unknown[] } }>(PROPOSAL, { id }, member));
    expect(proposal).toMatchObject({
      status: 'ACCEPTED',
      reviewerName: 'Test CURATOR',
      instrument: { slug: 'kaartspel-over-rollen-in-de-learning-community', status: 'IDEA' },
    });
    expect(proposal.history.map((e) => (e as { to: string }).to)).toEqual([
      'SUBMITTED', 'IN_REVIEW', 'CHANGES_REQUESTED', 'SUBMITTED', 'IN_REVIEW', 'ACCEPTED',
    ]);
    expect(proposal.history[2]).toMatchObject({ reason: 'Beschrijf voor wie het spel bedoeld is.' });
    const found = dataOf(await app.gql<{ instruments: { edges: { node: { title: string; audiences: { code: string }[] } }[] } }>(
      '{ instruments(search: "kaartspel rollen") { edges { node { title audiences { code } } } } }',
    ));
    expect(found.instruments.edges[0].node).toEqual({
      title: 'Kaartspel over rollen in de learning community',
      audiences: [{ code: 'TEACHERS' }, { code: 'STUDENTS' }],
    });
    const acceptedMail = (await mails()).at(-1)!;
    expect(acceptedMail.subject).toMatch(/^Voorstel opgenomen/);
    expect(acceptedMail.body_text).toContain('/instrumenten/kaartspel-over-rollen-in-de-learning-community');
  });

  it('shows what the proposer changed since the request, field by field, and the curator edits while accepting', async () => {
    const CHANGES = `query ($id: String!) { proposal(id: $id) { status changesSinceRequest { field before after } } }`;
    const changes = async (cookie: string) =>
      dataOf(await app.gql<{ proposal: { changesSinceRequest: { field: string; before: string[]; after: string[] }[] | null } }>(CHANGES, { id }, cookie))
        .proposal.changesSinceRequest;
    const id = await submitProposal(app, member, {
      title: 'Wijzigingen volgen na een verzoek',
      audiences: ['TEACHERS'],
      links: [{ label: 'Site', url: 'https://example.org/oud' }],
    });
    dataOf(await act(app, 'startReview', curator, { id }));
    // Never asked for changes: nothing to compare with.
    expect(await changes(curator)).toBeNull();
    dataOf(await act(app, 'requestChanges', curator, { id, reason: 'Noem de doelgroep en een betere link.' }));
    expect(await changes(member)).toEqual([]);
    const [{ fields }] = await app.dataSource.query(`SELECT fields FROM proposal_events WHERE proposal_id = $1 AND to_status = 'CHANGES_REQUESTED'`, [id]);
    expect(fields).toMatchObject({ title: 'Wijzigingen volgen na een verzoek', audiences: ['TEACHERS'] });

    dataOf(
      await app.gql(
        'mutation ($input: UpdateProposalInput!) { updateProposal(input: $input) { id } }',
        {
          input: {
            id,
            audiences: ['STUDENTS', 'TEACHERS'],
            links: [{ label: 'Site', url: 'https://example.org/nieuw' }],
            timeNeeded: '2 uur',
            motivation: 'Nu met doelgroep en een nieuwe link, zoals gevraagd.',
          },
        },
        member,
      ),
    );
    dataOf(await act(app, 'resubmitProposal', member, { id }));
    const expected = [
      { field: 'audiences', before: ['TEACHERS'], after: ['STUDENTS', 'TEACHERS'] },
      { field: 'timeNeeded', before: [], after: ['2 uur'] },
      { field: 'links', before: ['Site (https://example.org/oud)'], after: ['Site (https://example.org/nieuw)'] },
      { field: 'motivation', before: [expect.any(String)], after: ['Nu met doelgroep en een nieuwe link, zoals gevraagd.'] },
    ];
    const seen = await changes(curator);
    expect(seen).toEqual(expect.arrayContaining(expected));
    expect(seen).toHaveLength(expected.length);
    // The curator sees the same as the proposer.
    expect(await changes(member)).toEqual(seen);

    // Only a request for changes keeps the fields: the database refuses them on another event.
    await expect(
      app.dataSource.query(
        `INSERT INTO proposal_events (proposal_id, from_status, to_status, actor_name, fields) VALUES ($1, 'SUBMITTED', 'IN_REVIEW', 'x', '{}'::jsonb)`,
        [id],
      ),
    ).rejects.toThrow(/proposal_events_fields_on_request/);

    dataOf(await act(app, 'startReview', curator, { id }));
    const accepted = dataOf(
      await act(app, 'acceptProposal', curator, { id, status: 'IDEA', edits: { title: 'Wijzigingen volgen (bewerkt bij opname)', sectors: ['HBO'] } }),
    );
    expect(accepted.acceptProposal.status).toBe('ACCEPTED');
    const { proposal } = dataOf(await app.gql<{ proposal: { instrument: { slug: string } } }>(PROPOSAL, { id }, curator));
    const made = dataOf(
      await app.gql<{ instrument: { title: string; sectors: { code: string }[]; audiences: { code: string }[] } }>(
        'query ($slug: String!) { instrument(slug: $slug) { title sectors { code } audiences { code } } }',
        { slug: proposal.instrument.slug },
      ),
    ).instrument;
    expect(made).toEqual({ title: 'Wijzigingen volgen (bewerkt bij opname)', sectors: [{ code: 'HBO' }], audiences: [{ code: 'TEACHERS' }, { code: 'STUDENTS' }] });
  });

  it('keeps proposals private: other members see none, curators see all', async () => {
    const id = await submitProposal(app, member);
    const other = await app.gql(PROPOSAL, { id }, otherMember);
    expect(other.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const theirs = dataOf(await app.gql<{ myProposals: { id: string }[] }>('{ myProposals { id } }', {}, otherMember));
    expect(theirs.myProposals.map((p) => p.id)).not.toContain(id);
    const queue = dataOf(await app.gql<{ proposals: { edges: { node: { id: string } }[] } }>('{ proposals(status: SUBMITTED, first: 100) { edges { node { id } } } }', {}, curator));
    expect(queue.proposals.edges.map((e) => e.node.id)).toContain(id);
    const badge = dataOf(await app.gql<{ proposalsAwaitingReview: number }>('{ proposalsAwaitingReview }', {}, curator));
    expect(badge.proposalsAwaitingReview).toBe(queue.proposals.edges.length);
  });

  it.each([
    ['accept before review', 'acceptProposal', { status: 'IDEA' }, 'SUBMITTED'],
    ['reject before review', 'rejectProposal', { reason: 'Past niet.' }, 'SUBMITTED'],
    ['request changes before review', 'requestChanges', { reason: 'Meer uitleg.' }, 'SUBMITTED'],
    ['resubmit without requested changes', 'resubmitProposal', {}, 'SUBMITTED'],
    ['start review twice', 'startReview', {}, 'IN_REVIEW'],
    ['resubmit while in review', 'resubmitProposal', {}, 'IN_REVIEW'],
  ])('refuses to %s with BAD_USER_INPUT', async (_what, mutation, extra, state) => {
    const id = await submitProposal(app, member);
    if (state === 'IN_REVIEW') dataOf(await act(app, 'startReview', curator, { id }));
    const cookie = mutation === 'resubmitProposal' ? member : curator;
    const response = await act(app, mutation, cookie, { id, ...extra });
    expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses edits in review, decisions twice (CONFLICT), others withdrawing, and a reason-less rejection', async () => {
    const id = await submitProposal(app, member);
    dataOf(await act(app, 'startReview', curator, { id }));
    const edit = await app.gql('mutation ($input: UpdateProposalInput!) { updateProposal(input: $input) { id } }', { input: { id, title: 'Nieuwe titel' } }, member);
    expect(edit.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const noReason = await act(app, 'rejectProposal', curator, { id, reason: '' });
    expect(noReason.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['reason'] });
    const notYours = await act(app, 'withdrawProposal', otherMember, { id });
    expect(notYours.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    dataOf(await act(app, 'rejectProposal', curator, { id, reason: 'Bestaat al in de catalogus.' }));
    const again = await act(app, 'acceptProposal', curator, { id, status: 'IDEA' });
    expect(again.errors?.[0].extensions?.code).toBe('CONFLICT');
    const withdraw = await act(app, 'withdrawProposal', member, { id });
    expect(withdraw.errors?.[0].extensions?.code).toBe('CONFLICT');
  });

  it('lets a proposer withdraw while not decided', async () => {
    const id = await submitProposal(app, member);
    expect(dataOf(await act(app, 'withdrawProposal', member, { id })).withdrawProposal.status).toBe('WITHDRAWN');
  });

  it('validates a proposal with the instrument limits', async () => {
    for (const [override, field] of [
      [{ title: 'ab' }, 'title'],
      [{ motivation: 'kort' }, 'motivation'],
      [{ phases: ['NIET'] }, 'phases'],
      [{ type: undefined }, 'type'],
    ] as const) {
      const response = await app.gql(SUBMIT, { input: proposalInput(override) }, member);
      expect({ field, code: response.errors?.[0].extensions?.code, fields: response.errors?.[0].extensions?.fields }).toEqual({
        field,
        code: 'BAD_USER_INPUT',
        fields: [field],
      });
    }
  });
});

describe('two curators accepting at the same moment', () => {
  it('make exactly one instrument; the other gets CONFLICT', async () => {
    for (let round = 0; round < 3; round++) {
      const title = `Gelijktijdig voorstel ${round} ${Date.now()}`;
      const id = await submitProposal(app, member, { title });
      dataOf(await act(app, 'startReview', curator, { id }));
      const results = await Promise.all([
        act(app, 'acceptProposal', curator, { id, status: 'AVAILABLE' }),
        act(app, 'acceptProposal', secondCurator, { id, status: 'AVAILABLE' }),
      ]);
      expect(results.map((r) => r.errors?.[0].extensions?.code ?? 'OK').sort()).toEqual(['CONFLICT', 'OK']);
      const [{ n }] = await app.dataSource.query('SELECT count(*)::int AS n FROM instruments WHERE title = $1', [title]);
      expect(n).toBe(1);
    }
  });
});

describe('similarInstruments', () => {
  const SIMILAR = 'query ($title: String!, $summary: String) { similarInstruments(title: $title, summary: $summary) { kind title slug status } }';

  it('finds a near-duplicate title with a typo, and an open proposal', async () => {
    await submitProposal(app, otherMember, { title: 'Escaperoom over samenwerking in de wijk' });
    const { similarInstruments } = dataOf(
      await app.gql<{ similarInstruments: { kind: string; title: string }[] }>(SIMILAR, { title: 'Rubirc interdisciplinaire samenwerkng' }, member),
    );
    expect(similarInstruments[0]).toMatchObject({ kind: 'INSTRUMENT', title: 'Rubric interdisciplinaire samenwerking' });
    expect(similarInstruments.length).toBeLessThanOrEqual(5);
    const proposals = dataOf(
      await app.gql<{ similarInstruments: { kind: string; title: string }[] }>(SIMILAR, { title: 'Escaperom samenwerking wijk' }, member),
    );
    expect(proposals.similarInstruments).toContainEqual(expect.objectContaining({ kind: 'PROPOSAL', title: 'Escaperoom over samenwerking in de wijk' }));
  });

  it('keeps the words of a title with the title, whoever writes it', async () => {
    const created = await createInstrument(app, curator, { title: 'Kompaskaart teamreflectie' });
    const titles = async (title: string) =>
      dataOf(await app.gql<{ similarInstruments: { title: string }[] }>(SIMILAR, { title }, member)).similarInstruments.map((s) => s.title);
    expect(await titles('Kompaskart teamreflectie')).toContain('Kompaskaart teamreflectie');
    // A writer outside the API (psql, a migration): the trigger follows it.
    await app.dataSource.query(`UPDATE instruments SET title = 'Routekaart buurtteams' WHERE id = $1`, [created.id]);
    expect(await titles('Kompaskart teamreflectie')).not.toContain('Kompaskaart teamreflectie');
    expect(await titles('Routekart buurtteams')).toContain('Routekaart buurtteams');
    const [{ words }] = await app.dataSource.query(
      `SELECT array_agg(word ORDER BY word) AS words FROM instrument_title_words WHERE instrument_id = $1`,
      [created.id],
    );
    expect(words).toEqual(['buurtteams', 'routekaart']);
  });

  it('finds an exact duplicate among more instruments sharing its words than a word brings candidates', async () => {
    const model = await createInstrument(app, curator, { title: 'Werkvorm samenwerking regio AA' });
    // 150 titles of the same words; what tells them apart is too short to be a word.
    await app.dataSource.query(
      `INSERT INTO instruments (slug, title, summary, status, origin, type_id)
       SELECT 'werkvorm-variant-' || g, 'Werkvorm samenwerking regio ' || chr(66 + g / 26) || chr(65 + g % 26), summary, status, origin, type_id
       FROM instruments, generate_series(0, 149) AS g WHERE id = $1`,
      [model.id],
    );
    const { similarInstruments } = dataOf(
      await app.gql<{ similarInstruments: { title: string }[] }>(SIMILAR, { title: 'werkvorm samenwerking regio FK' }, member),
    );
    expect(similarInstruments[0]?.title).toBe('Werkvorm samenwerking regio FK');
  });

  it('ignores unrelated titles', async () => {
    const { similarInstruments } = dataOf(
      await app.gql<{ similarInstruments: unknown[] }>(SIMILAR, { title: 'Xylofoonconcert zwaardvis', summary: 'Quantumfysica voor katten' }, member),
    );
    expect(similarInstruments).toEqual([]);
  });
});

describe('outbox delivery', () => {
  it('delivers through SMTP with the reason, and keeps mail for a retry when the server fails', async () => {
    const received: { to: string; body: string }[] = [];
    let failing = true;
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onRcptTo(address, _session, callback) {
        if (failing) return callback(new Error('Mailbox tijdelijk niet beschikbaar'));
        callback();
      },
      onData(stream, session, callback) {
        let body = '';
        stream.on('data', (chunk: Buffer) => (body += chunk.toString()));
        stream.on('end', () => {
          received.push({ to: session.envelope.rcptTo[0].address, body });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.server.address() as AddressInfo;
    const sender = app.nest.get(OutboxSender);
    sender.useSmtp(`smtp://127.0.0.1:${port}`);
    try {
      const id = await submitProposal(app, member);
      dataOf(await act(app, 'startReview', curator, { id }));
      // Only the decision's mail is pending (not the submit's notices and confirmation: tests/api/mails.test.ts).
      await app.dataSource.query('UPDATE outbox_mails SET sent_at = now() WHERE sent_at IS NULL');
      dataOf(await act(app, 'rejectProposal', curator, { id, reason: 'Er bestaat al een vergelijkbaar instrument.' }));

      expect(await sender.deliverDue()).toBe(0);
      const [failed] = (await mails()).filter((m) => m.sent_at === null);
      expect(failed).toMatchObject({ attempts: 1, last_error: expect.stringMatching(/niet beschikbaar/) });
      expect(new Date(failed.next_attempt_at).getTime()).toBeGreaterThan(Date.now() + 20_000);
      expect(received).toEqual([]);

      failing = false;
      await app.dataSource.query('UPDATE outbox_mails SET next_attempt_at = now() WHERE sent_at IS NULL');
      expect(await sender.deliverDue()).toBe(1);
      expect(received).toHaveLength(1);
      expect(received[0].to).toMatch(/^voorsteller-/);
      const body = received[0].body.replace(/=\r?\n/g, '').replace(/=C3=AB/g, 'ë');
      expect(body).toContain('Er bestaat al een vergelijkbaar instrument.');
      expect(body).toMatch(/Subject: Voorstel niet opgenomen/);
      expect((await mails()).filter((m) => m.sent_at === null)).toEqual([]);
      expect(await sender.deliverDue()).toBe(0);
    } finally {
      sender.useSmtp(null);
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
