import { pino } from 'pino';

/**
 * One logger for the process. Log lines carry ids, codes and timings only, never personal data:
 * request bodies, variables, cookies and authorization headers are not logged at all.
 */
export function createLogger(level: string) {
  return pino({
    level,
    // The process id tells apart the lines of several API processes (WEB_CONCURRENCY) in one log.
    base: { service: 'hoanhap-api', pid: process.pid },
    redact: {
      paths: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]', '*.password', '*.email'],
      remove: true,
    },
  });
}

export type Logger = ReturnType<typeof createLogger>;
