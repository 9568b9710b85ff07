import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('Slot', { description: 'A bookable start for a service: the session itself, its buffer not included' })
export class SlotModel {
  @Field()
  startsAt!: Date;

  @Field()
  endsAt!: Date;
}
