import 'reflect-metadata';
import { type INestApplication, Logger } from '@nestjs/common';
import { openDatabase } from '#database';
import { AccountsService } from './accounts/accounts.service.js';
import { ensureDemoAccounts } from './accounts/demo-accounts.js';
import { createApp } from './app.factory.js';
import { benchStatementCounter, exposeStatementCount } from './bench/statement-count.js';
import { prepareDatabase } from './database/prepare-database.js';

const logger = new Logger('Start');
const port = Number(process.env.PORT ?? 3000);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be a port number (0-65535), got "${process.env.PORT}"`);
  process.exit(1);
}

const database = await openDatabase((line) => logger.log(line.trim()));
let app: INestApplication | undefined;
let stopping = false;

/** Closes the app (and with it the pool), then stops the embedded PostgreSQL. A second signal forces. */
async function shutdown(signal: string): Promise<void> {
  if (stopping) {
    logger.warn(`${signal} again: stopping at once`);
    process.exit(130);
  }
  stopping = true;
  logger.log(`${signal}: stopping`);
  try {
    await app?.close();
    await database.stop();
    process.exit(0);
  } catch (error) {
    logger.error(`Stopping failed: ${String(error)}`);
    process.exit(1);
  }
}
process.on('SIGINT', (signal) => void shutdown(signal));
process.on('SIGTERM', (signal) => void shutdown(signal));

try {
  const seed = process.env.SEED_EXAMPLE_DATA !== 'false';
  const statementCounter = benchStatementCounter();
  const dataSource = await prepareDatabase(database.url, { seed, sqlLogger: statementCounter });
  app = await createApp(dataSource);
  if (statementCounter) exposeStatementCount(app, statementCounter);
  if (database.embedded) {
    // Only on the local example database, never on a DATABASE_URL one.
    const lines = await ensureDemoAccounts(app.get(AccountsService));
    logger.log(`Demo-accounts (alleen op de ingebouwde voorbeelddatabase):\n  ${lines.join('\n  ')}`);
  }
  await app.listen(port);
  logger.log(
    `Instrumentencatalogus klaar: http://localhost:${port}/graphql${database.embedded ? ' (embedded PostgreSQL)' : ''}`,
  );
} catch (error) {
  logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  await database.stop().catch(() => undefined);
  process.exit(1);
}
