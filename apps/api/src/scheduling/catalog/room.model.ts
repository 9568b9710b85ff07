import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('Room')
export class RoomModel {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field({ description: 'Inactive rooms cannot be booked' })
  active!: boolean;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;
}
