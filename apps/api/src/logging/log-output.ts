import type { LoggerService } from '@nestjs/common';
import { pino, type DestinationStream, type Logger as Pino, type LevelWithSilent } from 'pino';
import PinoPretty from 'pino-pretty';

export type LogFormat = 'pretty' | 'json';

let stdoutJson: DestinationStream | undefined;

/**
 * Where log lines go: JSON on stdout, or in development one readable line each through
 * pino-pretty (time, level, message; a request's method, path and status). JSON lines are
 * written asynchronously (a line per request written synchronously cost the event loop a system
 * call each) through one destination for the start logger and the app alike, so lines keep
 * their order; pino flushes it when the process exits.
 */
export function logStream(format: LogFormat): DestinationStream {
  if (format === 'json') return (stdoutJson ??= pino.destination({ dest: 1, sync: false }));
  return PinoPretty({
    sync: true,
    colorize: Boolean(process.stdout.isTTY),
    translateTime: 'SYS:HH:MM:ss',
    ignore: 'pid,hostname,context,req,res,responseTime,reqId',
    messageFormat: (log, messageKey) => {
      const req = log.req as { method?: string; path?: string } | undefined;
      const res = log.res as { statusCode?: number } | undefined;
      const request = req?.method ? `${req.method} ${req.path ?? ''}${res?.statusCode ? ` ${res.statusCode}` : ''} ` : '';
      return `${request}${String(log[messageKey] ?? '')}`;
    },
  });
}

/**
 * Nest's own start-up chatter (one line per module and route) is debug, not info: a start shows
 * the few lines a person needs (database, demo accounts, URL).
 */
const STARTUP_CONTEXTS = new Set(['NestFactory', 'InstanceLoader', 'RoutesResolver', 'RouterExplorer', 'NestApplication', 'GraphQLModule']);

export function quietStartup(logger: LoggerService): LoggerService {
  return {
    log: (message: unknown, ...rest: unknown[]) =>
      STARTUP_CONTEXTS.has(String(rest.at(-1))) ? logger.debug?.(message, ...rest) : logger.log(message, ...rest),
    error: (message: unknown, ...rest: unknown[]) => logger.error(message, ...rest),
    warn: (message: unknown, ...rest: unknown[]) => logger.warn(message, ...rest),
    debug: (message: unknown, ...rest: unknown[]) => logger.debug?.(message, ...rest),
    verbose: (message: unknown, ...rest: unknown[]) => logger.verbose?.(message, ...rest),
    fatal: (message: unknown, ...rest: unknown[]) => logger.fatal?.(message, ...rest),
  };
}

/** The logger of the start, before the app (and its pino) exists: same format, same levels. */
export function startLogger(format: LogFormat, level: LevelWithSilent): LoggerService {
  const base: Pino = pino({ level }, logStream(format));
  const write = (method: 'info' | 'warn' | 'error' | 'debug' | 'trace' | 'fatal') => (message: unknown, ...rest: unknown[]) => {
    const context = typeof rest.at(-1) === 'string' ? (rest.at(-1) as string) : undefined;
    base[method]({ context }, String(message));
  };
  return { log: write('info'), warn: write('warn'), error: write('error'), debug: write('debug'), verbose: write('trace'), fatal: write('fatal') };
}
