import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Modality } from '../../common/graphql/enums.js';

@ObjectType('ServiceType', { description: 'A bookable treatment: its modality, length and recovery buffer' })
export class ServiceTypeModel {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => Modality)
  modality!: Modality;

  @Field(() => Int)
  durationMinutes!: number;

  @Field(() => Int, { description: 'Recovery time after the session; it counts for conflicts' })
  bufferMinutes!: number;

  @Field({ description: 'Inactive services cannot be booked' })
  active!: boolean;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;
}
