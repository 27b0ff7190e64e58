import { type INestApplication, type LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import cookieParser from 'cookie-parser';
import express, { type NextFunction, type Request, type Response } from 'express';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import { AppModule } from './app.module.js';

/** The Nest application on an open DataSource; used by main.ts and by the tests alike. */
export async function createApp(dataSource: DataSource, logLevels?: LogLevel[]): Promise<INestApplication> {
  const app = await NestFactory.create(AppModule.forDataSource(dataSource), {
    logger: logLevels ?? ['error', 'warn', 'log'],
  });
  app.use(cookieParser());
  serveWebApp(app);
  return app;
}

/** Paths the API answers itself; everything else that asks for HTML gets the web app. */
const API_PREFIXES = ['/graphql', '/export', '/health', '/api'];

/**
 * The built web app (dist/web) from the same origin as /graphql, so one URL is all a person
 * needs. Routes of the single-page app fall back to index.html.
 */
function serveWebApp(app: INestApplication): void {
  const dir = path.resolve(process.env.WEB_DIST_DIR ?? path.join('dist', 'web'));
  const index = path.join(dir, 'index.html');
  if (!existsSync(index)) return;
  app.use('/assets', express.static(path.join(dir, 'assets'), { immutable: true, maxAge: '1y', fallthrough: false }));
  app.use(express.static(dir, { index: false }));
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || API_PREFIXES.some((p) => req.path.startsWith(p)) || !req.accepts('html')) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
}
