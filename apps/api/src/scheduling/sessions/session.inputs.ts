import { ArgsType, Field, ID, InputType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsArray, IsDate, IsEnum, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { SessionStatus } from '../../common/graphql/enums.js';
import { ListArgs } from '../../common/graphql/list.args.js';
import { RequiredId, OptionalId, OptionalIds } from '../../common/graphql/id.decorators.js';
import { Text } from '../../common/text.js';
import { TreatmentNoteInput } from '../../clinical/notes/treatment-note.inputs.js';

// The SOAP note completeSession writes is the clinical record's own input (amendTreatmentNote takes it too).
export { TreatmentNoteInput };

export enum CancelScope {
  THIS = 'THIS',
  THIS_AND_FOLLOWING = 'THIS_AND_FOLLOWING',
}
registerEnumType(CancelScope, {
  name: 'CancelScope',
  description: 'For a session of a series: only it, or it and the later ones still booked',
});

export enum RescheduleScope {
  THIS = 'THIS',
  THIS_AND_FOLLOWING = 'THIS_AND_FOLLOWING',
}
registerEnumType(RescheduleScope, {
  name: 'RescheduleScope',
  description: 'For a session of a series: move only it, or it and the later ones still booked by the same offset',
});

@InputType()
export class SessionFilter {
  @OptionalIds()
  ids?: string[];

  @OptionalId()
  therapistId?: string;

  @OptionalId()
  patientId?: string;

  @OptionalId()
  roomId?: string;

  @OptionalId()
  seriesId?: string;

  @OptionalId()
  serviceTypeId?: string;

  @OptionalId()
  episodeId?: string;

  @Field(() => SessionStatus, { nullable: true })
  @IsOptional()
  @IsEnum(SessionStatus)
  status?: SessionStatus;

  @Field(() => [SessionStatus], { nullable: true, description: 'Any of these statuses' })
  @IsOptional()
  @IsArray()
  @IsEnum(SessionStatus, { each: true })
  statuses?: SessionStatus[];

  @Field({ nullable: true, description: 'Sessions ending after this instant' })
  @IsOptional()
  @IsDate()
  from?: Date;

  @Field({ nullable: true, description: 'Sessions starting before this instant' })
  @IsOptional()
  @IsDate()
  to?: Date;
}

@ArgsType()
export class SessionListArgs extends ListArgs {
  @Field(() => SessionFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => SessionFilter)
  filter?: SessionFilter;
}

@ArgsType()
export class CancelSessionArgs {
  @RequiredId()
  id!: string;

  @Field()
  @Text({ min: 1, max: 500, multiline: true })
  reason!: string;

  @Field(() => CancelScope, { nullable: true, defaultValue: CancelScope.THIS })
  @IsOptional()
  @IsEnum(CancelScope)
  scope?: CancelScope;
}

@ArgsType()
export class RescheduleSessionArgs {
  @RequiredId()
  id!: string;

  @Field()
  @IsDate()
  startsAt!: Date;

  @Field(() => ID, { nullable: true, description: 'A new room; omit to keep the current one' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a valid id' })
  roomId?: string;

  @OptionalId('A new therapist (their working hours and bookings apply); omit to keep the current one')
  therapistId?: string;

  @Field(() => RescheduleScope, {
    nullable: true,
    defaultValue: RescheduleScope.THIS,
    description: 'THIS_AND_FOLLOWING moves every later BOOKED occurrence of the series by the same local offset, all or none',
  })
  @IsOptional()
  @IsEnum(RescheduleScope)
  scope?: RescheduleScope;

  @Field({ nullable: true, description: 'OWNER only: moves despite an overlap; the reason is stored' })
  @IsOptional()
  @Text({ min: 3, max: 500, multiline: true })
  overrideReason?: string;
}

@ArgsType()
export class CompleteSessionArgs {
  @RequiredId()
  id!: string;

  @Field(() => TreatmentNoteInput)
  @ValidateNested()
  @Type(() => TreatmentNoteInput)
  note!: TreatmentNoteInput;
}
