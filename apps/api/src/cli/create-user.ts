/**
 * Creates (or updates) an account from the command line:
 *   npm run user:create -- --email ada@example.org --role ADMIN [--name "Ada"]
 * The password comes from NLC_USER_PASSWORD or, when that is unset, from a prompt.
 */
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { validate } from 'class-validator';
import { plainToInstance } from 'class-transformer';
import { ROLES, type Role } from '#domain';
import { openDatabase } from '#database';
import { RegisterInput } from '../accounts/account.inputs.js';
import { AccountsService } from '../accounts/accounts.service.js';
import { createApp } from '../app.factory.js';
import { prepareDatabase } from '../database/prepare-database.js';

const { values } = parseArgs({
  options: { email: { type: 'string' }, role: { type: 'string', default: 'MEMBER' }, name: { type: 'string' } },
});
const role = (values.role ?? 'MEMBER').toUpperCase() as Role;
if (!values.email || !ROLES.includes(role)) {
  console.error(`Usage: npm run user:create -- --email <address> --role ${ROLES.join('|')} [--name <display name>]`);
  process.exit(1);
}

async function readPassword(): Promise<string> {
  if (process.env.NLC_USER_PASSWORD) return process.env.NLC_USER_PASSWORD;
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  const password = await rl.question('Wachtwoord (10–128 tekens): ');
  rl.close();
  return password;
}

const input = plainToInstance(RegisterInput, {
  email: values.email,
  displayName: values.name ?? values.email.split('@')[0],
  password: await readPassword(),
});
const problems = await validate(input);
if (problems.length) {
  console.error(problems.flatMap((p) => Object.values(p.constraints ?? {})).join('\n'));
  process.exit(1);
}

const database = await openDatabase(() => undefined);
try {
  const dataSource = await prepareDatabase(database.url, { seed: false, log: () => undefined });
  const app = await createApp(dataSource, ['error']);
  const account = await app.get(AccountsService).upsert(input.email, input.displayName, input.password, role);
  console.log(`Account ${account.email} (${account.role}) is ready.`);
  await app.close();
} finally {
  await database.stop();
}
