// Every error travels to formatGraphQLError untouched, which maps it and logs only the unexpected
// ones; without this filter Nest would also log each refused login or invalid input as a crash.
import { Catch } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';

@Catch()
export class AppErrorFilter implements GqlExceptionFilter {
  catch(exception: unknown): unknown {
    return exception;
  }
}
