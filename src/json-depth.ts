/**
 * Nesting bounds for values a client sends. Everything that walks JSON recursively (JSON.stringify, graphql-js's
 * value coercion, the parser, deep merges, graphql-jit's serializer) overflows the stack somewhere past a few
 * thousand levels, so values are measured here without recursion, before anything else walks them.
 */

/** Deepest JSON a request body, a variables object or a stored JSON value may be (objects and arrays). */
export const MAX_REQUEST_JSON_DEPTH = 64;

/** Most elements of one list, or keys of one object, a request may send (a list of 100,000 cost seconds of CPU). */
export const MAX_REQUEST_JSON_WIDTH = 10_000;

export type JsonProblem = 'depth' | 'width' | 'nul';

/**
 * What is wrong with a request's JSON, without recursion: nested past `maxDepth`, a list or object wider than
 * `maxWidth`, or a string holding NUL (U+0000: PostgreSQL refuses it in text, and nothing legitimate needs it).
 */
export function requestJsonProblem(
  value: unknown,
  maxDepth = MAX_REQUEST_JSON_DEPTH,
  maxWidth = MAX_REQUEST_JSON_WIDTH,
): JsonProblem | null {
  const stack: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  while (stack.length > 0) {
    const { value: current, depth } = stack.pop()!;
    if (typeof current === 'string') {
      if (current.includes('\u0000')) return 'nul';
    } else if (current !== null && typeof current === 'object') {
      if (depth + 1 > maxDepth) return 'depth';
      const children = Array.isArray(current) ? current : Object.values(current);
      if (children.length > maxWidth) return 'width';
      if (!Array.isArray(current) && Object.keys(current).some((key) => key.includes('\u0000'))) return 'nul';
      for (const child of children)
        if (typeof child === 'string' || (child !== null && typeof child === 'object'))
          stack.push({ value: child, depth: depth + 1 });
    }
  }
  return null;
}

/** True when `value` has more than `max` levels of objects and arrays (`{}` is one level); never recurses. */
export function jsonDepthExceeds(value: unknown, max: number): boolean {
  if (value === null || typeof value !== 'object') return false;
  const stack: { value: object; depth: number }[] = [{ value, depth: 1 }];
  while (stack.length > 0) {
    const { value: current, depth } = stack.pop()!;
    if (depth > max) return true;
    for (const child of Object.values(current)) {
      if (child !== null && typeof child === 'object') stack.push({ value: child, depth: depth + 1 });
    }
  }
  return false;
}

/**
 * The deepest nesting of brackets and braces in a text, skipping string contents: JSON text (GET's `variables`) or a
 * GraphQL document (selection sets, list and object literals, argument lists). Comments (`#` to the end of the line)
 * are skipped when `graphql` is set. Stops counting once past `stopAt`.
 */
export function textNestingDepth(text: string, { graphql = false, stopAt = Infinity } = {}): number {
  let depth = 0;
  let deepest = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 /* " */) {
      i = endOfString(text, i);
    } else if (graphql && c === 0x23 /* # */) {
      while (i < text.length && text.charCodeAt(i) !== 0x0a && text.charCodeAt(i) !== 0x0d) i++;
    } else if (c === 0x7b /* { */ || c === 0x5b /* [ */ || c === 0x28 /* ( */) {
      if (++depth > deepest && (deepest = depth) > stopAt) return deepest;
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */ || c === 0x29 /* ) */) {
      depth = Math.max(0, depth - 1);
    }
  }
  return deepest;
}

/** Index of the closing quote of the string (or block string) opening at `start`; escapes are skipped. */
function endOfString(text: string, start: number): number {
  if (text.startsWith('"""', start)) {
    // A block string ends at the first """ not escaped as \""".
    let end = text.indexOf('"""', start + 3);
    while (end !== -1 && text.charCodeAt(end - 1) === 0x5c) end = text.indexOf('"""', end + 3);
    return end === -1 ? text.length : end + 2;
  }
  for (let i = start + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5c /* \ */) i++;
    else if (c === 0x22 || c === 0x0a) return i;
  }
  return text.length;
}
