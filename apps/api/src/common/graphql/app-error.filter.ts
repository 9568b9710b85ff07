// Expected domain errors travel to formatGraphQLError untouched; without this filter Nest would log
// every refused login or invalid input as a server error.
import { Catch } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';
import { AppError } from '../app-error.js';

@Catch(AppError)
export class AppErrorFilter implements GqlExceptionFilter {
  catch(exception: AppError): AppError {
    return exception;
  }
}
