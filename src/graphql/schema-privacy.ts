import type { ApolloServerPlugin, BaseContext } from '@apollo/server';

/** graphql-js's hint for a near miss: `Did you mean "name"?`, `Did you mean the enum value "OURS"?`. */
const SUGGESTION = / ?Did you mean .+?\?$/;

/**
 * Removes "Did you mean …" hints from every error message: with introspection off they would
 * still spell out field, argument and enum names one guess at a time. Apollo's own
 * `hideSchemaDetailsFromClientErrors` covers validation errors only; variable coercion
 * errors carry the same hints, so this runs on every error a request reports.
 */
export function hideSuggestions(): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors }) {
          for (const error of errors) {
            if (SUGGESTION.test(error.message)) error.message = error.message.replace(SUGGESTION, '');
          }
        },
      };
    },
  };
}
