// Text arguments, normalized and bounded in one way everywhere. `@Text` on a field trims it, puts it in
// Unicode NFC (so "Cafe\u0301" and "Café" are the same name) and refuses control characters; the
// validation pipe also refuses, in every string of every argument, what no field may hold (a NUL byte
// makes PostgreSQL fail the whole statement; an unpaired surrogate cannot be stored as UTF-8).
import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { IsEmail, registerDecorator, type ValidationOptions } from 'class-validator';
import type { FieldIssue } from './app-error.js';

// C0 controls except tab, line feed and carriage return; DEL and the C1 controls. Matching control
// characters is the point of these patterns.
// eslint-disable-next-line no-control-regex
const FORBIDDEN_ANYWHERE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
// Single-line text refuses tab and line breaks too.
// eslint-disable-next-line no-control-regex
const FORBIDDEN_IN_SINGLE_LINE = /[\u0000-\u001F\u007F-\u009F]/;
const UNPAIRED_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const UNSAFE_TEXT_MESSAGE = 'must not contain control characters or unpaired surrogates';

/** True when no field may hold this string, whatever its own rules. */
export function isUnsafeText(value: string): boolean {
  return FORBIDDEN_ANYWHERE.test(value) || UNPAIRED_SURROGATE.test(value);
}

/**
 * Every unsafe string in a plain argument value, named by its dotted path (`input.notes`,
 * `activities.0`) like the validation errors. Runs before any field rule, so a field without `@Text`
 * (a password, an id, a sort field) is covered too.
 */
export function unsafeTextIssues(value: unknown, path = '', seen = new WeakSet<object>()): FieldIssue[] {
  if (typeof value === 'string') return isUnsafeText(value) ? [{ field: path, message: UNSAFE_TEXT_MESSAGE }] : [];
  if (value === null || typeof value !== 'object' || value instanceof Date || seen.has(value)) return [];
  seen.add(value);
  return Object.entries(value).flatMap(([key, item]) => unsafeTextIssues(item, path ? `${path}.${key}` : key, seen));
}

export function normalizeText(value: unknown): unknown {
  if (typeof value === 'string') return value.normalize('NFC').trim();
  if (Array.isArray(value)) return value.map(normalizeText);
  return value;
}

export interface TextOptions {
  /** Length bound after trimming, in characters. */
  max: number;
  /** Required text: at least this many characters after trimming, so blank is refused. */
  min?: number;
  /** Notes and other free text may hold tabs and line breaks; names may not. */
  multiline?: boolean;
  /** A list of texts, each checked. */
  each?: boolean;
}

function IsCleanText(options: TextOptions, validationOptions?: ValidationOptions): PropertyDecorator {
  const { min = 0, max, multiline = false } = options;
  const forbidden = multiline ? FORBIDDEN_ANYWHERE : FORBIDDEN_IN_SINGLE_LINE;
  const problemOf = (value: unknown): string | null => {
    if (typeof value !== 'string') return 'must be a string';
    if (forbidden.test(value) || UNPAIRED_SURROGATE.test(value))
      return multiline ? UNSAFE_TEXT_MESSAGE : 'must be a single line without control characters';
    const length = [...value].length; // characters, not UTF-16 units
    if (length > max) return `must be at most ${max} characters`;
    if (length < min) return min === 1 ? 'must not be blank' : `must be at least ${min} characters, not counting spaces around it`;
    return null;
  };
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'isCleanText',
      target: target.constructor,
      propertyName: String(propertyName),
      options: validationOptions,
      validator: {
        validate: (value: unknown) => problemOf(value) === null,
        // With `each`, class-validator passes the whole list here: name the first bad item's problem.
        defaultMessage: (args) => {
          const values: unknown[] = Array.isArray(args?.value) ? args.value : [args?.value];
          return values.map(problemOf).find((problem) => problem !== null) ?? 'must be valid text';
        },
      },
    });
}

/**
 * A text argument or input field: trimmed, NFC-normalized, free of control characters (tabs and line
 * breaks allowed only when `multiline`), between `min` and `max` characters after trimming.
 */
export const Text = (options: TextOptions) =>
  applyDecorators(
    Transform(({ value }: { value: unknown }) => normalizeText(value)),
    IsCleanText(options, { each: options.each }),
  );

/** The length every email field allows (RFC 5321's path limit). */
export const EMAIL_MAX = 254;

/** An email address field: normalized like any text, then checked as an address. */
export const EmailAddress = () => applyDecorators(Text({ max: EMAIL_MAX }), IsEmail({}, { message: 'must be a valid email address' }));
