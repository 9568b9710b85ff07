// The id fields every input repeats, declared once: the GraphQL type and its validation together.
import { applyDecorators } from '@nestjs/common';
import { Field, ID } from '@nestjs/graphql';
import { IsOptional, IsUUID } from 'class-validator';

/** A required id argument or field. */
export const RequiredId = (description?: string) =>
  applyDecorators(
    Field(() => ID, description ? { description } : {}),
    IsUUID('all', { message: 'must be a valid id' }),
  );

/** An optional id, e.g. a filter. */
export const OptionalId = (description?: string) =>
  applyDecorators(
    Field(() => ID, { nullable: true, ...(description ? { description } : {}) }),
    IsOptional(),
    IsUUID('all', { message: 'must be a valid id' }),
  );

/** An optional list of ids (react-admin's getMany sends filter.ids). */
export const OptionalIds = () =>
  applyDecorators(
    Field(() => [ID], { nullable: true }),
    IsOptional(),
    IsUUID('all', { each: true, message: 'must be valid ids' }),
  );
