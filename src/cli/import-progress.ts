import type { ImportSummary } from '../modules/scale/scale-import';

const WIDTH = 24;

/** m:ss (h:mm:ss past an hour) for an ETA. */
function clock(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const mm = String(Math.floor((s % 3600) / 60)).padStart(h ? 2 : 1, '0');
  const ss = String(s % 60).padStart(2, '0');
  return h ? `${h}:${mm}:${ss}` : `${mm}:${ss}`;
}

/**
 * A terminal progress line for an import: how much of the file is read (a bar and a share), the records so far, the
 * database rows written per second, and the time left at the rate so far (from bytes, so it holds for any mix of
 * record sizes).
 */
export function importProgressLine(
  summary: ImportSummary,
  bytesRead: number,
  totalBytes: number,
  elapsedSeconds: number,
): string {
  const share = totalBytes > 0 ? Math.min(1, bytesRead / totalBytes) : 1;
  const filled = Math.round(share * WIDTH);
  const records = summary.created + summary.updated + summary.unchanged + summary.failed;
  const rate = elapsedSeconds > 0 ? summary.rows / elapsedSeconds : 0;
  const eta = share > 0 && elapsedSeconds > 0 ? (elapsedSeconds * (1 - share)) / share : NaN;
  return (
    `[${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${Math.floor(share * 100)}% ` +
    `${records.toLocaleString('en-US')} records, ${Math.round(rate).toLocaleString('en-US')} rows/s, ` +
    `ETA ${Number.isFinite(eta) ? clock(eta) : '?'}`
  );
}
