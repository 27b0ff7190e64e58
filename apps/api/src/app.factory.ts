import { type INestApplication, type LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import express, { type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import { Logger as PinoNestLogger } from 'nestjs-pino';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { DestinationStream, LevelWithSilent } from 'pino';
import type { DataSource } from 'typeorm';
import { AppModule } from './app.module.js';
import { loadConfig, type AppConfig } from './config/app-config.js';
import { RequestDrain } from './health/request-drain.js';
import { compress } from './http/compress.js';
import { logStream, quietStartup } from './logging/log-output.js';
import { renderedPages } from './ssr/rendered-pages.js';
import { loadPageShell, type PageShell } from './ssr/server-render.js';

export interface AppOptions {
  /** The validated settings; read from the environment when left out. */
  config?: AppConfig;
  /** Where the JSON log lines go (stdout by default); tests read them. */
  logStream?: DestinationStream;
}

/** The Nest application on an open DataSource; used by main.ts and by the tests alike. */
export async function createApp(dataSource: DataSource, logLevels?: LogLevel[], options: AppOptions = {}): Promise<INestApplication> {
  const config = options.config ?? loadConfig();
  const level = logLevels ? lowestLevel(logLevels) : config.logLevel;
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.forDataSource(dataSource, config, { level, stream: options.logStream ?? logStream(config.logFormat) }),
    { bufferLogs: true, bodyParser: false },
  );
  app.useLogger(quietStartup(app.get(PinoNestLogger)));
  app.set('trust proxy', config.trustProxy);
  app.disable('x-powered-by');
  app.use(app.get(RequestDrain).middleware);
  if (config.compression) app.use(compress());
  const webDir = path.resolve(process.env.WEB_DIST_DIR ?? path.join('dist', 'web'));
  const pageShell = await loadPageShell(webDir);
  app.use(securityHeaders(config, pageShell?.styleHashes ?? []));
  if (config.corsOrigins.length) {
    app.enableCors({ origin: config.corsOrigins, credentials: true, maxAge: 600 });
  }
  useBodyParsers(app, config);
  app.use(cookieParser());
  serveWebApp(app, webDir, pageShell);
  return app;
}

const PINO_LEVELS: Record<LogLevel, LevelWithSilent> = {
  fatal: 'fatal',
  error: 'error',
  warn: 'warn',
  log: 'info',
  debug: 'debug',
  verbose: 'trace',
};

/** Nest's list of enabled levels as pino's threshold. */
function lowestLevel(levels: LogLevel[]): LevelWithSilent {
  const order: LevelWithSilent[] = ['trace', 'debug', 'info', 'warn', 'error', 'fatal'];
  const enabled = levels.map((l) => PINO_LEVELS[l]);
  return order.find((l) => enabled.includes(l)) ?? 'silent';
}

/**
 * Helmet's headers with a Content-Security-Policy the built web app runs under: its own
 * scripts and style sheets only, no inline script or style elements, images from itself and
 * data: URLs. (React sets `style` props, recharts' included, through the CSSOM, which CSP
 * allows; server-rendered HTML has none, see app/useHydrated.ts.) Outside production GraphiQL (GET /graphql) loads from unpkg and needs more.
 */
function securityHeaders(config: AppConfig, styleHashes: string[]): (req: Request, res: Response, next: NextFunction) => void {
  const directives = {
    defaultSrc: ["'self'"],
    baseUri: ["'self'"],
    connectSrc: ["'self'"],
    fontSrc: ["'self'", 'data:'],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
    imgSrc: ["'self'", 'data:'],
    objectSrc: ["'none'"],
    scriptSrc: ["'self'"],
    scriptSrcAttr: ["'none'"],
    // Plus the server-rendered pages' inlined style sheets, each by its hash (ssr/server-render.ts).
    styleSrc: ["'self'", ...styleHashes],
    upgradeInsecureRequests: config.production ? [] : null,
  };
  const strict = helmet({
    contentSecurityPolicy: { useDefaults: false, directives },
    strictTransportSecurity: config.production ? { maxAge: 15_552_000, includeSubDomains: true } : false,
  });
  if (config.production) return strict;
  const unpkg = 'https://unpkg.com';
  const graphiql = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        ...directives,
        scriptSrc: ["'self'", "'unsafe-inline'", "'unsafe-eval'", unpkg],
        styleSrc: ["'self'", "'unsafe-inline'", unpkg],
        fontSrc: ["'self'", 'data:', unpkg],
        imgSrc: ["'self'", 'data:', unpkg],
      },
    },
    strictTransportSecurity: false,
  });
  return (req, res, next) => (req.method === 'GET' && req.path === '/graphql' ? graphiql : strict)(req, res, next);
}

/**
 * JSON bodies: GraphQL requests up to REQUEST_BODY_LIMIT, other routes up to 1 MB (uploads
 * bring their own parser and limit). A body over the limit or not JSON gets a JSON error
 * with a code, like every GraphQL error, instead of Express's HTML page.
 */
function useBodyParsers(app: NestExpressApplication, config: AppConfig): void {
  app.use('/graphql', express.json({ limit: config.requestBodyLimit }));
  app.use(express.json({ limit: '1mb' }));
  app.use(express.urlencoded({ extended: false, limit: '1mb' }));
  app.use((error: { type?: string; status?: number; limit?: number }, _req: Request, res: Response, next: NextFunction) => {
    if (error?.type === 'entity.too.large') {
      res.status(413).json({
        errors: [
          {
            message: `Het verzoek is te groot (maximaal ${error.limit} bytes). (Request body too large)`,
            extensions: { code: 'PAYLOAD_TOO_LARGE', limit: error.limit },
          },
        ],
      });
      return;
    }
    if (error?.type === 'entity.parse.failed' || error?.type === 'encoding.unsupported' || error?.type === 'charset.unsupported') {
      res.status(400).json({ errors: [{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }] });
      return;
    }
    next(error);
  });
}

/** Paths the API answers itself; everything else that asks for HTML gets the web app. */
const API_PREFIXES = ['/graphql', '/export', '/health', '/api', '/robots.txt', '/sitemap', '/files/'];

/**
 * The built web app (dist/web) from the same origin as /graphql, so one URL is all a person
 * needs. Public pages are rendered on the server for visitors (ssr/, with dist/web-server);
 * other routes of the single-page app fall back to index.html.
 */
function serveWebApp(app: INestApplication, dir: string, shell: PageShell | null): void {
  const index = path.join(dir, 'index.html');
  if (!existsSync(index)) return;
  app.use('/assets', express.static(path.join(dir, 'assets'), { immutable: true, maxAge: '1y', fallthrough: false }));
  app.use(express.static(dir, { index: false }));
  if (shell) app.use(renderedPages(app, shell));
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || API_PREFIXES.some((p) => req.path.startsWith(p)) || !req.accepts('html')) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
}
