import { describe, expect, it } from 'vitest';
import { createLogger } from './logger.js';

describe('the structured logger', () => {
  it.each([
    'password',
    'newPassword',
    'token',
    'sessionToken',
    'cookie',
    'authorization',
    'painScore',
    'worstPain24h',
    'answers',
  ])('redacts a field named %s', (field) => {
    const lines: string[] = [];
    createLogger('info', (line) => lines.push(line)).info('event', { [field]: 'sensitive value' });
    expect(lines[0]).not.toContain('sensitive value');
    expect(JSON.parse(lines[0] ?? '{}')).toMatchObject({
      level: 'info',
      message: 'event',
      [field]: '[redacted]',
    });
  });

  it('keeps ordinary fields and drops lines below its level', () => {
    const lines: string[] = [];
    const logger = createLogger('warn', (line) => lines.push(line));
    logger.info('hidden', { route: '/healthz' });
    logger.warn('shown', { route: '/healthz' });
    expect(lines.map((line) => JSON.parse(line))).toEqual([
      expect.objectContaining({ message: 'shown', route: '/healthz' }),
    ]);
  });
});
