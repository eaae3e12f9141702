import 'reflect-metadata';

type Constructor = abstract new (...args: never[]) => unknown;

interface DynamicModuleLike {
  module: Constructor;
  imports?: unknown[];
  providers?: unknown[];
  controllers?: unknown[];
}

const isClass = (value: unknown): value is Constructor => typeof value === 'function';

function unwrap(entry: unknown): unknown {
  // forwardRef(() => X)
  if (entry && typeof entry === 'object' && 'forwardRef' in entry && typeof entry.forwardRef === 'function')
    return (entry.forwardRef as () => unknown)();
  return entry;
}

function problemsOf(target: Constructor): string[] {
  if (target.length === 0) return [];
  const types = Reflect.getMetadata('design:paramtypes', target) as unknown[] | undefined;
  if (!types)
    return [
      `${target.name}: no design:paramtypes for its ${target.length} constructor parameter(s) (decorator metadata is off)`,
    ];
  const tokens = (Reflect.getMetadata('self:paramtypes', target) as { index: number }[] | undefined) ?? [];
  // Parameters with an @Inject token, or @Optional ones (Nest passes undefined when it has nothing), are fine.
  const optional = (Reflect.getMetadata('optional:paramtypes', target) as number[] | undefined) ?? [];
  const explicit = new Set([...tokens.map((t) => t.index), ...optional]);
  const problems: string[] = [];
  types.forEach((type, index) => {
    if (explicit.has(index)) return;
    if (type === undefined)
      problems.push(`${target.name}: parameter ${index} has an undefined type (a circular or type-only import)`);
    else if (type === Object)
      problems.push(`${target.name}: parameter ${index} is typed as an interface or Object and has no @Inject token`);
  });
  return problems;
}

export interface InjectionReport {
  /** The names of the class-based providers and controllers checked. */
  readonly checked: readonly string[];
  /** One line per constructor parameter Nest could not resolve. */
  readonly problems: readonly string[];
}

/**
 * Walks a Nest module graph (imports, providers, controllers) and reports every injectable class
 * whose constructor Nest could not resolve from decorator metadata: no `design:paramtypes` (the
 * compiler's decorator settings lost it) or a parameter typed `undefined`/`Object` without an
 * `@Inject` token. Without that metadata Nest injects `undefined` silently.
 */
export function injectionReport(root: Constructor): InjectionReport {
  const seenModules = new Set<unknown>();
  const checked = new Set<Constructor>();
  const problems: string[] = [];
  const check = (target: unknown) => {
    if (!isClass(target) || checked.has(target)) return;
    checked.add(target);
    problems.push(...problemsOf(target));
  };
  const visit = (raw: unknown) => {
    const entry = unwrap(raw);
    if (!entry || seenModules.has(entry)) return;
    seenModules.add(entry);
    const dynamic = typeof entry === 'object' && 'module' in entry ? (entry as DynamicModuleLike) : undefined;
    const moduleClass = dynamic ? dynamic.module : isClass(entry) ? entry : undefined;
    if (!moduleClass) return;
    const list = (key: 'imports' | 'providers' | 'controllers'): unknown[] => [
      ...((Reflect.getMetadata(key, moduleClass) as unknown[] | undefined) ?? []),
      ...(dynamic?.[key] ?? []),
    ];
    for (const provider of list('providers')) {
      const p = unwrap(provider);
      if (isClass(p)) check(p);
      else if (p && typeof p === 'object' && 'useClass' in p) check((p as { useClass: unknown }).useClass);
    }
    for (const controller of list('controllers')) check(unwrap(controller));
    for (const imported of list('imports')) visit(imported);
  };
  visit(root);
  return { checked: [...checked].map((c) => c.name), problems };
}
