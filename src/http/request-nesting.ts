import type { RequestHandler } from 'express';
import {
  MAX_REQUEST_JSON_DEPTH,
  MAX_REQUEST_JSON_WIDTH,
  requestJsonProblem,
  textNestingDepth,
  type JsonProblem,
} from '../json-depth';

/** Deepest nesting of braces, brackets and parentheses a GraphQL document may have (selections and literals). */
export const MAX_DOCUMENT_NESTING = 128;

const refuse = (message: string, extensions: Record<string, unknown>) => ({ errors: [{ message, extensions }] });

const PROBLEMS: Record<JsonProblem, string> = {
  depth: `nests deeper than ${MAX_REQUEST_JSON_DEPTH} levels`,
  width: `has a list or object of more than ${MAX_REQUEST_JSON_WIDTH} entries`,
  nul: 'has a NUL character (U+0000) in a string',
};

/**
 * Refuses requests shaped like nothing natural before Apollo sees them: graphql-js's parser, its variable coercion
 * and JSON.stringify recurse and overflow the stack on a 10,000-level value, coercing and describing 100,000 list
 * elements takes seconds, and PostgreSQL refuses NUL in text (issue 15's hostile requests answered 500 or stalled).
 * Runs after express.json; GET's `variables` and `extensions` are still JSON text here.
 */
export const requestNestingGuard: RequestHandler = (req, res, next) => {
  const body: unknown = req.body;
  const bodyProblem = requestJsonProblem(body);
  if (bodyProblem) {
    res
      .status(400)
      .json(refuse(`Request JSON ${PROBLEMS[bodyProblem]}`, { code: 'BAD_REQUEST', problem: bodyProblem }));
    return;
  }
  const params =
    req.method === 'GET'
      ? req.query
      : body !== null && typeof body === 'object' && !Array.isArray(body)
        ? (body as Record<string, unknown>)
        : {};
  for (const name of ['variables', 'extensions'] as const) {
    const text = params[name];
    if (typeof text !== 'string') continue;
    const problem: JsonProblem | null =
      textNestingDepth(text, { stopAt: MAX_REQUEST_JSON_DEPTH }) > MAX_REQUEST_JSON_DEPTH
        ? 'depth'
        : parsedProblem(text);
    if (problem) {
      res.status(400).json(refuse(`Parameter "${name}" ${PROBLEMS[problem]}`, { code: 'BAD_REQUEST', problem }));
      return;
    }
  }
  const documents = Array.isArray(body)
    ? body.map((entry) => (entry as { query?: unknown } | null)?.query)
    : [params.query];
  for (const query of documents) {
    const depth =
      typeof query === 'string' ? textNestingDepth(query, { graphql: true, stopAt: MAX_DOCUMENT_NESTING }) : 0;
    if (depth > MAX_DOCUMENT_NESTING) {
      res.status(400).json(
        refuse(`Query nesting more than ${MAX_DOCUMENT_NESTING} exceeds the limit of ${MAX_DOCUMENT_NESTING}`, {
          code: 'QUERY_TOO_COMPLEX',
          limit: 'nesting',
          max: MAX_DOCUMENT_NESTING,
          actual: null,
        }),
      );
      return;
    }
  }
  next();
};

/** GET's JSON parameters, once their depth is known to be safe to parse: Apollo parses them the same way. */
function parsedProblem(text: string): JsonProblem | null {
  try {
    return requestJsonProblem(JSON.parse(text));
  } catch {
    return null; // not JSON: Apollo answers that itself
  }
}
