import { type INestApplication, type LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import cookieParser from 'cookie-parser';
import type { DataSource } from 'typeorm';
import { AppModule } from './app.module.js';

/** The Nest application on an open DataSource; used by main.ts and by the tests alike. */
export async function createApp(dataSource: DataSource, logLevels?: LogLevel[]): Promise<INestApplication> {
  const app = await NestFactory.create(AppModule.forDataSource(dataSource), {
    logger: logLevels ?? ['error', 'warn', 'log'],
  });
  app.use(cookieParser());
  return app;
}
