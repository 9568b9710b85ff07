import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';

@ArgsType()
export class IdArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a valid id' })
  id!: string;
}
