import { ArgsType, Field, InputType, IntersectionType, PartialType, PickType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsBoolean, IsEnum, IsOptional, IsString, Length, MaxLength, ValidateNested } from 'class-validator';
import { PASSWORD_MIN } from '../auth/auth.inputs.js';
import { Role } from '../common/graphql/enums.js';
import { ListArgs } from '../common/graphql/list.args.js';
import { IdArgs } from '../common/graphql/id.args.js';
import { OptionalIds, RequiredId } from '../common/graphql/id.decorators.js';
import { Omittable } from '../common/omittable.js';
import { Text, EmailAddress } from '../common/text.js';

@InputType()
export class UserFilter {
  @Field({ nullable: true, description: 'Search by name or email' })
  @IsOptional()
  @Text({ max: 100 })
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

@InputType()
export class CreateStaffInput {
  @Field()
  @EmailAddress()
  email!: string;

  @Field()
  @Text({ min: 1, max: 120 })
  name!: string;

  @Field(() => Role)
  @IsEnum(Role)
  role!: Role;

  @Field()
  @IsString()
  @Length(PASSWORD_MIN, 200, { message: `must be between ${PASSWORD_MIN} and 200 characters` })
  password!: string;
}

@ArgsType()
export class CreateStaffArgs {
  @Field(() => CreateStaffInput)
  @ValidateNested()
  @Type(() => CreateStaffInput)
  input!: CreateStaffInput;
}

@ArgsType()
export class UpdateUserArgs extends IntersectionType(
  IdArgs,
  PartialType(PickType(CreateStaffInput, ['name', 'role'], ArgsType), { decorator: ArgsType, skipNullProperties: false }),
  ArgsType,
) {
  @Field({ nullable: true, description: 'false deactivates the account at once' })
  @Omittable()
  @IsBoolean()
  active?: boolean;
}

@InputType({ description: 'A staff member to invite by email: they choose their own password through the link' })
export class InviteStaffInput extends PickType(CreateStaffInput, ['email', 'name', 'role'], InputType) {}

@ArgsType()
export class InviteStaffArgs {
  @Field(() => InviteStaffInput)
  @ValidateNested()
  @Type(() => InviteStaffInput)
  input!: InviteStaffInput;
}

@ArgsType()
export class ResendStaffInviteArgs {
  @RequiredId('The invited account')
  userId!: string;
}

@ArgsType()
export class StaffInviteTokenArgs {
  @Field({ description: 'The token of the link in an invitation' })
  @Text({ min: 1, max: 1000 })
  token!: string;
}

@ArgsType()
export class AcceptStaffInviteArgs extends StaffInviteTokenArgs {
  // The policy (length, common passwords) is checked by hashNewPassword, naming this field.
  @Field({ description: 'The password the invitee chooses' })
  @IsString()
  @MaxLength(400)
  password!: string;
}
