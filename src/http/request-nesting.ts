import type { RequestHandler } from 'express';
import { jsonDepthExceeds, MAX_REQUEST_JSON_DEPTH, textNestingDepth } from '../json-depth';

/** Deepest nesting of braces, brackets and parentheses a GraphQL document may have (selections and literals). */
export const MAX_DOCUMENT_NESTING = 128;

const refuse = (message: string, extensions: Record<string, unknown>) => ({ errors: [{ message, extensions }] });

/**
 * Refuses requests nested deeper than anything natural before Apollo sees them: graphql-js's parser, its variable
 * coercion and JSON.stringify all recurse and overflow the stack on a 10,000-level value (issue 15 found such
 * requests answered 500). Runs after express.json; GET's `variables` and `extensions` are still JSON text here.
 */
export const requestNestingGuard: RequestHandler = (req, res, next) => {
  const body: unknown = req.body;
  if (jsonDepthExceeds(body, MAX_REQUEST_JSON_DEPTH)) {
    res.status(400).json(refuse(`Request JSON nests deeper than ${MAX_REQUEST_JSON_DEPTH} levels`, { code: 'BAD_REQUEST', max: MAX_REQUEST_JSON_DEPTH }));
    return;
  }
  const params = req.method === 'GET' ? req.query : body !== null && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
  for (const name of ['variables', 'extensions'] as const) {
    const text = params[name];
    if (typeof text === 'string' && textNestingDepth(text, { stopAt: MAX_REQUEST_JSON_DEPTH }) > MAX_REQUEST_JSON_DEPTH) {
      res.status(400).json(refuse(`Parameter "${name}" nests deeper than ${MAX_REQUEST_JSON_DEPTH} levels`, { code: 'BAD_REQUEST', max: MAX_REQUEST_JSON_DEPTH }));
      return;
    }
  }
  const documents = Array.isArray(body) ? body.map((entry) => (entry as { query?: unknown } | null)?.query) : [params.query];
  for (const query of documents) {
    const depth = typeof query === 'string' ? textNestingDepth(query, { graphql: true, stopAt: MAX_DOCUMENT_NESTING }) : 0;
    if (depth > MAX_DOCUMENT_NESTING) {
      res.status(400).json(
        refuse(`Query nesting more than ${MAX_DOCUMENT_NESTING} exceeds the limit of ${MAX_DOCUMENT_NESTING}`, { code: 'QUERY_TOO_COMPLEX', limit: 'nesting', max: MAX_DOCUMENT_NESTING, actual: null }),
      );
      return;
    }
  }
  next();
};
