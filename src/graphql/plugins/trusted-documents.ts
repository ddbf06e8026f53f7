import { createHash } from 'node:crypto';
import fs from 'node:fs';
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';

/**
 * Trusted documents: only operations listed in a persisted-query manifest run (Apollo's
 * `apollo-persisted-query-manifest` format: `{ operations: [{ id, body }] }`, id = sha256 of body). A client
 * sends the id (`extensions.persistedQuery.sha256Hash`) or the exact body; anything else is refused.
 */
export function loadTrustedDocuments(path: string): Map<string, string> {
  const manifest = JSON.parse(fs.readFileSync(path, 'utf8')) as { operations?: { id?: string; body: string }[] };
  return new Map((manifest.operations ?? []).map((op) => [op.id ?? sha256(op.body), op.body]));
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

export function trustedDocumentsPlugin(documents: Map<string, string>): ApolloServerPlugin {
  return {
    async requestDidStart({ request }) {
      const hash = (request.extensions?.persistedQuery as { sha256Hash?: string } | undefined)?.sha256Hash;
      const known = hash
        ? documents.get(hash)
        : request.query
          ? documents.has(sha256(request.query))
            ? request.query
            : undefined
          : undefined;
      if (!known || (request.query && request.query !== known)) {
        // Refused once the operation is known (an error thrown here would be a 500).
        return {
          async didResolveOperation() {
            throw new GraphQLError('Only operations of the trusted-documents manifest run here', {
              extensions: { code: 'OPERATION_NOT_TRUSTED', http: { status: 400 } },
            });
          },
        };
      }
      // Run the manifest's text; the client need not send it.
      request.query = known;
      if (request.extensions) delete request.extensions.persistedQuery;
      return {};
    },
  };
}
