import type { Role } from '#domain';
import type { AccountsService } from './accounts.service.js';

/** Known credentials for trying the app; created only on the embedded example database. */
export const DEMO_ACCOUNTS: { email: string; displayName: string; password: string; role: Role }[] = [
  { email: 'lid@example.org', displayName: 'Demo Lid', password: 'demo-lid-2026', role: 'MEMBER' },
  { email: 'curator@example.org', displayName: 'Demo Curator', password: 'demo-curator-2026', role: 'CURATOR' },
  { email: 'beheerder@example.org', displayName: 'Demo Beheerder', password: 'demo-beheerder-2026', role: 'ADMIN' },
];

export async function ensureDemoAccounts(accounts: AccountsService): Promise<string[]> {
  for (const demo of DEMO_ACCOUNTS) await accounts.upsert(demo.email, demo.displayName, demo.password, demo.role);
  return DEMO_ACCOUNTS.map((d) => `${d.role.padEnd(8)} ${d.email} / ${d.password}`);
}
