import pino, { type DestinationStream, type Logger } from 'pino';

/**
 * JSON lines, for log collectors; `pretty` (a developer's terminal) writes one short readable line per
 * entry instead. pino-pretty is not a dependency: the small formatter below is all a terminal needs.
 */
export function createLogger(level: string, options: { pretty?: boolean } = {}): Logger {
  const settings = {
    level,
    base: { service: 'slotwise' },
    timestamp: pino.stdTimeFunctions.isoTime,
    // Secrets never reach the log, even when a whole request or mail is logged.
    redact: {
      paths: [
        'req.headers.cookie',
        'req.headers.authorization',
        'req.headers["x-csrf-token"]',
        'err.rawPacket',
        'password',
        '*.password',
      ],
      censor: '[redacted]',
    },
  };
  return options.pretty ? pino(settings, prettyDestination(process.stdout)) : pino(settings);
}

/** Pretty only where a person reads the log as it is written: a terminal, outside production. */
export const wantsPrettyLogs = (env: string, stdout: { isTTY?: boolean }) =>
  env !== 'production' && stdout.isTTY === true;

const LEVELS: Record<number, string> = {
  10: 'TRACE',
  20: 'DEBUG',
  30: 'INFO ',
  40: 'WARN ',
  50: 'ERROR',
  60: 'FATAL',
};
const COLOURS: Record<number, string> = { 10: '90', 20: '90', 30: '32', 40: '33', 50: '31', 60: '35' };
/** Said by every line, or shown otherwise (time, level, message): not repeated as key=value. */
const OMITTED = new Set(['level', 'time', 'msg', 'service', 'pid', 'hostname', 'err']);

function prettyDestination(out: NodeJS.WritableStream): DestinationStream {
  return { write: (line: string) => out.write(prettyLine(line, true)) };
}

/** One JSON log line as `12:00:01 INFO  message key=value`, an error's stack below it. */
export function prettyLine(line: string, colour: boolean): string {
  let entry: Record<string, unknown>;
  try {
    entry = JSON.parse(line) as Record<string, unknown>;
  } catch {
    return line.endsWith('\n') ? line : `${line}\n`;
  }
  const level = typeof entry.level === 'number' ? entry.level : 30;
  const time = typeof entry.time === 'string' ? entry.time.slice(11, 19) : '';
  const name = LEVELS[level] ?? String(level);
  const label = colour ? `\u001b[${COLOURS[level] ?? '0'}m${name}\u001b[0m` : name;
  const fields = Object.entries(entry)
    .filter(([key]) => !OMITTED.has(key))
    .map(([key, value]) => `${key}=${typeof value === 'string' ? value : JSON.stringify(value)}`);
  const err = entry.err as { stack?: string; message?: string } | undefined;
  const stack = err ? `\n${err.stack ?? err.message ?? JSON.stringify(err)}` : '';
  return `${[time, label, String(entry.msg ?? ''), ...fields].filter(Boolean).join(' ')}${stack}\n`;
}
