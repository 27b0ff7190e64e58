import { describe, expect, it } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { OutboxSender } from '../../apps/api/src/notifications/outbox-sender.service.js';
import { openSignedInPage, screenshot, seriousViolations } from '../support/browser.js';
import type { TestApp } from '../support/test-app.js';
import { webSuite } from '../support/web-suite.js';

let app: TestApp;
let browser: Browser;
let origin: string;

webSuite(async (suite) => {
  ({ app, browser, origin } = suite);
});

const SLOW = 180_000;

/** A mail the outbox gave up on, as the sender leaves it after its last attempt. */
async function failedMail(to: string, subject: string): Promise<string> {
  const [{ id }] = await app.dataSource.query(
    `INSERT INTO outbox_mails (to_address, subject, body_text, attempts, last_error, failed_at)
     VALUES ($1, $2, 'Tekst', 6, 'Error: Can''t send mail - all recipients were rejected: 550 5.1.1 <' || $1 || '>: Mailbox onbekend (https://support.example.org/smtp/fouten/550-5.1.1-ontvanger-onbekend)', now()) RETURNING id::text AS id`,
    [to, subject],
  );
  return id;
}

describe('failed mails (issue #23)', () => {
  it(
    'an admin sees a failed mail, masked, and sends it again',
    async () => {
      const id = await failedMail('fatima.elamrani@voorbeeldschool.nl', 'Nieuw voorstel wacht op beoordeling: Gespreksplaat');
      await failedMail('jan.devries@example.org', 'Bevestig je e-mailadres');
      for (const width of [390, 1280]) {
        const { context, page, errors } = await openSignedInPage(browser, app, 'ADMIN', { width, height: 900 });
        await page.goto(`${origin}/beheer`);
        await page.getByRole('link', { name: 'Mislukte mails' }).click();
        await page.getByRole('heading', { level: 1, name: 'Mislukte mails' }).waitFor();
        const list = page.getByRole('list', { name: 'Mislukte mails, de laatst mislukte eerst' });
        const item = list.getByRole('listitem').filter({ hasText: 'Gespreksplaat' });
        await item.waitFor();
        await expect(item.textContent()).resolves.toContain('f…@voorbeeldschool.nl');
        await expect(page.content()).resolves.not.toContain('fatima.elamrani');
        await expect(item.textContent()).resolves.toContain('550 5.1.1 <f…@voorbeeldschool.nl>: Mailbox onbekend');
        // No sideways scrolling, also with a long error line.
        expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
        expect(await seriousViolations(page)).toEqual([]);
        await screenshot(page, `issue23-failed-mails-${width}`);
        expect(errors).toEqual([]);
        await context.close();
      }

      const { context, page, errors } = await openSignedInPage(browser, app, 'ADMIN');
      await page.goto(`${origin}/beheer/mails`);
      await page.getByRole('button', { name: 'Verstuur de mail "Nieuw voorstel wacht op beoordeling: Gespreksplaat" opnieuw' }).click();
      await page.getByRole('status').getByText('wordt binnen enkele seconden opnieuw verstuurd').waitFor();
      await page.getByRole('listitem').filter({ hasText: 'Gespreksplaat' }).waitFor({ state: 'detached' });
      await page.getByRole('listitem').filter({ hasText: 'Bevestig je e-mailadres' }).waitFor();
      await expect(page.evaluate(() => document.activeElement?.tagName)).resolves.toBe('H1');
      expect(await seriousViolations(page)).toEqual([]);
      const [row] = await app.dataSource.query('SELECT failed_at, attempts FROM outbox_mails WHERE id = $1', [id]);
      expect(row).toEqual({ failed_at: null, attempts: 0 });
      // The sender (logging, no SMTP_URL in tests) delivers it on its next run.
      expect(await app.nest.get(OutboxSender).deliverDue()).toBeGreaterThanOrEqual(1);
      expect((await app.dataSource.query('SELECT sent_at FROM outbox_mails WHERE id = $1', [id]))[0].sent_at).not.toBeNull();
      expect(errors).toEqual([]);
      await context.close();
    },
    SLOW,
  );

  it('is for admins only: a curator does not get the page or the task', async () => {
    const { context, page } = await openSignedInPage(browser, app, 'CURATOR');
    await page.goto(`${origin}/beheer`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await expect(page.getByRole('link', { name: 'Mislukte mails' }).count()).resolves.toBe(0);
    await context.close();
  }, SLOW);
});
