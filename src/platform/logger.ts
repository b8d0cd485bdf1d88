import pino, { type Logger } from 'pino';

export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'slotwise' },
    timestamp: pino.stdTimeFunctions.isoTime,
    // Secrets never reach the log, even when a whole request or mail is logged.
    redact: {
      paths: [
        'req.headers.cookie',
        'req.headers.authorization',
        'req.headers["x-csrf-token"]',
        'password',
        '*.password',
      ],
      censor: '[redacted]',
    },
  });
}
