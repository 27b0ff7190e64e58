import type { Role } from '#domain';
import type { AccountsService } from './accounts.service.js';

/**
 * Known credentials for trying the app; created only on the embedded example database outside
 * production, and marked `demo`, so a production start refuses them on a database a development start filled.
 */
export const DEMO_ACCOUNTS: { email: string; displayName: string; password: string; role: Role }[] = [
  { email: 'lid@example.org', displayName: 'Demo Lid', password: 'demo-lid-2026', role: 'MEMBER' },
  { email: 'curator@example.org', displayName: 'Demo Curator', password: 'demo-curator-2026', role: 'CURATOR' },
  { email: 'beheerder@example.org', displayName: 'Demo Beheerder', password: 'demo-beheerder-2026', role: 'ADMIN' },
];

export const CREATE_ADMIN_HINT =
  'Er is nog geen beheerder (no admin account yet): maak er een met ' +
  `NLC_USER_PASSWORD='een lange wachtzin' npm run user:create -- --email <adres> --role ADMIN --name "<naam>" (see README, Accounts)`;

/**
 * At start: the demo accounts (and their passwords, printed) on the embedded database outside
 * production; whenever no admin can sign in, one line on how to make one.
 */
export async function prepareAccounts(
  accounts: AccountsService,
  where: { embedded: boolean; production: boolean },
  logger: { log(line: string): void; warn(line: string): void },
): Promise<void> {
  if (where.embedded && !where.production) {
    for (const demo of DEMO_ACCOUNTS) await accounts.upsert(demo.email, demo.displayName, demo.password, demo.role, true);
    const lines = DEMO_ACCOUNTS.map((d) => `${d.role.padEnd(8)} ${d.email} / ${d.password}`);
    logger.log(`Demo-accounts (alleen op de ingebouwde voorbeelddatabase, nooit in productie):\n  ${lines.join('\n  ')}`);
  }
  if ((await accounts.usableAdminCount()) === 0) logger.warn(CREATE_ADMIN_HINT);
}
