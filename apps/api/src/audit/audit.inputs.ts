import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsDate, IsEnum, IsIn, IsOptional, ValidateNested } from 'class-validator';
import { ListArgs } from '../common/graphql/list.args.js';
import { AUDIT_ENTITIES, AuditAction } from './audit-action.js';
import { OptionalId } from '../common/graphql/id.decorators.js';
import { Text } from '../common/text.js';

@InputType()
export class AuditEventFilter {
  @OptionalId()
  actorId?: string;

  @Field(() => AuditAction, { nullable: true })
  @IsOptional()
  @IsEnum(AuditAction)
  action?: AuditAction;

  @Field({ nullable: true, description: `One of ${AUDIT_ENTITIES.join(', ')}` })
  @IsOptional()
  @IsIn(AUDIT_ENTITIES)
  entity?: string;

  @Field({ nullable: true, description: 'A record: events about it, reads that listed it included' })
  @IsOptional()
  @Text({ max: 100 })
  entityId?: string;

  @OptionalId('A patient: events about them, reads that listed them included')
  patientId?: string;

  @Field({ nullable: true, description: 'Events at or after this instant' })
  @IsOptional()
  @IsDate()
  from?: Date;

  @Field({ nullable: true, description: 'Events before this instant' })
  @IsOptional()
  @IsDate()
  to?: Date;
}

@ArgsType()
export class AuditEventListArgs extends ListArgs {
  @Field(() => AuditEventFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => AuditEventFilter)
  filter?: AuditEventFilter;
}

@ArgsType()
export class AuditCsvArgs {
  @Field(() => AuditEventFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => AuditEventFilter)
  filter?: AuditEventFilter;
}
