import { createHash } from 'node:crypto';

// A GraphQL reply's extensions.cost.throttleStatus.currentlyAvailable changes with every request, so an ETag over the
// whole body would never match again and GraphiQL's GET queries (the schema on every load) would never get a 304.
// The validator is weak (W/) and leaves that one number out: two replies with the same data and costs are the same.
const CURRENTLY_AVAILABLE = /"currentlyAvailable":\d+/;
const TAIL = 400;

/** Express's `etag` setting: express's own weak ETag, computed without the caller's current bucket level. */
export function responseEtag(body: string | Buffer, encoding?: BufferEncoding): string {
  let text = typeof body === 'string' ? body : body.toString(encoding ?? 'utf8');
  const tailStart = Math.max(0, text.length - TAIL);
  const tail = text.slice(tailStart);
  if (CURRENTLY_AVAILABLE.test(tail))
    text = text.slice(0, tailStart) + tail.replace(CURRENTLY_AVAILABLE, '"currentlyAvailable":0');
  const hash = createHash('sha1').update(text, 'utf8').digest('base64').slice(0, 27);
  return `W/"${Buffer.byteLength(text).toString(16)}-${hash}"`;
}
