import { Logger, type INestApplication } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { SESSION_COOKIE } from '../accounts/sessions.service.js';
import { appUrl } from '../common/app-url.js';
import { AnonymousReadCache } from '../graphql/anonymous-read-cache.js';
import { inProcessGraphql } from './in-process-graphql.js';
import type { PageShell } from './server-render.js';

interface RenderedPage {
  status: number;
  html: string;
}

/**
 * Public pages (catalogue, instrument, overview) rendered on the server for visitors, so they
 * read without JavaScript and show before it has run; the browser hydrates them. The page goes
 * through the anonymous read cache (by address and cache version), and so does each of its
 * GraphQL operations. Someone signed in gets the client-rendered shell (next handler), as does
 * everyone when a render fails.
 */
export function renderedPages(app: INestApplication, shell: PageShell): (req: Request, res: Response, next: NextFunction) => void {
  const logger = new Logger('ServerRender');
  const executor = inProcessGraphql(app);
  const cache = app.get(AnonymousReadCache, { strict: false });

  const renderPage = async (req: Request, res: Response, origin: string): Promise<{ value: RenderedPage; keep: boolean }> => {
    const execute = executor(req, res);
    let failed = false;
    const page = await shell.render({
      url: req.originalUrl,
      origin,
      execute: async (operation) => {
        const result = await execute(operation);
        if (result.errors?.length) failed = true;
        return result;
      },
    });
    return { value: { status: page.status, html: shell.compose(req.path, page) }, keep: !failed };
  };

  return (req, res, next) => {
    if (req.method !== 'GET' || !shell.renders(req.path) || !req.accepts('html')) return next();
    // The same address answers a visitor with the rendered page and a member with the shell.
    res.vary('Cookie');
    if (req.cookies?.[SESSION_COOKIE]) return next();
    // Canonical and sharing links name APP_URL; unset (development, tests), the address asked.
    const origin = process.env.APP_URL ? appUrl() : `${req.protocol}://${req.get('host')}`;
    cache.page(`${origin}${req.originalUrl}`, () => renderPage(req, res, origin)).then(
      (page) => {
        res.status(page.status).setHeader('Cache-Control', 'no-cache');
        res.type('html').send(page.html);
      },
      (error: unknown) => {
        logger.error({ err: error }, 'Rendering a page on the server failed; sending the client-rendered app');
        if (!res.headersSent) next();
      },
    );
  };
}
