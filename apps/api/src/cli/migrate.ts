/** Applies pending migrations to DATABASE_URL or the embedded database. */
import { openDatabase } from '#database';
import { prepareDatabase } from '../database/prepare-database.js';

const database = await openDatabase();
try {
  const dataSource = await prepareDatabase(database.url, { seed: false, log: console.log });
  const pending = await dataSource.showMigrations();
  console.log(pending ? 'Migrations still pending.' : 'The database is up to date.');
  await dataSource.destroy();
} finally {
  await database.stop();
}
