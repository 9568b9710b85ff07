// Limits on what one GraphQL document may ask for, checked by GraphQL Armor while the document is
// parsed and validated, so an abusive request is refused in milliseconds and never executed. The
// defaults (see config.ts) leave several times the headroom of the largest operation the admin sends
// (depth 8, 2 aliases, cost about 450, about 120 tokens; introspection is exempt from depth and cost).
// Refusals are client errors with HTTP 400, never a 500: a document over the token limit fails to
// parse (GRAPHQL_PARSE_FAILED; graphql-js counts tokens itself, whereas Armor's token plugin throws
// from a hook Apollo Server 5 answers with a 500), the other limits fail validation
// (GRAPHQL_VALIDATION_FAILED). Messages name the limit, e.g. "Aliases limit of 20 exceeded".
import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ValidationRule } from 'graphql';
import { hideSuggestionsPlugin } from '../common/graphql/hide-suggestions.plugin.js';
import type { GraphQLLimits } from '../config/config.js';
import { retryAfterPlugin } from './retry-after.plugin.js';

export function graphqlProtection(
  limits: GraphQLLimits,
  { hideSuggestions }: { hideSuggestions: boolean },
): {
  plugins: ApolloServerPlugin[];
  validationRules: ValidationRule[];
  parseOptions: { maxTokens: number };
} {
  const armor = new ApolloArmor({
    maxDepth: { n: limits.maxDepth },
    maxAliases: { n: limits.maxAliases },
    maxTokens: { enabled: false },
    costLimit: { maxCost: limits.maxCost },
    maxDirectives: { n: 20 },
    // hideSuggestionsPlugin does this, for coercion errors and enum values too.
    blockFieldSuggestion: { enabled: false },
  });
  const { plugins, validationRules } = armor.protect();
  // Armor's types come from @apollo/server's CommonJS declarations and ours from its ESM ones; the
  // plugins are plain objects either way.
  return {
    plugins: [...(plugins as unknown as ApolloServerPlugin[]), retryAfterPlugin, ...(hideSuggestions ? [hideSuggestionsPlugin] : [])],
    validationRules,
    parseOptions: { maxTokens: limits.maxTokens },
  };
}
