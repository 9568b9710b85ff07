import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  IsString,
  Length,
  MaxLength,
  Validate,
  ValidateNested,
  type ValidatorConstraintInterface,
  ValidatorConstraint,
} from 'class-validator';
import { IANAZone } from 'luxon';
import { EMAIL_MAX, EmailAddress, Text } from '../common/text.js';

@ValidatorConstraint({ name: 'ianaTimezone' })
export class IsIanaTimezone implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    return typeof value === 'string' && IANAZone.isValidZone(value) && value.includes('/');
  }
  defaultMessage(): string {
    return 'must be an IANA time zone such as America/New_York';
  }
}

export const PASSWORD_MIN = 10;

@InputType()
export class SignUpInput {
  @Field()
  @Text({ min: 2, max: 120 })
  clinicName!: string;

  @Field({ description: 'IANA time zone of the clinic, e.g. America/New_York' })
  @Validate(IsIanaTimezone)
  timezone!: string;

  @Field()
  @Text({ min: 1, max: 120 })
  ownerName!: string;

  @Field()
  @EmailAddress()
  email!: string;

  @Field()
  @IsString()
  @Length(PASSWORD_MIN, 200, { message: `must be between ${PASSWORD_MIN} and 200 characters` })
  password!: string;
}

@ArgsType()
export class SignUpArgs {
  @Field(() => SignUpInput)
  @ValidateNested()
  @Type(() => SignUpInput)
  input!: SignUpInput;
}

@ArgsType()
export class LoginArgs {
  // Not checked as an address: a login with any text is simply refused as wrong credentials.
  @Field()
  @Text({ max: EMAIL_MAX })
  email!: string;

  @Field()
  @IsString()
  @MaxLength(200)
  password!: string;
}

@ArgsType()
export class ChangePasswordArgs {
  @Field()
  @IsString()
  @MaxLength(200)
  currentPassword!: string;

  // The policy (length, common passwords) is checked by hashNewPassword, naming this field.
  @Field()
  @IsString()
  @MaxLength(400)
  newPassword!: string;
}
