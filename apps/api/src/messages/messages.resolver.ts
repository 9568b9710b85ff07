import { Args, Query, Resolver } from '@nestjs/graphql';
import { Roles } from '../common/access.decorators.js';
import { Role } from '../common/graphql/enums.js';
import { IdArgs } from '../common/graphql/id.args.js';
import { ListMetadata } from '../common/graphql/list.args.js';
import { MessageListArgs } from './message.inputs.js';
import { MessageModel } from './message.model.js';
import type { MessageRow } from './messages.repository.js';
import { MessagesService } from './messages.service.js';

// The outbox is read-only: messages are written by the slices that cause them. Therapists have no
// business with patients' contact details and correspondence. Invitations to staff are in it too.
@Resolver(() => MessageModel)
export class MessagesResolver {
  constructor(private readonly messages: MessagesService) {}

  @Roles(Role.OWNER, Role.FRONT_DESK)
  @Query(() => MessageModel, { name: 'Message' })
  message(@Args() { id }: IdArgs): Promise<MessageRow> {
    return this.messages.get(id);
  }

  @Roles(Role.OWNER, Role.FRONT_DESK)
  @Query(() => [MessageModel])
  allMessages(@Args() args: MessageListArgs): Promise<MessageRow[]> {
    return this.messages.list(args);
  }

  @Roles(Role.OWNER, Role.FRONT_DESK)
  @Query(() => ListMetadata)
  async _allMessagesMeta(@Args() args: MessageListArgs): Promise<ListMetadata> {
    return { count: await this.messages.count(args) };
  }
}
