import { describe, expect, it } from '@jest/globals';
import { loadConfig } from '../../apps/api/src/config/app-config.js';
import { startApiProcess } from '../support/api-process.js';

describe('configuration', () => {
  it('a malformed setting stops the start with one clear line and exit code 1', async () => {
    const api = await startApiProcess({ PORT: '80a', DATABASE_POOL_SIZE: 'lots', CORS_ORIGINS: 'https://ok.example, not a url' }, { waitForReady: false });
    expect(await api.exited).toBe(1);
    expect(api.output).toHaveLength(1);
    expect(api.output[0]).toMatch(/^Invalid configuration: /);
    for (const name of ['PORT', 'DATABASE_POOL_SIZE', 'CORS_ORIGINS']) expect(api.output[0]).toContain(name);
  });

  it.each([
    ['DATABASE_URL', 'mysql://x@y/z'],
    ['SMTP_URL', 'not a url'],
    ['APP_URL', 'ftp://example.org'],
    ['SEED_EXAMPLE_DATA', 'yes'],
    ['OUTBOX_INTERVAL_MS', '-5'],
    ['LOG_LEVEL', 'loud'],
    ['NODE_ENV', 'prod'],
    ['TRUST_PROXY', 'everyone'],
    ['REQUEST_BODY_LIMIT', 'big'],
    ['DATABASE_STATEMENT_TIMEOUT_MS', '0'],
    ['RATE_LIMIT_AUTH_PER_IP', '0'],
    ['EMBEDDED_POSTGRES_PORT', '70000'],
    ['ANONYMOUS_READ_CACHE', 'off'],
    ['ANONYMOUS_READ_CACHE_MB', '0'],
    ['HTTP_COMPRESSION', 'gzip'],
  ])('%s=%s is refused by name', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(new RegExp(`^Invalid configuration: ${name} `));
  });

  it('defaults when nothing is set, and reads what is', () => {
    expect(loadConfig({})).toMatchObject({
      port: 3000,
      production: false,
      corsOrigins: [],
      trustProxy: false,
      database: { poolSize: 10 },
      readCache: { enabled: true, maxBytes: 32 * 1024 * 1024 },
      compression: true,
    });
    expect(loadConfig({ HTTP_COMPRESSION: 'false' }).compression).toBe(false);
    expect(loadConfig({ ANONYMOUS_READ_CACHE: 'false', ANONYMOUS_READ_CACHE_MB: '8' }).readCache).toEqual({ enabled: false, maxBytes: 8 * 1024 * 1024 });
    expect(
      loadConfig({
        NODE_ENV: 'production',
        PORT: '8080',
        CORS_ORIGINS: 'https://a.example, http://localhost:5173',
        TRUST_PROXY: '1',
        PORT_UNUSED: '',
        UNSUBSCRIBE_SECRET: 'a production secret, long enough',
      }),
    ).toMatchObject({ port: 8080, production: true, corsOrigins: ['https://a.example', 'http://localhost:5173'], trustProxy: 1 });
  });

  it('refuses the development unsubscribe key in production, and a short one anywhere', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/^Invalid configuration: UNSUBSCRIBE_SECRET must be set in production/);
    expect(() => loadConfig({ NODE_ENV: 'production', UNSUBSCRIBE_SECRET: '' })).toThrow(/UNSUBSCRIBE_SECRET must be set in production/);
    expect(() => loadConfig({ UNSUBSCRIBE_SECRET: 'te kort' })).toThrow(/UNSUBSCRIBE_SECRET must be at least 16 characters/);
    expect(loadConfig({ NODE_ENV: 'production', UNSUBSCRIBE_SECRET: 'a production secret, long enough' }).following.unsubscribeSecret).toBe('a production secret, long enough');
    // Development and tests start without one.
    expect(loadConfig({}).following.unsubscribeSecret.length).toBeGreaterThanOrEqual(16);
  });
});
