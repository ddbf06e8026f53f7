import { createHash } from 'node:crypto';
import * as bundle from '@graphql-yoga/render-graphiql/graphiql';
import express from 'express';

// GraphiQL's script, styles, icon and Monaco workers as separate files. @graphql-yoga/render-graphiql ships them
// only as strings to inline into one 9 MB page; served one by one under a content hash, a browser fetches each once
// and keeps it for a year (the hash changes when the package does).

export const GRAPHIQL_ASSETS_PATH = '/graphiql';
const IMMUTABLE = 'public, max-age=31536000, immutable';

type Asset = { file: string; type: string; body: Buffer; etag: string };

function asset(name: string, extension: string, type: string, body: Buffer): Asset {
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 16);
  // Weak: compression answers the same resource as br, gzip or plain bytes.
  return { file: `${name}.${hash}.${extension}`, type, body, etag: `W/"${hash}"` };
}

/** The URLs the page links the files by, and the files by name; built at the first page or asset request. */
export type GraphiqlAssets = {
  urls: { js: string; css: string; favicon: string; workers: Record<MonacoWorker, string> };
  byFile: Map<string, Asset>;
};
/** Monaco's labels for its workers (MonacoEnvironment.getWorkerUrl). */
type MonacoWorker = 'editorWorkerService' | 'json' | 'graphql';

let built: GraphiqlAssets | undefined;

export function graphiqlAssets(): GraphiqlAssets {
  if (built) return built;
  const [, iconType, iconBase64] = /^data:([^;,]+);base64,(.*)$/s.exec(bundle.favicon) ?? ['', 'image/x-icon', ''];
  const files = {
    js: asset('graphiql', 'js', 'text/javascript', Buffer.from(bundle.js)),
    css: asset('graphiql', 'css', 'text/css', Buffer.from(bundle.css)),
    favicon: asset('favicon', 'ico', iconType, Buffer.from(iconBase64, 'base64')),
    editorWorkerService: asset('editor.worker', 'js', 'text/javascript', Buffer.from(bundle.editorWorkerService)),
    json: asset('json.worker', 'js', 'text/javascript', Buffer.from(bundle.jsonWorker)),
    graphql: asset('graphql.worker', 'js', 'text/javascript', Buffer.from(bundle.graphqlWorker)),
  };
  const url = (a: Asset) => `${GRAPHIQL_ASSETS_PATH}/${a.file}`;
  built = {
    urls: {
      js: url(files.js),
      css: url(files.css),
      favicon: url(files.favicon),
      workers: {
        editorWorkerService: url(files.editorWorkerService),
        json: url(files.json),
        graphql: url(files.graphql),
      },
    },
    byFile: new Map(Object.values(files).map((a) => [a.file, a])),
  };
  return built;
}

/** GET /graphiql/<name>.<hash>.<ext>: immutable for a year; express answers If-None-Match with 304. */
export function graphiqlAssetsRouter(): express.Router {
  const router = express.Router();
  router.get('/:file', (req, res, next) => {
    const found = graphiqlAssets().byFile.get(req.params.file);
    if (!found) return next();
    res.set({ 'Cache-Control': IMMUTABLE, ETag: found.etag }).type(found.type).send(found.body);
  });
  return router;
}
