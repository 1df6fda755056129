import type { LogLevel } from '../config/config.js';

const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };
/** Fields that must never reach a log line, whatever a caller passes. */
const SECRET_FIELDS = /pass(word)?|token|secret|cookie|authorization|pain|answers/i;

export type LogFields = Record<string, unknown>;

export interface Logger {
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
}

function redact(fields: LogFields): LogFields {
  return Object.fromEntries(
    Object.entries(fields).map(([key, value]) => [key, SECRET_FIELDS.test(key) ? '[redacted]' : value]),
  );
}

/**
 * A structured logger writing one JSON object per line. Field names that look like a password,
 * token, secret or pain score are redacted, so a careless call cannot leak them.
 *
 * @example
 * createLogger('info').info('listening', { url: 'http://localhost:3000' });
 */
export function createLogger(level: LogLevel, write: (line: string) => void = writeStdout): Logger {
  const emit = (lineLevel: Exclude<LogLevel, 'silent'>, message: string, fields: LogFields = {}) => {
    if (ORDER[lineLevel] < ORDER[level]) return;
    write(JSON.stringify({ time: new Date().toISOString(), level: lineLevel, message, ...redact(fields) }));
  };
  return {
    debug: (message, fields) => emit('debug', message, fields),
    info: (message, fields) => emit('info', message, fields),
    warn: (message, fields) => emit('warn', message, fields),
    error: (message, fields) => emit('error', message, fields),
  };
}

function writeStdout(line: string): void {
  process.stdout.write(`${line}\n`);
}
