// graphql-js answers a misspelt field, argument, type, input field or enum value with "Did you mean
// …?", naming what the schema holds: a client without introspection could still map the schema by
// guessing. This cuts the hint from every error, including variable coercion errors (an enum value or
// input field in the variables), which Apollo's and GraphQL Armor's own maskers, run on validation
// errors or matching only `Did you mean "`, let through.
import type { ApolloServerPlugin } from '@apollo/server';

const HINT = /\s*Did you mean\b[\s\S]*$/;

export function withoutSuggestion(message: string): string {
  return message.replace(HINT, '');
}

export const hideSuggestionsPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didEncounterErrors({ errors }) {
        for (const error of errors) error.message = withoutSuggestion(error.message);
      },
    };
  },
};
