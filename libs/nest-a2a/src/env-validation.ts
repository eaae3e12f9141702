import { plainToInstance, Transform, type ClassConstructor } from 'class-transformer';
import { validateSync } from 'class-validator';

/** An unset or blank variable, which takes the class's default. */
function blank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/** A string environment variable, trimmed; blank keeps the default. */
export const EnvString = (): PropertyDecorator =>
  Transform(({ value, obj, key }) => (blank(obj[key]) ? value : String(obj[key]).trim()));

/** A numeric environment variable: "12" → 12; anything else is kept as it was, so validation names it. */
export const EnvNumber = (): PropertyDecorator =>
  Transform(({ value, obj, key }) => {
    if (blank(obj[key])) return value;
    const raw = String(obj[key]).trim();
    const parsed = Number(raw);
    return Number.isFinite(parsed) ? parsed : raw;
  });

/** A boolean environment variable: true/false, 1/0, yes/no, on/off. */
export const EnvBoolean = (): PropertyDecorator =>
  Transform(({ value, obj, key }) => {
    if (blank(obj[key])) return value;
    const raw = String(obj[key]).trim().toLowerCase();
    if (['true', '1', 'yes', 'on'].includes(raw)) return true;
    if (['false', '0', 'no', 'off'].includes(raw)) return false;
    return raw;
  });

/**
 * Validates `process.env` against a class of defaulted, decorated properties (for
 * `ConfigModule.forRoot({ validate })`). Throws one error naming every bad variable.
 */
export function validateEnv<T extends object>(
  type: ClassConstructor<T>,
  raw: Record<string, unknown>,
  appName: string,
): T {
  const env = plainToInstance(type, raw, { exposeDefaultValues: true });
  const errors = validateSync(env);
  if (errors.length > 0) {
    const lines = errors.map(
      (e) => `  ${e.property}=${JSON.stringify(raw[e.property])}: ${Object.values(e.constraints ?? {}).join('; ')}`,
    );
    throw new Error(`Invalid ${appName} configuration:\n${lines.join('\n')}`);
  }
  return env;
}
