// Calendar dates ("YYYY-MM-DD") such as a date of birth: no time, no time zone.
import { registerDecorator, type ValidationOptions } from 'class-validator';

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

export function parseDateOnly(value: string): Date | null {
  const match = DATE_ONLY.exec(value);
  if (!match) return null;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value ? date : null;
}

export function formatDateOnly(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A real calendar date, not after today and not before 1900. */
export function IsPastDateOnly(options?: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isPastDateOnly',
      target: target.constructor,
      propertyName,
      options,
      validator: {
        validate(value: unknown) {
          if (typeof value !== 'string') return false;
          const date = parseDateOnly(value);
          return date !== null && date.getUTCFullYear() >= 1900 && value <= new Date().toISOString().slice(0, 10);
        },
        defaultMessage() {
          return 'must be a real date (YYYY-MM-DD) between 1900-01-01 and today';
        },
      },
    });
}
