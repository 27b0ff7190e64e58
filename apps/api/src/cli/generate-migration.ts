/**
 * Writes a migration with the SQL that brings the database in line with the entities.
 * Usage: npm run migration:generate -- <Name>
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { openDatabase } from '#database';
import { createDataSource } from '../database/data-source.js';

const name = process.argv[2];
if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
  console.error('Usage: npm run migration:generate -- <PascalCaseName>');
  process.exit(1);
}

const database = await openDatabase();
const dataSource = createDataSource(database.url);
try {
  await dataSource.initialize();
  await dataSource.runMigrations();
  const sql = await dataSource.driver.createSchemaBuilder().log();
  if (sql.upQueries.length === 0) {
    console.log('Entities and migrations agree; nothing to generate.');
  } else {
    const timestamp = Date.now();
    const quote = (q: string) => '`' + q.replace(/`/g, '\\`') + '`';
    const up = sql.upQueries.map((q) => `    await queryRunner.query(${quote(q.query)});`).join('\n');
    const down = sql.downQueries.reverse().map((q) => `    await queryRunner.query(${quote(q.query)});`).join('\n');
    const file = path.resolve('migrations', `${timestamp}-${name}.ts`);
    await writeFile(
      file,
      `import type { MigrationInterface, QueryRunner } from 'typeorm';\n\nexport class ${name}${timestamp} implements MigrationInterface {\n  public async up(queryRunner: QueryRunner): Promise<void> {\n${up}\n  }\n\n  public async down(queryRunner: QueryRunner): Promise<void> {\n${down}\n  }\n}\n`,
    );
    console.log(`Wrote ${file}; add it to migrations/index.ts.`);
  }
} finally {
  await dataSource.destroy();
  await database.stop();
}
