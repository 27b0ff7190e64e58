import fs from 'node:fs/promises';
import { DataSource } from 'typeorm';

export default async function globalTeardown() {
  const template = globalThis.__NLC_TEST_TEMPLATE__;
  if (template && process.env.DATABASE_URL) {
    const admin = new DataSource({ type: 'postgres', url: template.adminUrl });
    await admin.initialize();
    const leftovers = await admin.query(
      `SELECT datname FROM pg_database WHERE datname = $1 OR starts_with(datname, $2)`,
      [template.template, template.template.replace(/^nlc_template_/, 'nlc_test_')],
    );
    for (const { datname } of leftovers) await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    await admin.destroy();
  }
  const embedded = globalThis.__NLC_TEST_PG__;
  if (embedded) {
    await embedded.server.stop();
    await fs.rm(embedded.dir, { recursive: true, force: true });
  }
}
