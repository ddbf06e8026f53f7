import type { ApolloServerPlugin } from '@apollo/server';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';

export const EXAMPLE_QUERY = `# Welcome to Annograph. Press the run button (or Ctrl+Enter).
query FirstProject {
  projects(first: 1) {
    totalCount
    nodes {
      name
      organization { name }
      tasks(first: 2) {
        nodes {
          status
          threads(first: 1) {
            nodes {
              turns(first: 1) {
                nodes {
                  messages(first: 2) {
                    nodes { role content { text } annotations { nodes { key value labels } } }
                  }
                }
              }
            }
          }
        }
      }
    }
  }
}
`;

/**
 * GraphiQL as the landing page of GET /graphql, entirely from node_modules: Apollo's default landing page
 * loads from a CDN and fails offline (reference/ecosystem.md §3).
 */
export function graphiqlLandingPagePlugin(options: { defaultHeaders?: Record<string, string> } = {}): ApolloServerPlugin {
  let html: string | undefined;
  return {
    async serverWillStart() {
      return {
        async renderLandingPage() {
          html ??= renderGraphiQL({
            endpoint: '/graphql',
            title: 'Annograph',
            defaultQuery: EXAMPLE_QUERY,
            headers: options.defaultHeaders ? JSON.stringify(options.defaultHeaders, null, 2) : undefined,
          });
          return { html };
        },
      };
    },
  };
}
