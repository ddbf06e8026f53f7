import fs from 'node:fs';
import path from 'node:path';

const DIR = path.join(__dirname, '../../fixtures/upstreams');

/** A fresh copy of a fixture file of test/fixtures/upstreams (tests may change it to make the upstream change). */
export function fixture<T>(file: string): T {
  return JSON.parse(fs.readFileSync(path.join(DIR, file), 'utf8')) as T;
}
