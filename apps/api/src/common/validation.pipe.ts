// Validates every @Args() class with class-validator and turns failures into one BAD_USER_INPUT error
// whose extensions name each offending field (nested fields as dotted paths).
import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { BadInputError, type FieldIssue } from './app-error.js';

function flatten(errors: ValidationError[], prefix = ''): FieldIssue[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    whitelist: true,
    forbidUnknownValues: false,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => new BadInputError(flatten(errors)),
  });
}
