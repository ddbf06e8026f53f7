import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openExportFile, partPathOf } from '../../src/modules/export/export-file';

// The part file of an export across crashes: cut back to the committed size and re-hashed, taken back from the final
// name when the crash fell between the rename and the commit, and refused (null) when the kept prefix is gone.
describe('export file', () => {
  let dir: string;
  beforeAll(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'annograph-export-file-'))));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const sha = (text: string) => createHash('sha256').update(text).digest('hex');

  it('cuts a part file back to the committed bytes and hashes on as if uninterrupted', async () => {
    const final = path.join(dir, 'a.jsonl');
    fs.writeFileSync(partPathOf(final), 'line 1\nline 2\nhalf a li');
    const file = (await openExportFile(final, 14))!;
    expect(file.bytes()).toBe(14);
    await file.append('line 3\n');
    expect(await file.finish()).toEqual({ size: 21, sha256: sha('line 1\nline 2\nline 3\n') });
    expect(fs.readFileSync(final, 'utf8')).toBe('line 1\nline 2\nline 3\n');
    expect(fs.existsSync(partPathOf(final))).toBe(false);
  });

  it('takes a renamed file back when its job was not marked done, and refuses a lost prefix', async () => {
    const final = path.join(dir, 'b.jsonl');
    fs.writeFileSync(final, 'one\ntwo\n');
    const file = (await openExportFile(final, 4))!;
    await file.append('2\n');
    expect(await file.finish()).toEqual({ size: 6, sha256: sha('one\n2\n') });
    expect(await openExportFile(path.join(dir, 'gone.jsonl'), 10)).toBeNull();
  });
});
