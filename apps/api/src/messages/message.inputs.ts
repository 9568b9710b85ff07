import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEnum, IsOptional, ValidateNested } from 'class-validator';
import { MessageChannel, MessageKind, MessageStatus } from '../common/graphql/enums.js';
import { OptionalId, OptionalIds } from '../common/graphql/id.decorators.js';
import { ListArgs } from '../common/graphql/list.args.js';

@InputType()
export class MessageFilter {
  @OptionalIds()
  ids?: string[];

  @Field(() => MessageKind, { nullable: true })
  @IsOptional()
  @IsEnum(MessageKind)
  kind?: MessageKind;

  @Field(() => MessageStatus, { nullable: true })
  @IsOptional()
  @IsEnum(MessageStatus)
  status?: MessageStatus;

  @Field(() => MessageChannel, { nullable: true })
  @IsOptional()
  @IsEnum(MessageChannel)
  channel?: MessageChannel;

  @OptionalId()
  patientId?: string;

  @OptionalId()
  sessionId?: string;
}

@ArgsType()
export class MessageListArgs extends ListArgs {
  @Field(() => MessageFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => MessageFilter)
  filter?: MessageFilter;
}
