import { createHash, type Hash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';

// An export's file on disk: written to `<id>.<ext>.part`, renamed to `<id>.<ext>` once complete. A resumed export
// cuts the part file back to the size of its last committed page and re-hashes that prefix, so the running sha256
// goes on as if nothing had happened.

export const partPathOf = (finalPath: string) => `${finalPath}.part`;
export const finalPathOf = (dir: string, id: string, extension: string) => path.join(dir, `${id}.${extension}`);

export type ExportFile = {
  /** The file's size now: the bytes kept plus those appended. */
  bytes(): number;
  append(text: string): Promise<void>;
  /** Flushes, closes and renames to the final path; answers the size and sha256 (hex). */
  finish(): Promise<{ size: number; sha256: string }>;
  /** Closes and deletes the partial file (a cancel). */
  discard(): Promise<void>;
  close(): Promise<void>;
};

async function exists(file: string) {
  return fs.stat(file).then(
    (s) => s,
    () => null,
  );
}

async function hashPrefix(file: string, bytes: number, hash: Hash) {
  if (bytes === 0) return;
  await new Promise<void>((resolve, reject) =>
    createReadStream(file, { start: 0, end: bytes - 1 })
      .on('data', (chunk) => hash.update(chunk))
      .on('end', resolve)
      .on('error', reject),
  );
}

/**
 * Opens the part file to append after `keptBytes` (0: a new file). A finished file whose job was not marked done
 * (a crash between the rename and the commit) is taken back as the part file. Null when the kept prefix is gone.
 */
export async function openExportFile(finalPath: string, keptBytes: number): Promise<ExportFile | null> {
  const part = partPathOf(finalPath);
  await fs.mkdir(path.dirname(finalPath), { recursive: true });
  if (keptBytes > 0 && !(await exists(part)) && (await exists(finalPath))) await fs.rename(finalPath, part);
  const found = await exists(part);
  if (keptBytes > 0 && (!found || found.size < keptBytes)) return null;
  const hash = createHash('sha256');
  await hashPrefix(part, keptBytes, hash);
  const handle = await fs.open(part, keptBytes > 0 ? 'r+' : 'w');
  await handle.truncate(keptBytes);
  let size = keptBytes;
  return {
    bytes: () => size,
    async append(text) {
      const bytes = Buffer.from(text, 'utf8');
      if (bytes.length === 0) return;
      await handle.write(bytes, 0, bytes.length, size);
      await handle.sync();
      hash.update(bytes);
      size += bytes.length;
    },
    async finish() {
      await handle.sync();
      await handle.close();
      await fs.rename(part, finalPath);
      return { size, sha256: hash.digest('hex') };
    },
    async discard() {
      await handle.close().catch(() => undefined);
      await fs.rm(part, { force: true });
    },
    close: () => handle.close(),
  };
}

/** Deletes an export's file and its part file, whichever exist. */
export async function deleteExportFiles(finalPath: string) {
  await fs.rm(finalPath, { force: true });
  await fs.rm(partPathOf(finalPath), { force: true });
}
