/// <reference path="./class-transformer-storage.d.ts" />
/**
 * The fast path of request validation: an ajv validator compiled from the same class-validator
 * and class-transformer metadata that `validatePlain` and Nest's ValidationPipe read.
 *
 * class-transformer plus class-validator cost about 110 µs and 340 KB of garbage per
 * create_plan request (envelope and parameters); the compiled validators take a few µs and
 * allocate next to nothing.
 * It is only ever allowed to say "valid": every rule below is as strict as class-validator's
 * or stricter, so whatever it accepts class-validator accepts too, with the same data. It
 * reads and never writes: a body with fields the contract does not list (which the whitelist
 * would strip) is left to class-validator. Whatever it rejects goes to class-validator, which
 * writes the error details, so error answers do not change.
 * A decorator the compiler does not know makes the class not compilable: that class is then
 * validated by class-validator alone, never by a guess.
 */
import Ajv, { _, type KeywordCxt, type SchemaObject } from 'ajv';
import type { ClassConstructor } from 'class-transformer';
import { defaultMetadataStorage } from 'class-transformer/cjs/storage';
import { getMetadataStorage, minLength } from 'class-validator';
import type { ValidationMetadata } from 'class-validator/types/metadata/ValidationMetadata';
import { FREE_FORM_OBJECT } from './validation';

/** Accepts a plain JSON value as `T` as it is (no unknown fields), or says it cannot; never changes it. */
export type CompiledValidator<T> = (value: unknown) => value is T;

/** Deepest untyped object (`parameters`, an agent's `schema`) the fast path walks; deeper goes the slow way. */
const PLAIN_DATA_MAX_DEPTH = 64;

class NotCompilable extends Error {}

/**
 * Keys the fast path leaves to class-transformer: "prototype", and the names on
 * Object.prototype ("__proto__", "constructor", "toString", ...), which class-transformer
 * drops or chokes on when it copies an object.
 */
function isUncopyableKey(key: string): boolean {
  return key in Object.prototype || key === 'prototype';
}

/**
 * JSON data no deeper than `maxDepth` with no uncopyable key at any depth. Arrays are walked by
 * index (a JSON array holds only its items): `for...in` over an array makes a string per index,
 * which for a plan's 200,000 `depends_on` entries cost more than the rest of the validation.
 */
export function isPlainData(node: unknown, maxDepth: number, depth: number): boolean {
  if (node === null || typeof node !== 'object') return true;
  if (depth >= maxDepth) return false;
  if (Array.isArray(node)) {
    for (let i = 0; i < node.length; i += 1) {
      const item: unknown = node[i];
      if (item !== null && typeof item === 'object' && !isPlainData(item, maxDepth, depth + 1)) return false;
    }
    return true;
  }
  for (const key in node) {
    if (isUncopyableKey(key) || !isPlainData((node as Record<string, unknown>)[key], maxDepth, depth + 1)) return false;
  }
  return true;
}

const ajv = new Ajv({
  allErrors: false,
  ownProperties: true,
  coerceTypes: false,
  useDefaults: false,
  messages: false,
  strict: true,
});
ajv.addKeyword({
  keyword: 'meshPlainData',
  schemaType: 'number',
  errors: false,
  validate: (maxDepth: number, data: unknown) => isPlainData(data, maxDepth, 0),
});

/**
 * A class's keys: only declared fields. A body with unknown fields (which class-validator's
 * whitelist would strip) goes the slow way, so the fast path never changes its input.
 */
ajv.addKeyword({
  keyword: 'meshClassKeys',
  type: 'object',
  schemaType: 'array',
  errors: false,
  compile: (declared: string[]) => {
    const known = new Set(declared);
    return (data: Record<string, unknown>) => {
      for (const key in data) if (!known.has(key)) return false;
      return true;
    };
  },
});

// class-validator counts length as validator.js does; the fast path asks it rather than guess.
ajv.addKeyword({
  keyword: 'meshMinLength',
  type: 'string',
  schemaType: 'number',
  errors: false,
  validate: (min: number, data: string) => minLength(data, min),
});

/** Code points of a string (what ajv's `maxLength` counts), counted only when its UTF-16 length is over the limit. */
function codePoints(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i += 1) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i += 1;
    }
    count += 1;
  }
  return count;
}

/**
 * class-validator's isNotEmpty (not '' and not null), inline in the compiled code: ajv's
 * `not: { enum }` runs a sub-schema per value, which for a plan's 200,000 `depends_on` entries
 * cost more than all the other item rules together.
 */
ajv.addKeyword({
  keyword: 'meshNotEmpty',
  schemaType: 'boolean',
  code: (cxt: KeywordCxt) => cxt.fail(_`${cxt.data} === "" || ${cxt.data} === null`),
});

/**
 * ajv's `maxLength` (code points: never looser than class-validator, which counts fewer) with the
 * common case answered by the UTF-16 length alone: no string has more code points than units.
 */
ajv.addKeyword({
  keyword: 'meshMaxLength',
  type: 'string',
  schemaType: 'number',
  // As ajv's own maxLength: a fractional or negative limit does not compile (class-validator alone then).
  metaSchema: { type: 'integer', minimum: 0 },
  code: (cxt: KeywordCxt) => {
    const count = cxt.gen.scopeValue('func', { ref: codePoints });
    cxt.fail(_`${cxt.data}.length > ${cxt.schema} && ${count}(${cxt.data}) > ${cxt.schema}`);
  },
});

/**
 * Fragments that must all hold, as one schema: their keywords side by side when no keyword appears
 * twice with different values (then the same conjunction), else `allOf`.
 */
function mergedFragment(fragments: readonly SchemaObject[]): SchemaObject {
  const merged: SchemaObject = {};
  for (const fragment of fragments) {
    for (const [keyword, value] of Object.entries(fragment)) {
      if (keyword in merged && JSON.stringify(merged[keyword]) !== JSON.stringify(value))
        return fragments.length === 1 ? fragments[0]! : { allOf: [...fragments] };
      merged[keyword] = value;
    }
  }
  return merged;
}

/** One class-validator rule as a JSON Schema fragment at least as strict. */
function ruleFragment(meta: ValidationMetadata): SchemaObject {
  const [constraint] = (meta.constraints ?? []) as unknown[];
  const number = (value: unknown): number => {
    if (typeof value !== 'number' || !Number.isFinite(value))
      throw new NotCompilable(`${meta.name} needs a finite number`);
    return value;
  };
  switch (meta.name) {
    case 'isString':
      return { type: 'string' };
    case 'isNotEmpty':
      return { meshNotEmpty: true };
    case 'maxLength':
      // Code points, as ajv counts them; class-validator counts fewer (not variation selectors): never looser.
      return { type: 'string', meshMaxLength: number(constraint) };
    case 'minLength':
      return { type: 'string', meshMinLength: number(constraint) };
    case 'isBoolean':
      return { type: 'boolean' };
    case 'isIn': {
      const values = constraint;
      if (!Array.isArray(values) || values.some((value) => value === null || typeof value === 'object'))
        throw new NotCompilable('isIn needs a list of primitives');
      return { enum: [...new Set(values)] };
    }
    case 'isArray':
      return { type: 'array' };
    case 'arrayMaxSize':
      return { type: 'array', maxItems: number(constraint) };
    case 'arrayMinSize':
      return { type: 'array', minItems: number(constraint) };
    case 'isObject':
      return { type: 'object' };
    case 'isInt':
      return { type: 'integer' };
    case 'isNumber': {
      // JSON has no NaN or Infinity; any other option (maxDecimalPlaces) is not compiled.
      const options = (constraint ?? {}) as Record<string, unknown>;
      if (Object.keys(options).some((key) => key !== 'allowNaN' && key !== 'allowInfinity'))
        throw new NotCompilable('isNumber options');
      return { type: 'number' };
    }
    case 'min':
      return { type: 'number', minimum: number(constraint) };
    case 'max':
      return { type: 'number', maximum: number(constraint) };
    case FREE_FORM_OBJECT:
      // freeFormProblem's rules (depth, no prototype keys), and no key class-transformer would drop.
      if (meta.constraints?.[1] === true)
        return { anyOf: [{ type: 'object' }, { type: 'array' }], meshPlainData: number(constraint) };
      return { type: 'object', meshPlainData: number(constraint) };
    default:
      throw new NotCompilable(`no compiled form for the "${meta.name ?? meta.type}" rule`);
  }
}

/** Builds the schema of `type` (and of the classes it nests) into `definitions`; returns its reference. */
function classSchema(
  type: ClassConstructor<object>,
  definitions: Record<string, SchemaObject>,
  ids: Map<ClassConstructor<object>, string>,
): SchemaObject {
  const known = ids.get(type);
  if (known) return { $ref: `#/definitions/${known}` };
  const id = `${type.name || 'Anonymous'}_${ids.size}`;
  ids.set(type, id);

  // class-transformer would add defaults or rename fields: the compiled path cannot follow. (Declared
  // fields are own properties holding undefined, which JSON and the planner read as absent.)
  const blank = new type() as Record<string, unknown>;
  if (Object.values(blank).some((value) => value !== undefined))
    throw new NotCompilable(`${type.name} has property initializers`);
  if (
    defaultMetadataStorage.getStrategy(type) !== 'none' ||
    defaultMetadataStorage.getExposedMetadatas(type).length > 0 ||
    defaultMetadataStorage.getExcludedMetadatas(type).length > 0
  ) {
    throw new NotCompilable(`${type.name} uses @Expose/@Exclude`);
  }

  const metadatas = getMetadataStorage().getTargetValidationMetadatas(type, '', false, false);
  const byProperty = new Map<string, ValidationMetadata[]>();
  for (const meta of metadatas) {
    if (meta.groups?.length || meta.always) throw new NotCompilable('validation groups');
    byProperty.set(meta.propertyName, [...(byProperty.get(meta.propertyName) ?? []), meta]);
  }

  const properties: Record<string, SchemaObject> = {};
  const required: string[] = [];
  for (const [name, metas] of byProperty) {
    if (isUncopyableKey(name)) throw new NotCompilable(`reserved property ${name}`);
    for (const transformationType of [0, 1, 2]) {
      if (defaultMetadataStorage.findTransformMetadatas(type, name, transformationType).length > 0)
        throw new NotCompilable(`${type.name}.${name} has @Transform`);
    }
    const fragments: SchemaObject[] = [];
    const itemFragments: SchemaObject[] = [];
    let optional = false;
    for (const meta of metas) {
      if (meta.type === 'conditionalValidation') {
        if (meta.name !== 'isOptional') throw new NotCompilable(`${type.name}.${name}: conditional validation`);
        optional = true;
        continue;
      }
      if (meta.type === 'whitelistValidation') continue;
      let fragment: SchemaObject;
      if (meta.type === 'nestedValidation') {
        const nested = defaultMetadataStorage.findTypeMetadata(type, name);
        if (!nested || nested.options?.discriminator)
          throw new NotCompilable(`${type.name}.${name}: nested without a plain @Type`);
        fragment = classSchema(nested.typeFunction() as ClassConstructor<object>, definitions, ids);
      } else if (meta.type === 'customValidation') {
        fragment = ruleFragment(meta);
      } else {
        throw new NotCompilable(`${type.name}.${name}: ${meta.type}`);
      }
      if (meta.each) itemFragments.push(fragment);
      else fragments.push(fragment);
    }
    // The `each` rules as one item schema: one pass over the array, not one per rule.
    if (itemFragments.length > 0) fragments.push({ type: 'array', items: mergedFragment(itemFragments) });
    // Whatever is not a nested class (untyped objects, arrays of anything) class-transformer copies: it must be plain data.
    if (!metas.some((meta) => meta.type === 'nestedValidation' || meta.name === FREE_FORM_OBJECT))
      fragments.push({ meshPlainData: PLAIN_DATA_MAX_DEPTH });
    properties[name] = fragments.length === 1 ? fragments[0]! : { allOf: fragments };
    if (!optional) required.push(name);
  }
  definitions[id] = { type: 'object', meshClassKeys: Object.keys(properties), properties, required };
  return { $ref: `#/definitions/${id}` };
}

/** The compiled validator of `type`, or why its decorators have no exact compiled form. */
export function compileValidator<T extends object>(
  type: ClassConstructor<T>,
): { validator: CompiledValidator<T> } | { notCompilable: string } {
  let schema: SchemaObject;
  try {
    const definitions: Record<string, SchemaObject> = {};
    schema = { ...classSchema(type, definitions, new Map()), definitions };
  } catch (error) {
    if (error instanceof NotCompilable) return { notCompilable: error.message };
    throw error;
  }
  try {
    return { validator: ajv.compile<T>(schema) as CompiledValidator<T> };
  } catch (error) {
    // A constraint JSON Schema cannot hold (a fractional length, an empty list): class-validator alone.
    return { notCompilable: `ajv: ${error instanceof Error ? error.message : String(error)}` };
  }
}

const compiled = new WeakMap<ClassConstructor<object>, CompiledValidator<object> | null>();

/** `compileValidator`, once per class. */
export function compiledValidatorFor<T extends object>(type: ClassConstructor<T>): CompiledValidator<T> | undefined {
  let validator = compiled.get(type);
  if (validator === undefined) {
    const outcome = compileValidator(type);
    validator = 'validator' in outcome ? outcome.validator : null;
    compiled.set(type, validator);
  }
  return (validator ?? undefined) as CompiledValidator<T> | undefined;
}
