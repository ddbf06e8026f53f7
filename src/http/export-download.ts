import { createReadStream } from 'node:fs';
import fs from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';
import type express from 'express';
import type { Logger } from 'pino';
import { UNAUTHENTICATED_MESSAGE } from '../auth/anonymous-gate';
import type { Authenticator } from '../auth/authenticate';
import { createContext } from '../context';
import type { Database } from '../db/database';
import type { ExportJobRow } from '../db/rows';
import { tableOfId } from '../ids';
import { downloadPathOf } from '../modules/export/export-job-state';
import { writerOf } from '../modules/export/export-pages';

// GET /exports/<id>/file: an export's file with the API's own token auth. 401 without a valid token; 404 for an
// unknown id and for one the caller may not read (the API answers null for both, D1); 409 while the export is not
// COMPLETED or after its file expired. Streamed from disk, gzipped when Accept-Encoding allows (then without
// Content-Length); the ETag is the file's sha256.
const body = (message: string, code: string) => ({ errors: [{ message, extensions: { code } }] });

const acceptsGzip = (header: string | undefined) =>
  !!header &&
  header.split(',').some((part) => {
    const [name, ...params] = part.trim().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return (name.trim() === 'gzip' || name.trim() === '*') && (!q || Number(q.slice(2)) > 0);
  });

export function exportDownload(db: Database, authenticator: Authenticator, logger: Logger): express.RequestHandler {
  return async (req, res) => {
    const viewer = await authenticator.authenticate(req.headers.authorization);
    if (viewer.kind === 'anonymous') return void res.status(401).json(body(UNAUTHENTICATED_MESSAGE, 'UNAUTHENTICATED'));
    const id = String(req.params.id);
    const ctx = createContext({ db, viewer });
    const job =
      tableOfId(id) === 'exportJob' ? ((await ctx.access.visible('exportJob').load(id)) as ExportJobRow | null) : null;
    if (!job) return void res.status(404).json(body('No export with this id is visible to you', 'NOT_FOUND'));
    if (!downloadPathOf(job) || !job.filePath || job.sha256 === null)
      return void res
        .status(409)
        .json(
          body(
            job.status === 'COMPLETED'
              ? `The export's file expired at ${job.expiresAt}`
              : `The export is ${job.status}: its file can be downloaded once it is COMPLETED`,
            'CONFLICT',
          ),
        );
    const stat = await fs.stat(job.filePath).catch(() => null);
    if (!stat) return void res.status(409).json(body("The export's file is gone", 'CONFLICT'));
    const writer = writerOf(job.format);
    const etag = `"${job.sha256}"`;
    res.setHeader('Content-Type', writer.framing === 'JSONL' ? 'application/x-ndjson' : 'application/json');
    res.setHeader('Content-Disposition', `attachment; filename="${job.id}.${writer.extension}"`);
    res.setHeader('ETag', etag);
    res.setHeader('Cache-Control', 'private, no-cache');
    res.vary('Accept-Encoding');
    if (req.headers['if-none-match'] === etag) return void res.status(304).end();
    const gzip = acceptsGzip(req.headers['accept-encoding']);
    if (gzip) res.setHeader('Content-Encoding', 'gzip');
    else res.setHeader('Content-Length', String(stat.size));
    try {
      const file = createReadStream(job.filePath);
      await (gzip ? pipeline(file, zlib.createGzip(), res) : pipeline(file, res));
    } catch (error) {
      logger.warn({ err: error, exportId: job.id }, 'export download ended early');
      res.destroy();
    }
  };
}
