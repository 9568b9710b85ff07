// Walks the whole GraphQL schema: every Query and Mutation field must have an access declaration, and
// an undeclared, unauthenticated call is refused.
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { getNamedType, isLeafType } from 'graphql';
import { listOperationAccess } from '../src/common/access-policy.js';
import { startApi, type TestApi } from './support/api.js';

describe('access policy', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api.close());

  it('declares @Public() or @Roles() for every operation in the schema', () => {
    const { schema } = api.server.app.get(GraphQLSchemaHost);
    const declared = new Map(listOperationAccess(api.server.app).map((op) => [`${op.type}.${op.name}`, op.access]));
    const fields = [
      ...Object.keys(schema.getQueryType()!.getFields()).map((name) => `Query.${name}`),
      ...Object.keys(schema.getMutationType()?.getFields() ?? {}).map((name) => `Mutation.${name}`),
    ];
    expect(fields.length).toBeGreaterThan(8);
    const undeclared = fields.filter((field) => !declared.get(field));
    expect(undeclared).toEqual([]);
  });

  it('keeps the public surface to sign-up, login, the patient links and the staff invitation link', () => {
    const publicOps = listOperationAccess(api.server.app)
      .filter((op) => op.access?.kind === 'public')
      .map((op) => `${op.type}.${op.name}`)
      .sort();
    expect(publicOps).toEqual([
      'Mutation.acceptStaffInvite',
      'Mutation.cancelSessionByLink',
      'Mutation.claimWaitlistOffer',
      'Mutation.confirmSessionByLink',
      'Mutation.login',
      'Mutation.optOutByLink',
      'Mutation.signUp',
      'Mutation.submitQuestionnaire',
      'Query.patientLink',
      'Query.questionnaireByLink',
      'Query.staffInvite',
    ]);
  });

  it('refuses every non-public query without a token', async () => {
    const { schema } = api.server.app.get(GraphQLSchemaHost);
    const queries = listOperationAccess(api.server.app).filter((op) => op.type === 'Query' && op.access?.kind === 'roles');
    for (const op of queries) {
      const field = schema.getQueryType()!.getFields()[op.name]!;
      // Only argument-free or all-optional queries can be called generically; that covers the lists.
      if (field.args.some((arg) => String(arg.type).endsWith('!'))) continue;
      // Built from the schema walk, so raw text: there is no static document per operation here.
      // A query answering a scalar (the audit CSV) takes no selection.
      const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
      const result = await api.rawGql(`{ ${op.name}${selection} }`);
      expect({ op: op.name, code: result.errors?.[0]?.extensions.code }).toEqual({ op: op.name, code: 'UNAUTHENTICATED' });
    }
  });
});
