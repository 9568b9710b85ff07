import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Role } from '../common/graphql/enums.js';

@ObjectType('StaffMember', { description: 'Who wrote a clinical record: a staff account by name and role, without contact details' })
export class StaffMemberModel {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => Role)
  role!: Role;
}
