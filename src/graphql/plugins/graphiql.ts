import type { ApolloServerPlugin } from '@apollo/server';
import { graphiqlAssets } from '../../http/graphiql-assets';

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
 * Queries (the schema's introspection among them) go by GET, so a reload asks for the 400 KB introspection with
 * If-None-Match and gets a 304; mutations stay POST. The header is what Apollo's CSRF prevention asks of a GET.
 */
const GRAPHIQL_FETCH = {
  endpoint: '/graphql',
  useGETForQueries: true,
  additionalHeaders: { 'apollo-require-preflight': 'true' },
};

/** JSON inside an inline <script>: no `</script>` or `<!--` from the headers or the query can end it early. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * renderGraphiQL's page without its 9 MB of inlined script, styles and workers: those are linked from
 * src/http/graphiql-assets.ts (hashed URLs, cached for a year), so the page itself is a few KB.
 */
export function renderGraphiqlPage(options: { title: string; defaultQuery: string; headers?: string }): string {
  const { urls } = graphiqlAssets();
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>${escapeHtml(options.title)}</title>
    <link rel="icon" href="${urls.favicon}" />
    <link rel="stylesheet" href="${urls.css}" />
  </head>
  <body id="body" class="no-focus-outline">
    <noscript>You need to enable JavaScript to run this app.</noscript>
    <div id="root"></div>
    <script>
      const workers = ${scriptJson(urls.workers)};
      self.MonacoEnvironment = { globalAPI: false, getWorkerUrl: (_moduleId, label) => workers[label] };
    </script>
    <script src="${urls.js}"></script>
    <script>
      // Subscriptions go over graphql-ws at the same URL; a browser cannot set the upgrade's Authorization header, so
      // the token travels in connection_init: the Headers tab's Authorization (Yoga's GraphiQL persists headers: the
      // tab's text is in localStorage 'graphiql:headers' half a second after an edit, and only once it is edited),
      // else the page's default headers. url-loader calls connectionParams as each socket opens
      // (test/browser/graphiql-subscriptions.test.ts).
      const defaultHeaders = ${scriptJson(options.headers ?? '{}')};
      const authorizationOf = (text) => {
        try {
          const headers = JSON.parse(text || '{}');
          return headers.Authorization || headers.authorization || null;
        } catch {
          return null;
        }
      };
      const connectionParams = () => {
        const authorization = authorizationOf(localStorage.getItem('graphiql:headers')) || authorizationOf(defaultHeaders);
        return authorization ? { authorization } : {};
      };
      YogaGraphiQL.renderYogaGraphiQL(document.querySelector('#root'), {
        ...${scriptJson({ ...GRAPHIQL_FETCH, ...options })},
        subscriptionsProtocol: 'WS',
        connectionParams,
      });
    </script>
  </body>
</html>
`;
}

/**
 * GraphiQL as the landing page of GET /graphql, entirely from this server: Apollo's default landing page
 * loads from a CDN and fails offline (reference/ecosystem.md §3).
 */
export function graphiqlLandingPagePlugin(
  options: { defaultHeaders?: Record<string, string> } = {},
): ApolloServerPlugin {
  let html: string | undefined;
  return {
    async serverWillStart() {
      return {
        async renderLandingPage() {
          html ??= renderGraphiqlPage({
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
