import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsDate, IsOptional, IsUUID } from 'class-validator';
import { RequiredId } from '../../common/graphql/id.decorators.js';

@ArgsType()
export class AvailableSlotsArgs {
  @RequiredId()
  therapistId!: string;

  @RequiredId()
  serviceTypeId!: string;

  @Field({ description: 'Starts at or after this instant' })
  @IsDate()
  from!: Date;

  @Field({ description: 'Starts before this instant; at most 31 days after `from`' })
  @IsDate()
  to!: Date;

  @Field(() => ID, { nullable: true, description: "Also leave out this room's busy times" })
  @IsOptional()
  @IsUUID('all', { message: 'must be a valid id' })
  roomId?: string;

  @Field(() => ID, { nullable: true, description: "Also leave out this patient's busy times" })
  @IsOptional()
  @IsUUID('all', { message: 'must be a valid id' })
  patientId?: string;

  @Field(() => ID, { nullable: true, description: 'Ignore this session, e.g. the one being rescheduled, so nearby times stay free' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a valid id' })
  excludeSessionId?: string;
}
