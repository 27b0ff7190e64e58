import { z } from 'zod';
import { CATALOGUE_COUNTS, INSTITUTION_SIGN_IN } from '#domain';
import { parseS3Url, type S3Location } from '../files/storage/s3-url.js';

/** Whole numbers from an environment string, with the range in the message. */
const int = (min: number, max: number) =>
  z
    .string()
    .trim()
    .regex(/^\d+$/, { message: `must be a whole number from ${min} to ${max}` })
    .transform(Number)
    .pipe(z.number().int().min(min, { message: `must be from ${min} to ${max}` }).max(max, { message: `must be from ${min} to ${max}` }));

const bool = z.enum(['true', 'false'], { message: 'must be true or false' }).transform((v) => v === 'true');

const url = (protocols: string[]) =>
  z
    .string()
    .trim()
    .refine(
      (value) => {
        try {
          return protocols.includes(new URL(value).protocol);
        } catch {
          return false;
        }
      },
      { message: `must be a URL (${protocols.map((p) => p.replace(':', '://')).join(' or ')}…)` },
    );

/** Comma-separated origins such as https://lc.example.org, exactly as browsers send them. */
const origins = z
  .string()
  .transform((value) => value.split(',').map((o) => o.trim()).filter(Boolean))
  .refine((list) => list.every((o) => /^https?:\/\/[^/\s]+$/.test(o) && URL.canParse(o)), {
    message: 'must be comma-separated origins like https://lc.example.org (scheme and host, no path)',
  });

/** Express's "trust proxy": false, true, a hop count, or comma-separated addresses/subnets. */
const trustProxy = z
  .string()
  .trim()
  .refine((v) => /^(true|false|\d{1,2}|[0-9a-fA-F.:/,\s]+|loopback|linklocal|uniquelocal)$/.test(v), {
    message: 'must be true, false, a number of proxies, or comma-separated addresses or subnets',
  })
  .transform((v): boolean | number | string => (v === 'true' ? true : v === 'false' ? false : /^\d+$/.test(v) ? Number(v) : v));

const size = z
  .string()
  .trim()
  .regex(/^\d+(b|kb|mb)$/i, { message: 'must be a size such as 100kb or 1mb' });

/** Only for development and tests: production sets its own UNSUBSCRIBE_SECRET (see the README). */
const DEV_UNSUBSCRIBE_SECRET = 'development-only unsubscribe secret; set UNSUBSCRIBE_SECRET';

/**
 * Every setting of the app, read once at start. Unset means the default; a value that does
 * not fit stops the start with one line naming the setting (see the README's table).
 */
const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test'], { message: 'must be development, production or test' }).optional(),
  PORT: int(0, 65535).default(3000),
  DATABASE_URL: url(['postgres:', 'postgresql:']).optional(),
  EMBEDDED_POSTGRES_DIR: z.string().min(1).optional(),
  EMBEDDED_POSTGRES_PORT: int(1, 65535).default(54329),
  SEED_EXAMPLE_DATA: bool.default(true),
  DATABASE_POOL_SIZE: int(1, 200).default(10),
  DATABASE_CONNECT_TIMEOUT_MS: int(100, 60_000).default(3000),
  DATABASE_STATEMENT_TIMEOUT_MS: int(100, 600_000).default(10_000),
  SMTP_URL: url(['smtp:', 'smtps:']).optional(),
  MAIL_FROM: z.string().min(3).default('Instrumentencatalogus NLC <noreply@example.org>'),
  APP_URL: url(['http:', 'https:']).optional(),
  OUTBOX_INTERVAL_MS: int(0, 86_400_000).default(5000),
  WEB_DIST_DIR: z.string().min(1).optional(),
  CORS_ORIGINS: origins.default([]),
  TRUST_PROXY: trustProxy.default(false),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
      message: 'must be fatal, error, warn, info, debug, trace or silent',
    })
    .default('info'),
  LOG_FORMAT: z.enum(['pretty', 'json'], { message: 'must be pretty or json' }).optional(),
  REQUEST_BODY_LIMIT: size.default('100kb'),
  SHUTDOWN_TIMEOUT_MS: int(0, 600_000).default(10_000),
  RATE_LIMIT_AUTH_PER_IP: int(1, 1_000_000).default(30),
  RATE_LIMIT_AUTH_PER_ACCOUNT: int(1, 1_000_000).default(10),
  RATE_LIMIT_AUTH_WINDOW_MS: int(100, 86_400_000).default(600_000),
  RATE_LIMIT_MUTATIONS_PER_MEMBER: int(1, 1_000_000).default(120),
  RATE_LIMIT_MUTATIONS_WINDOW_MS: int(100, 86_400_000).default(60_000),
  ANONYMOUS_READ_CACHE: bool.default(true),
  ANONYMOUS_READ_CACHE_MB: int(1, 4096).default(32),
  HTTP_COMPRESSION: bool.default(true),
  CATALOGUE_EXACT_COUNT_LIMIT: int(1, CATALOGUE_COUNTS.exactUpTo).default(CATALOGUE_COUNTS.exactUpTo),
  OIDC_ISSUER: url(['http:', 'https:']).optional(),
  OIDC_CLIENT_ID: z.string().trim().min(1).max(500).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).max(2000).optional(),
  OIDC_BUTTON_LABEL: z.string().trim().min(2).max(80).default(INSTITUTION_SIGN_IN.defaultLabel),
  S3_URL: url(['http:', 'https:'])
    .refine((value) => parseS3Url(value) !== null, { message: 'must be http(s)://ACCESS_KEY:SECRET_KEY@host[:port]/BUCKET[?region=…]' })
    .optional(),
  FILES_MAX_MB: int(1, 10_240).default(25),
  PROPOSAL_FILES_MAX_MB: int(1, 10_240).default(60),
  // Below PostgreSQL's idle_in_transaction_session_timeout (60 s at least), so the app's clear answer comes first.
  FILES_UPLOAD_IDLE_SECONDS: int(1, 55).default(30),
  UNSUBSCRIBE_SECRET: z.string().min(16, { message: 'must be at least 16 characters' }).default(DEV_UNSUBSCRIBE_SECRET),
  FOLLOW_DIGEST_INTERVAL_MS: int(0, 86_400_000).default(3_600_000),
});

type Settings = z.output<typeof schema>;

export interface AppConfig {
  production: boolean;
  port: number;
  seedExampleData: boolean;
  database: { poolSize: number; connectTimeoutMs: number; statementTimeoutMs: number };
  corsOrigins: string[];
  trustProxy: boolean | number | string;
  logLevel: Settings['LOG_LEVEL'];
  /** Human-readable lines in development, JSON lines (one object each) in production. */
  logFormat: 'pretty' | 'json';
  requestBodyLimit: string;
  shutdownTimeoutMs: number;
  rateLimits: {
    authPerIp: number;
    authPerAccount: number;
    authWindowMs: number;
    mutationsPerMember: number;
    mutationsWindowMs: number;
  };
  readCache: { enabled: boolean; maxBytes: number };
  /** Brotli/gzip for HTML, assets, JSON, CSV and XML (HTTP_COMPRESSION; off behind a proxy that compresses). */
  compression: boolean;
  /** Counts up to this many are exact; above, estimated from a sample (libs/domain CATALOGUE_COUNTS). */
  exactCountLimit: number;
  /** Single sign-on with an OpenID provider (SURFconext); null when OIDC_ISSUER is unset. */
  oidc: OidcConfig | null;
  files: FilesConfig;
  following: FollowingConfig;
}

export interface FollowingConfig {
  /** The HMAC key of follow mails' unsubscribe tokens (UNSUBSCRIBE_SECRET); changing it voids the links already sent. */
  unsubscribeSecret: string;
  /** How often the weekly digest job looks for due digests (FOLLOW_DIGEST_INTERVAL_MS; 0: never). */
  digestIntervalMs: number;
}

export interface FilesConfig {
  /** Where new files go: an S3 bucket when S3_URL is set, else PostgreSQL. */
  s3: S3Location | null;
  /** Per file (FILES_MAX_MB). */
  maxBytes: number;
  /** All attachments of one proposal together (PROPOSAL_FILES_MAX_MB). */
  proposalMaxBytes: number;
  /** An upload whose client sends nothing for this long is refused with UPLOAD_STALLED (FILES_UPLOAD_IDLE_SECONDS). */
  uploadIdleMs: number;
}

export interface OidcConfig {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** The sign-in page's button. */
  buttonLabel: string;
  /** APP_URL: the redirect URI is built on it; unset, on the request's own address. */
  appUrl: string | null;
}

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

/** Parses the environment; throws a ConfigError whose message is one line naming every bad setting. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  // An empty value counts as unset, as in most shells' `FOO= npm start`.
  const present = Object.fromEntries(Object.keys(schema.shape).map((key) => [key, env[key] === '' ? undefined : env[key]]));
  const result = schema.safeParse(present);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => {
      const key = String(issue.path[0]);
      return `${key} ${issue.message} (got ${JSON.stringify(present[key])})`;
    });
    throw new ConfigError(`Invalid configuration: ${problems.join('; ')}`);
  }
  const s = result.data;
  return {
    production: s.NODE_ENV === 'production',
    port: s.PORT,
    seedExampleData: s.SEED_EXAMPLE_DATA,
    database: {
      poolSize: s.DATABASE_POOL_SIZE,
      connectTimeoutMs: s.DATABASE_CONNECT_TIMEOUT_MS,
      statementTimeoutMs: s.DATABASE_STATEMENT_TIMEOUT_MS,
    },
    corsOrigins: s.CORS_ORIGINS,
    trustProxy: s.TRUST_PROXY,
    logLevel: s.LOG_LEVEL,
    logFormat: s.LOG_FORMAT ?? (s.NODE_ENV === 'production' ? 'json' : 'pretty'),
    requestBodyLimit: s.REQUEST_BODY_LIMIT,
    shutdownTimeoutMs: s.SHUTDOWN_TIMEOUT_MS,
    rateLimits: {
      authPerIp: s.RATE_LIMIT_AUTH_PER_IP,
      authPerAccount: s.RATE_LIMIT_AUTH_PER_ACCOUNT,
      authWindowMs: s.RATE_LIMIT_AUTH_WINDOW_MS,
      mutationsPerMember: s.RATE_LIMIT_MUTATIONS_PER_MEMBER,
      mutationsWindowMs: s.RATE_LIMIT_MUTATIONS_WINDOW_MS,
    },
    readCache: { enabled: s.ANONYMOUS_READ_CACHE, maxBytes: s.ANONYMOUS_READ_CACHE_MB * 1024 * 1024 },
    compression: s.HTTP_COMPRESSION,
    exactCountLimit: s.CATALOGUE_EXACT_COUNT_LIMIT,
    oidc: oidcConfig(s),
    files: {
      s3: s.S3_URL ? parseS3Url(s.S3_URL) : null,
      maxBytes: s.FILES_MAX_MB * 1024 * 1024,
      proposalMaxBytes: s.PROPOSAL_FILES_MAX_MB * 1024 * 1024,
      uploadIdleMs: s.FILES_UPLOAD_IDLE_SECONDS * 1000,
    },
    following: followingConfig(s),
  };
}

/** Production refuses the development key: anyone who reads this repository could sign links that end other members' follows. */
function followingConfig(s: Settings): AppConfig['following'] {
  if (s.NODE_ENV === 'production' && s.UNSUBSCRIBE_SECRET === DEV_UNSUBSCRIBE_SECRET) {
    throw new ConfigError('Invalid configuration: UNSUBSCRIBE_SECRET must be set in production (a secret of at least 16 characters; see the README)');
  }
  return { unsubscribeSecret: s.UNSUBSCRIBE_SECRET, digestIntervalMs: s.FOLLOW_DIGEST_INTERVAL_MS };
}

/** The three OIDC settings come together; an http issuer only outside production (tests run one on localhost). */
function oidcConfig(s: Settings): OidcConfig | null {
  const { OIDC_ISSUER: issuer, OIDC_CLIENT_ID: clientId, OIDC_CLIENT_SECRET: clientSecret } = s;
  if (!issuer && !clientId && !clientSecret) return null;
  const problems: string[] = [];
  if (!issuer) problems.push('OIDC_ISSUER must be set with OIDC_CLIENT_ID and OIDC_CLIENT_SECRET');
  if (!clientId) problems.push('OIDC_CLIENT_ID must be set with OIDC_ISSUER');
  if (!clientSecret) problems.push('OIDC_CLIENT_SECRET must be set with OIDC_ISSUER');
  if (issuer && s.NODE_ENV === 'production' && new URL(issuer).protocol !== 'https:') {
    problems.push(`OIDC_ISSUER must be an https:// URL in production (got ${JSON.stringify(issuer)})`);
  }
  if (problems.length || !issuer || !clientId || !clientSecret) throw new ConfigError(`Invalid configuration: ${problems.join('; ')}`);
  return { issuer, clientId, clientSecret, buttonLabel: s.OIDC_BUTTON_LABEL, appUrl: s.APP_URL?.replace(/\/+$/, '') ?? null };
}

/** The config for Nest providers; AppModule provides it (tests pass their own). */
export const APP_CONFIG = Symbol('APP_CONFIG');
