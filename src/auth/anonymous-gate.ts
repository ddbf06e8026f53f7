import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';
import type { Context } from '../context';

// What answers without a token (DECISIONS.md D5): GraphiQL, the HTTP audit and composition need these.
const PUBLIC_ROOT_FIELDS = new Set(['__typename', '__schema', '__type', '_service']);

// The seed's own words (000: DeepOpinion Studio's 401).
export const UNAUTHENTICATED_MESSAGE = 'User is not authenticated. This means token is either not present or invalid';

function rootFields(
  selectionSet: SelectionSetNode,
  fragments: Map<string, FragmentDefinitionNode>,
  seen = new Set<string>(),
): string[] {
  return selectionSet.selections.flatMap((selection) => {
    if (selection.kind === Kind.FIELD) return [selection.name.value];
    if (selection.kind === Kind.INLINE_FRAGMENT) return rootFields(selection.selectionSet, fragments, seen);
    const name = selection.name.value;
    const fragment = fragments.get(name);
    if (!fragment || seen.has(name)) return [];
    seen.add(name);
    return rootFields(fragment.selectionSet, fragments, seen);
  });
}

/** Answers 401 UNAUTHENTICATED when a caller without a valid token asks for anything but the public fields. */
export function anonymousGatePlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, operation, document }) {
          if (!operation || contextValue.access.viewer.kind !== 'anonymous') return;
          const fragments = new Map(
            document.definitions
              .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
              .map((d) => [d.name.value, d]),
          );
          if (rootFields(operation.selectionSet, fragments).every((f) => PUBLIC_ROOT_FIELDS.has(f))) return;
          throw new GraphQLError(UNAUTHENTICATED_MESSAGE, {
            extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
          });
        },
      };
    },
  };
}
