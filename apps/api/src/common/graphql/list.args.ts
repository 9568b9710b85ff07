// The react-admin GraphQL convention (ra-data-graphql-simple): allX(page, perPage, sortField,
// sortOrder, filter) and _allXMeta { count }.
import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { IsIn, IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import { BadInputError } from '../app-error.js';

@ArgsType()
export class ListArgs {
  @Field(() => Int, { nullable: true, description: 'Zero-based page number' })
  @IsOptional()
  @IsInt()
  @Min(0)
  page?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(500)
  perPage?: number;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  sortField?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsIn(['ASC', 'DESC', 'asc', 'desc'])
  sortOrder?: string;
}

@ObjectType()
export class ListMetadata {
  @Field(() => Int)
  count!: number;
}

export interface PageRequest {
  skip: number;
  take: number;
  sortField: string;
  sortOrder: 'asc' | 'desc';
}

/** Turns convention args into a page request, refusing sort fields the resource does not offer. */
export function pageRequest(args: ListArgs, sortable: readonly string[], defaultSort: string): PageRequest {
  const take = args.perPage ?? 25;
  const sortField = args.sortField ?? defaultSort;
  if (!sortable.includes(sortField)) {
    throw BadInputError.field('sortField', `must be one of ${sortable.join(', ')}`);
  }
  return { skip: (args.page ?? 0) * take, take, sortField, sortOrder: (args.sortOrder ?? 'ASC').toLowerCase() as 'asc' | 'desc' };
}
