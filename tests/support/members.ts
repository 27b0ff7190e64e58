import { randomBytes } from 'node:crypto';
import type { Response } from 'express';
import { SessionsService } from '../../apps/api/src/accounts/sessions.service.js';
import type { TestApp } from './test-app.js';

export interface Member {
  id: string;
  cookie: string;
}

/**
 * Many signed-in accounts quickly: rows inserted directly (the password cannot be used) and a
 * real session started for each, so the API sees ordinary session cookies.
 */
export async function manyMembers(app: TestApp, count: number, role: 'MEMBER' | 'CURATOR' = 'MEMBER'): Promise<Member[]> {
  const batch = randomBytes(3).toString('hex');
  const rows: { id: string }[] = await app.dataSource.query(
    `INSERT INTO accounts (email, display_name, password_hash, role)
     SELECT 'lid-' || g || '-' || $1 || '@example.org', 'Lid ' || g, 'no-password', $2::account_role
     FROM generate_series(1, $3::int) AS g RETURNING id`,
    [batch, role, count],
  );
  const sessions = app.nest.get(SessionsService);
  const members: Member[] = [];
  for (const { id } of rows) {
    let cookie = '';
    const response = { cookie: (name: string, value: string) => (cookie = `${name}=${value}`) } as unknown as Response;
    await sessions.start(id, response);
    members.push({ id, cookie });
  }
  return members;
}
