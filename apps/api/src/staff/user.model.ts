import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Role } from '../common/graphql/enums.js';

@ObjectType('User', { description: 'A staff account of one clinic' })
export class UserModel {
  @Field(() => ID)
  id!: string;

  @Field()
  email!: string;

  @Field()
  name!: string;

  @Field(() => Role)
  role!: Role;

  @Field(() => ID)
  clinicId!: string;

  @Field()
  active!: boolean;

  @Field()
  createdAt!: Date;
}
