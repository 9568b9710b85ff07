import { ValidateIf } from 'class-validator';

/**
 * For an optional argument whose column is NOT NULL: it may be left out (nothing changes, or the
 * default applies) but an explicit null is validated like any other value and so refused as
 * BAD_USER_INPUT naming the field. `@IsOptional()` would let the null through to the database.
 */
export const Omittable = () => ValidateIf((_object: object, value: unknown) => value !== undefined);
