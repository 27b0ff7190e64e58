// Runs once per test run, before the workers: one PostgreSQL (embedded in the system temp folder,
// or DATABASE_URL's server) and one template database with every migration applied. Test files
// clone the template. This file uses the compiled build (npm test builds first), because Jest
// does not transform what a global setup imports.
import fs from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { DataSource } from 'typeorm';
import {
  EmbeddedPostgres,
  TEMPLATE_DATABASE_ENV,
  dataSourceOptions,
  withDatabase,
} from '../../dist/libs/database/src/index.js';

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

export default async function globalSetup() {
  let serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'nlc-test-pg-'));
    await fs.chmod(dir, 0o755);
    const server = new EmbeddedPostgres({ dataDir: path.join(dir, 'data'), port: await freePort(), disposable: true });
    await server.start();
    globalThis.__NLC_TEST_PG__ = { server, dir };
    serverUrl = server.url('postgres');
  }
  const template = `nlc_template_${process.pid}`;
  const adminUrl = withDatabase(serverUrl, 'postgres');
  const admin = new DataSource({ type: 'postgres', url: adminUrl });
  await admin.initialize();
  await admin.query(`DROP DATABASE IF EXISTS "${template}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${template}"`);
  await admin.destroy();

  const templateUrl = withDatabase(serverUrl, template);
  const migrator = new DataSource(dataSourceOptions(templateUrl));
  await migrator.initialize();
  await migrator.runMigrations({ transaction: 'each' });
  await migrator.destroy();
  process.env[TEMPLATE_DATABASE_ENV] = templateUrl;
  globalThis.__NLC_TEST_TEMPLATE__ = { adminUrl, template };
}
