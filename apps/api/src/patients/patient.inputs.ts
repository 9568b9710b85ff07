import { ArgsType, Field, InputType, IntersectionType, PartialType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsBoolean, IsEnum, IsOptional, Matches, ValidateNested } from 'class-validator';
import { ClearanceStatus, ComplaintRegion, MessageChannel } from '../common/graphql/enums.js';
import { IsPastDateOnly } from '../common/graphql/date-only.js';
import { ListArgs } from '../common/graphql/list.args.js';
import { IdArgs } from '../common/graphql/id.args.js';
import { OptionalIds } from '../common/graphql/id.decorators.js';
import { Omittable } from '../common/omittable.js';
import { Text, EmailAddress } from '../common/text.js';

const PHONE = /^[+0-9 ()./-]{5,30}$/;

@InputType()
export class PatientFilter {
  @Field({
    nullable: true,
    description:
      'Search by the start of the first or last name (every word must match one), the start of the email, a phone number as written (+1 202 555 0101, (202) 555-0101) or a date of birth (1980-05-17, 17 May 1980, 17/05/1980). % _ and \\ are plain characters.',
  })
  @IsOptional()
  @Text({ max: 100 })
  q?: string;

  @OptionalIds()
  ids?: string[];

  @Field(() => ComplaintRegion, { nullable: true })
  @IsOptional()
  @IsEnum(ComplaintRegion)
  complaintRegion?: ComplaintRegion;

  @Field(() => ClearanceStatus, { nullable: true })
  @IsOptional()
  @IsEnum(ClearanceStatus)
  clearanceStatus?: ClearanceStatus;
}

@ArgsType()
export class PatientListArgs extends ListArgs {
  @Field(() => PatientFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => PatientFilter)
  filter?: PatientFilter;
}

@ArgsType()
export class CreatePatientArgs {
  @Field()
  @Text({ min: 1, max: 80 })
  firstName!: string;

  @Field()
  @Text({ min: 1, max: 80 })
  lastName!: string;

  @Field({ description: 'YYYY-MM-DD' })
  @IsPastDateOnly()
  dateOfBirth!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @EmailAddress()
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'Mobile phone, in international format (+44 7700 900123); stored as E.164' })
  @IsOptional()
  @Text({ max: 30 })
  @Matches(PHONE, { message: 'must be a phone number (digits, spaces, + ( ) . - only)' })
  phone?: string | null;

  @Field(() => MessageChannel, { nullable: true, description: 'How the patient prefers to be contacted' })
  @IsOptional()
  @IsEnum(MessageChannel)
  preferredChannel?: MessageChannel | null;

  @Field({ nullable: true, description: 'The patient agreed to receive email (default false)' })
  @Omittable()
  @IsBoolean()
  emailConsent?: boolean;

  @Field({ nullable: true, description: 'The patient agreed to receive SMS (default false)' })
  @Omittable()
  @IsBoolean()
  smsConsent?: boolean;

  @Field(() => ComplaintRegion)
  @IsEnum(ComplaintRegion)
  complaintRegion!: ComplaintRegion;

  @Field({ nullable: true })
  @Omittable()
  @Text({ max: 2000, multiline: true })
  notes?: string;
}

@ArgsType()
export class UpdatePatientArgs extends IntersectionType(
  IdArgs,
  PartialType(CreatePatientArgs, { decorator: ArgsType, skipNullProperties: false }),
  ArgsType,
) {}
