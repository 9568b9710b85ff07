import { ArgsType, Field } from '@nestjs/graphql';
import { RequiredId } from '../../common/graphql/id.decorators.js';
import { Text } from '../../common/text.js';

@ArgsType()
export class RevertSessionStatusArgs {
  @RequiredId()
  id!: string;

  @Field({ description: 'Why the no-show or cancellation was a mistake; kept in the session notes' })
  @Text({ min: 1, max: 500, multiline: true })
  reason!: string;
}
