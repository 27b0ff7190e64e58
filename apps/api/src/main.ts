import 'reflect-metadata';
import type { Server } from 'node:http';
import { type INestApplication, Logger } from '@nestjs/common';
import { openDatabase } from '#database';
import { AccountsService } from './accounts/accounts.service.js';
import { prepareAccounts } from './accounts/demo-accounts.js';
import { createApp } from './app.factory.js';
import { benchStatementCounter, exposeStatementCount } from './bench/statement-count.js';
import { ConfigError, loadConfig, type AppConfig } from './config/app-config.js';
import { prepareDatabase } from './database/prepare-database.js';
import { RequestDrain } from './health/request-drain.js';
import { startLogger } from './logging/log-output.js';

let config: AppConfig;
try {
  config = loadConfig();
} catch (error) {
  // One line, no stack: the message names every setting that is wrong.
  console.error(error instanceof ConfigError ? error.message : String(error));
  process.exit(1);
}

// The app's log format from the first line on; the app switches to its pino (with request ids) once it exists.
Logger.overrideLogger(startLogger(config.logFormat, config.logLevel));
const logger = new Logger('Start');

const database = await openDatabase((line) => logger.log(line.trim()));
let app: INestApplication | undefined;
let stopping = false;

/**
 * Graceful stop: refuse new requests, let those in flight finish (at most SHUTDOWN_TIMEOUT_MS),
 * close the app and its pool, stop the embedded PostgreSQL. A second signal stops at once.
 */
async function shutdown(signal: string): Promise<void> {
  if (stopping) {
    logger.warn(`${signal} again: stopping at once`);
    process.exit(130);
  }
  stopping = true;
  logger.log(`${signal}: stopping; finishing the requests in flight`);
  // Whatever hangs below, the process still ends.
  setTimeout(() => {
    logger.error('Stopping took too long; exiting');
    process.exit(1);
  }, config.shutdownTimeoutMs + 15_000).unref();
  try {
    if (app) {
      const drain = app.get(RequestDrain);
      const cut = await drain.drain(app.getHttpServer() as Server, config.shutdownTimeoutMs);
      if (cut) logger.warn(`${cut} request(s) still running after ${config.shutdownTimeoutMs} ms were cut off`);
      await app.close();
    }
    await database.stop();
    logger.log('Stopped');
    process.exit(0);
  } catch (error) {
    logger.error(`Stopping failed: ${String(error)}`);
    process.exit(1);
  }
}
process.on('SIGINT', (signal) => void shutdown(signal));
process.on('SIGTERM', (signal) => void shutdown(signal));

try {
  const statementCounter = benchStatementCounter();
  const dataSource = await prepareDatabase(database.url, {
    seed: config.seedExampleData,
    pool: config.database,
    sqlLogger: statementCounter,
  });
  app = await createApp(dataSource, undefined, { config });
  if (statementCounter) exposeStatementCount(app, statementCounter);
  await prepareAccounts(app.get(AccountsService), { embedded: database.embedded, production: config.production }, logger);
  await app.listen(config.port);
  logger.log(
    `Instrumentencatalogus klaar: http://localhost:${config.port}/ (GraphQL: /graphql)${database.embedded ? ' (embedded PostgreSQL)' : ''}`,
  );
} catch (error) {
  logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  await database.stop().catch(() => undefined);
  process.exit(1);
}
