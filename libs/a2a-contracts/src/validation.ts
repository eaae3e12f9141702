import { applyDecorators } from '@nestjs/common';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  MaxLength,
  ValidateNested,
  registerDecorator,
  type ValidationArguments,
  type ValidationOptions,
} from 'class-validator';
import { LIMITS } from './constants';

/** A required, non-empty string of at most `max` characters. */
export function IsText(max: number = LIMITS.idMaxLength): PropertyDecorator {
  return applyDecorators(IsString(), IsNotEmpty(), MaxLength(max));
}

/** An optional string of at most `max` characters. */
export function IsOptionalText(max: number = LIMITS.idMaxLength): PropertyDecorator {
  return applyDecorators(IsOptional(), IsString(), MaxLength(max));
}

/** An array of non-empty strings. */
export function IsTextArray(options: { max?: number; maxLength?: number } = {}): PropertyDecorator {
  return applyDecorators(
    IsArray(),
    ArrayMaxSize(options.max ?? LIMITS.stepsMax),
    IsString({ each: true }),
    IsNotEmpty({ each: true }),
    MaxLength(options.maxLength ?? LIMITS.idMaxLength, { each: true }),
  );
}

/** A nested object validated as `type`. */
export function IsNested(type: () => new () => object): PropertyDecorator {
  return applyDecorators(IsObject(), ValidateNested(), Type(type));
}

/** An array of nested objects, each validated as `type`. */
export function IsNestedArray(type: () => new () => object, max: number): PropertyDecorator {
  return applyDecorators(IsArray(), ArrayMaxSize(max), ValidateNested({ each: true }), Type(type));
}

/** Keys a free-form object may not hold (anywhere inside). */
export const FREE_FORM_RESERVED_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);
const FORBIDDEN_KEYS = FREE_FORM_RESERVED_KEYS;

/** The validator name of `IsFreeFormObject` in class-validator's metadata; its constraint is the depth bound. */
export const FREE_FORM_OBJECT = 'isFreeFormObject';

/** Why a free-form JSON value is unacceptable, or undefined when it is fine. */
export function freeFormProblem(value: unknown, maxDepth: number): string | undefined {
  const stack: Array<{ node: unknown; depth: number }> = [{ node: value, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    if (depth >= maxDepth) return `nested deeper than ${maxDepth} levels`;
    if (Array.isArray(node)) {
      // By index, and only the items that are objects: Object.keys of an array makes a string per item.
      for (let i = 0; i < node.length; i += 1) {
        const child: unknown = node[i];
        if (child !== null && typeof child === 'object') stack.push({ node: child, depth: depth + 1 });
      }
      continue;
    }
    for (const key of Object.keys(node)) {
      if (FORBIDDEN_KEYS.has(key)) return `contains the reserved key "${key}"`;
      stack.push({ node: (node as Record<string, unknown>)[key], depth: depth + 1 });
    }
  }
  return undefined;
}

/**
 * A free-form JSON object (`user_context`, step parameters): a plain object, bounded in
 * depth, with no prototype-polluting keys. With `allowArray`, a JSON array is accepted too
 * (`schema_hints` may come as a flat list of table names).
 */
export function IsFreeFormObject(
  options: { maxDepth?: number; allowArray?: boolean } & ValidationOptions = {},
): PropertyDecorator {
  const maxDepth = options.maxDepth ?? 12;
  const allowArray = options.allowArray === true;
  return (target: object, propertyName: string | symbol) => {
    if (!allowArray) IsObject(options)(target, propertyName);
    registerDecorator({
      name: FREE_FORM_OBJECT,
      target: target.constructor,
      propertyName: String(propertyName),
      options,
      constraints: [maxDepth, allowArray],
      validator: {
        validate: (value: unknown) =>
          (!allowArray || (value !== null && typeof value === 'object')) &&
          freeFormProblem(value, maxDepth) === undefined,
        defaultMessage: (args: ValidationArguments) =>
          `${args.property} ${freeFormProblem(args.value, maxDepth) ?? (allowArray ? 'must be an object or an array' : 'is not a valid object')}`,
      },
    });
  };
}
