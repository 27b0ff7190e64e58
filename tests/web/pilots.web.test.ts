import { describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import { openPage, openSignedInPage, screenshot, seriousViolations } from '../support/browser.js';
import { createInstrument } from '../support/instrument-builder.js';
import { manyMembers, type Member } from '../support/members.js';
import { dataOf, signedIn, type TestApp } from '../support/test-app.js';
import { webSuite } from '../support/web-suite.js';
import type { Browser } from 'playwright-core';

let app: TestApp;
let browser: Browser;
let origin: string;
let curator: string;

webSuite(async (suite) => {
  ({ app, browser, origin } = suite);
  curator = await signedIn(app, 'CURATOR');
});

/** Each test drives a browser through several pages and axe scans; generous on a shared machine. */
const SLOW = 180_000;

const CHANGE_STATUS = `mutation ($input: ChangeInstrumentStatusInput!) { changeInstrumentStatus(input: $input) { id } }`;
const RECORD = `mutation ($input: RecordPilotInput!) { recordPilot(input: $input) { id } }`;
const INVITE = `mutation ($input: InvitePilotMemberInput!) { invitePilotMember(input: $input) { id } }`;
const FEEDBACK = `mutation ($input: AddPilotFeedbackInput!) { addPilotFeedback(input: $input) { id } }`;

/** A new instrument moved through the lifecycle to `status` by the API, as curators do. */
async function instrumentIn(status: 'PROTOTYPE' | 'PILOTING', title: string): Promise<{ id: string; slug: string }> {
  const created = await createInstrument(app, curator, { title });
  for (const next of ['IN_DESIGN', 'PROTOTYPE', 'PILOTING'].slice(0, status === 'PROTOTYPE' ? 2 : 3)) {
    dataOf(await app.gql(CHANGE_STATUS, { input: { id: created.id, status: next } }, curator));
  }
  return created;
}

async function pilotWithFeedback(instrumentId: string, community: string, feedback: { recommend: boolean; usefulness: number }[]): Promise<string> {
  const pilotId = dataOf(
    await app.gql<{ recordPilot: { id: string } }>(RECORD, { input: { instrumentId, community, startsOn: '2026-03-02', endsOn: '2026-06-26', state: 'FINISHED' } }, curator),
  ).recordPilot.id;
  const sites = await manyMembers(app, feedback.length);
  for (const [i, site] of sites.entries()) {
    await invite(pilotId, site);
    const answer = { pilotId, worked: 'De gesprekskaarten maakten de verwachtingen van beide kanten bespreekbaar.', change: 'Korter: twee rondes waren genoeg.', ...feedback[i] };
    dataOf(await app.gql(FEEDBACK, { input: answer }, site.cookie));
  }
  return pilotId;
}

async function invite(pilotId: string, member: Member): Promise<void> {
  const [{ email }] = await app.dataSource.query('SELECT email FROM accounts WHERE id = $1', [member.id]);
  dataOf(await app.gql(INVITE, { input: { pilotId, email } }, curator));
}

async function sectionShot(page: Page, name: string) {
  await page.locator('#pilots').scrollIntoViewIfNeeded();
  await screenshot(page, name);
}

describe('a prototype’s pilots', () => {
  it(
    'shows its pilots and a summary of their feedback to everyone, at 1280 and 390 px',
    async () => {
      const { id, slug } = await instrumentIn('PILOTING', 'Gesprekskaarten werkplekleren (fictief)');
      await pilotWithFeedback(id, 'LC Zorg en Welzijn Noord (fictief)', [
        { recommend: true, usefulness: 5 },
        { recommend: true, usefulness: 4 },
        { recommend: false, usefulness: 2 },
      ]);
      dataOf(await app.gql(RECORD, { input: { instrumentId: id, community: 'LC Techniek Twente (fictief)', startsOn: '2026-09-01', state: 'RUNNING' } }, curator));

      for (const width of [1280, 390]) {
        const { context, page, errors } = await openPage(browser, { width, height: 900 });
        await page.goto(`${origin}/instrumenten/${slug}`);
        const section = page.locator('#pilots');
        await section.getByRole('heading', { name: 'Pilots', level: 2 }).waitFor();
        const text = await section.innerText();
        expect(text).toContain('2 pilots');
        expect(text).toContain('0 gepland, 1 lopend, 1 afgerond');
        expect(text).toContain('3 keer feedback van pilotlocaties');
        expect(text).toContain('Gemiddelde bruikbaarheid: 3,7 van 5');
        expect(text).toContain('67% zou het aanraden');
        expect(text).toContain('LC Zorg en Welzijn Noord (fictief)');
        // Visitors see the numbers, not the sites' texts, and no forms.
        expect(text).not.toContain('De gesprekskaarten maakten');
        expect(await section.getByRole('button').count()).toBe(0);
        expect(await seriousViolations(page)).toEqual([]);
        await sectionShot(page, `pilots-visitor-${width}`);
        expect(errors).toEqual([]);
        await context.close();
      }
    },
    SLOW,
  );

  it(
    'proposes recording a pilot when the status moves to PILOTING, and shows the summary when it moves to AVAILABLE',
    async () => {
      const { id, slug } = await instrumentIn('PROTOTYPE', 'Partnerschapsscan (fictief)');
      const { context, page, errors } = await openSignedInPage(browser, app, 'CURATOR');
      await page.goto(`${origin}/instrumenten/${slug}`);
      // Curators see the section while the instrument can be piloted.
      await page.locator('#pilots').getByText('Nog geen pilots vastgelegd.').waitFor();

      await page.getByRole('button', { name: 'Status wijzigen' }).click();
      const dialog = page.getByRole('dialog', { name: 'Status wijzigen' });
      await dialog.getByRole('radio', { name: /In pilot/ }).check();
      const offer = dialog.getByRole('checkbox', { name: 'Daarna meteen een pilot vastleggen' });
      expect(await offer.isChecked()).toBe(true);
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, 'pilots-status-dialog-piloting', { fullPage: false });
      await dialog.getByRole('button', { name: 'Status wijzigen' }).click();
      await dialog.waitFor({ state: 'hidden' });

      // The record form opened by itself.
      const form = page.getByRole('form', { name: 'Pilot vastleggen' });
      await form.waitFor();
      await form.getByRole('button', { name: 'Pilot opslaan' }).click();
      await form.getByText('Geef de learning community: 2 tot 160 tekens.').waitFor();
      await form.getByText('Geef een begindatum.').waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await form.getByLabel('Learning community').fill('LC Logistiek Rotterdam (fictief)');
      await form.getByLabel('Begint op').fill('2026-10-05');
      await form.getByLabel('Eindigt op').fill('2026-10-01');
      await form.getByRole('button', { name: 'Pilot opslaan' }).click();
      await form.getByText('De pilot kan niet eindigen voor hij begint.').waitFor();
      await form.getByLabel('Eindigt op').fill('2026-12-18');
      await form.getByRole('radio', { name: 'Loopt' }).check();
      await form.getByRole('button', { name: 'Pilot opslaan' }).click();
      await page.getByRole('status').filter({ hasText: 'De pilot is vastgelegd.' }).waitFor();
      const section = page.locator('#pilots');
      await section.getByRole('heading', { name: /LC Logistiek Rotterdam \(fictief\)/ }).waitFor();
      expect(await section.innerText()).toContain('5 oktober 2026 tot en met 18 december 2026');
      expect(await seriousViolations(page)).toEqual([]);
      await sectionShot(page, 'pilots-curator-recorded-1280');

      // Feedback arrives; the move to AVAILABLE shows what the pilots yielded.
      const [pilot] = (await app.dataSource.query('SELECT id FROM pilots WHERE instrument_id = $1', [id])) as { id: string }[];
      const [site] = await manyMembers(app, 1);
      await invite(pilot!.id, site);
      dataOf(await app.gql(FEEDBACK, { input: { pilotId: pilot!.id, worked: 'Het overzicht van partners werkte.', recommend: true, usefulness: 4 } }, site.cookie));
      await page.reload();
      await page.getByRole('button', { name: 'Status wijzigen' }).click();
      await page.locator('#pilots').getByText('1 feedback van pilotlocaties').first().waitFor();
      await dialog.getByRole('radio', { name: /Beschikbaar/ }).check();
      const yielded = dialog.getByRole('region', { name: 'Wat de pilots opleverden' });
      await yielded.waitFor();
      expect(await yielded.innerText()).toContain('Gemiddelde bruikbaarheid: 4 van 5');
      expect(await yielded.innerText()).toContain('100% zou het aanraden');
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, 'pilots-status-dialog-available', { fullPage: false });
      expect(errors).toEqual([]);
      await context.close();
    },
    SLOW,
  );

  it(
    'lets an invited member give feedback once, with the form’s checks, at 390 px',
    async () => {
      const { id, slug } = await instrumentIn('PILOTING', 'Leerdoelenkaart (fictief)');
      const pilotId = dataOf(
        await app.gql<{ recordPilot: { id: string } }>(RECORD, { input: { instrumentId: id, community: 'LC Onderwijs West (fictief)', startsOn: '2026-09-14', state: 'RUNNING' } }, curator),
      ).recordPilot.id;
      const email = `pilotlid-${Math.random().toString(36).slice(2, 8)}@example.org`;
      const { context, page, errors } = await openSignedInPage(browser, app, 'MEMBER', { width: 390, height: 844, email });
      dataOf(await app.gql(INVITE, { input: { pilotId, email } }, curator));
      await page.goto(`${origin}/instrumenten/${slug}`);
      const form = page.getByRole('form', { name: 'Feedback geven' });
      await form.waitFor();
      await form.getByRole('button', { name: 'Feedback versturen' }).click();
      await form.getByText('Kies ja of nee.').waitFor();
      await form.getByText('Kies een bruikbaarheid van 1 tot 5.').waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, 'pilots-feedback-errors-390');

      await form.getByLabel('Wat werkte?').fill('De kaart hielp studenten hun leerdoel in eigen woorden te zeggen.');
      await form.getByLabel('Wat moet anders?').fill('Een versie voor de praktijkbegeleider.');
      await form.getByRole('radio', { name: 'Ja' }).check();
      await form.getByRole('radio', { name: '4 van 5' }).check();
      await form.getByRole('button', { name: 'Feedback versturen' }).click();
      const section = page.locator('#pilots');
      await section.getByText('Gemiddelde bruikbaarheid: 4 van 5').first().waitFor();
      // The member now sees the pilot's feedback, their own among it, and no second form.
      await section.getByText('De kaart hielp studenten hun leerdoel in eigen woorden te zeggen.').waitFor();
      expect(await page.getByRole('form', { name: 'Feedback geven' }).count()).toBe(0);
      expect(await seriousViolations(page)).toEqual([]);
      await sectionShot(page, 'pilots-feedback-given-390');
      expect(errors).toEqual([]);
      await context.close();
    },
    SLOW,
  );
});

describe('a curator and the pilot sites', () => {
  it(
    'invites a member by e-mail address and enters feedback on their behalf',
    async () => {
      const { id, slug } = await instrumentIn('PILOTING', 'Rolkaarten samenwerking (fictief)');
      dataOf(await app.gql(RECORD, { input: { instrumentId: id, community: 'LC Haven en Logistiek (fictief)', startsOn: '2026-05-04', state: 'RUNNING' } }, curator));
      const [site] = await manyMembers(app, 1);
      const [{ email, name }] = (await app.dataSource.query('SELECT email, display_name AS name FROM accounts WHERE id = $1', [site!.id])) as { email: string; name: string }[];
      const { context, page, errors } = await openSignedInPage(browser, app, 'CURATOR');
      await page.goto(`${origin}/instrumenten/${slug}`);
      const section = page.locator('#pilots');
      await section.getByText('Uitgenodigde leden').click();
      const invite = section.getByRole('form', { name: 'Lid uitnodigen' });
      await invite.getByLabel('E-mailadres van het lid').fill('niemand@example.org');
      await invite.getByRole('button', { name: 'Uitnodigen' }).click();
      await invite.getByText('Er is geen account met dit e-mailadres.').waitFor();
      await invite.getByLabel('E-mailadres van het lid').fill(email);
      await invite.getByRole('button', { name: 'Uitnodigen' }).click();
      await section.getByText(`${name} (${email}) — nog geen feedback`).waitFor();

      const onBehalf = section.getByRole('form', { name: 'Feedback invoeren namens een lid' });
      await onBehalf.getByLabel('Namens').selectOption({ label: name });
      await onBehalf.getByLabel('Wat werkte?').fill('De rolkaarten maakten zichtbaar wie wat doet in de keten.');
      await onBehalf.getByRole('radio', { name: 'Nee' }).check();
      await onBehalf.getByRole('radio', { name: '3 van 5' }).check();
      expect(await seriousViolations(page)).toEqual([]);
      await sectionShot(page, 'pilots-curator-invite-on-behalf-1280');
      await onBehalf.getByRole('button', { name: 'Feedback versturen' }).click();
      await section.getByText(`${name} (${email}) — feedback gegeven`).waitFor();
      await section.getByText('ingevoerd door een curator').waitFor();
      expect(await section.innerText()).toContain('0% zou het aanraden');
      expect(await seriousViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    },
    SLOW,
  );
});

describe('the overview', () => {
  it(
    'shows pilots per phase and marks phases without practice, at 1280 and 390 px',
    async () => {
      const { id } = await instrumentIn('PILOTING', 'Evaluatiekompas (fictief)');
      dataOf(await app.gql(RECORD, { input: { instrumentId: id, community: 'LC Energie Zuid (fictief)', startsOn: '2026-04-01', state: 'RUNNING' } }, curator));
      const practice = '{ overview { practiceByPhase { phase { labelNl count } pilots instrumentsPiloted practiceReports instrumentsWithPractice } } }';
      type Rows = {
        overview: {
          practiceByPhase: { phase: { labelNl: string; count: number }; pilots: number; instrumentsPiloted: number; practiceReports: number; instrumentsWithPractice: number }[];
        };
      };
      const rows = dataOf(await app.gql<Rows>(practice)).overview.practiceByPhase;
      for (const width of [1280, 390]) {
        const { context, page, errors } = await openPage(browser, { width, height: 900 });
        await page.goto(`${origin}/overzicht`);
        const table = page.getByRole('table', { name: 'Per fase: instrumenten, pilots en praktijkvoorbeelden' });
        await table.waitFor();
        for (const row of rows) {
          const cells = await table.getByRole('row', { name: new RegExp(`^${row.phase.labelNl}`) }).getByRole('cell').allInnerTexts();
          expect(cells).toEqual([
            String(row.phase.count),
            String(row.instrumentsPiloted),
            String(row.pilots),
            String(row.instrumentsWithPractice),
            String(row.practiceReports),
          ]);
          const gap = row.phase.count > 0 && row.instrumentsPiloted === 0 && row.instrumentsWithPractice === 0;
          expect(await table.getByRole('rowheader', { name: row.phase.labelNl }).innerText()).toBe(gap ? `${row.phase.labelNl} (nog geen praktijk)` : row.phase.labelNl);
        }
        expect(await seriousViolations(page)).toEqual([]);
        await table.scrollIntoViewIfNeeded();
        await screenshot(page, `pilots-overview-${width}`);
        expect(errors).toEqual([]);
        await context.close();
      }
    },
    SLOW,
  );
});
