/** Loads the example catalogue into an empty database; refuses one that holds instruments. */
import { openDatabase, seedExampleData } from '#database';
import { prepareDatabase } from '../database/prepare-database.js';

const database = await openDatabase();
let exitCode = 0;
try {
  const dataSource = await prepareDatabase(database.url, { seed: false, log: console.log });
  // The whole example, community included, whatever NODE_ENV says: asked for by name.
  const result = await dataSource.transaction((em) => seedExampleData(em, { community: true }));
  if (result.seeded) {
    console.log(
      `Loaded ${result.instruments} example instruments, ${result.ratings} ratings and ${result.proposals} proposals (fictional example data).`,
    );
  } else {
    console.error(`Not seeding: ${result.reason}. Seed only an empty database.`);
    exitCode = 1;
  }
  await dataSource.destroy();
} finally {
  await database.stop();
}
process.exit(exitCode);
