import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsBoolean, IsEnum, IsOptional, IsString, Length, MaxLength, ValidateNested } from 'class-validator';
import { Role } from '../common/graphql/enums.js';
import { ListArgs } from '../common/graphql/list.args.js';
import { RequiredId, OptionalIds } from '../common/graphql/id.decorators.js';

@InputType()
export class UserFilter {
  @Field({ nullable: true, description: 'Search by name or email' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @OptionalIds()
  ids?: string[];

  @Field(() => Role, { nullable: true })
  @IsOptional()
  @IsEnum(Role)
  role?: Role;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

@ArgsType()
export class UserListArgs extends ListArgs {
  @Field(() => UserFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => UserFilter)
  filter?: UserFilter;
}

@ArgsType()
export class UpdateUserArgs {
  @RequiredId()
  id!: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 120)
  name?: string;

  @Field(() => Role, { nullable: true })
  @IsOptional()
  @IsEnum(Role)
  role?: Role;

  @Field({ nullable: true, description: 'false deactivates the account at once' })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}
