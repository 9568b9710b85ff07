// Validates every @Args() class with class-validator and turns failures into one BAD_USER_INPUT error
// whose extensions name each offending field (nested fields as dotted paths). Before any field rule,
// every string of the arguments is checked for what no field may hold (see text.ts), so a field that
// lacks `@Text` still cannot carry a NUL byte to PostgreSQL.
import { ValidationPipe, type ArgumentMetadata, type ValidationError } from '@nestjs/common';
import { BadInputError, type FieldIssue } from './app-error.js';
import { unsafeTextIssues } from './text.js';

function flatten(errors: ValidationError[], prefix = ''): FieldIssue[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

class ArgsValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    // Only arguments the pipe validates: never the context (the HTTP request) or the parent object.
    if (this.toValidate(metadata)) {
      const unsafe = unsafeTextIssues(value);
      if (unsafe.length > 0) throw new BadInputError(unsafe);
    }
    return super.transform(value, metadata);
  }
}

export function createValidationPipe(): ValidationPipe {
  return new ArgsValidationPipe({
    transform: true,
    whitelist: true,
    forbidUnknownValues: false,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => new BadInputError(flatten(errors)),
  });
}
