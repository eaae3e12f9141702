import type { LogLevel } from '@nestjs/common';

const ORDER: readonly LogLevel[] = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'];
const THRESHOLD: Record<string, number> = { silent: 0, fatal: 1, error: 2, warn: 3, info: 4, debug: 5, trace: 6 };

/** The Nest logger levels shown for a `LOG_LEVEL` (fatal … trace, or silent). */
export function nestLogLevels(level: string): LogLevel[] {
  return ORDER.slice(0, THRESHOLD[level] ?? THRESHOLD['info']);
}
