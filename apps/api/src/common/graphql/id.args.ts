import { ArgsType } from '@nestjs/graphql';
import { RequiredId } from './id.decorators.js';

@ArgsType()
export class IdArgs {
  @RequiredId()
  id!: string;
}
