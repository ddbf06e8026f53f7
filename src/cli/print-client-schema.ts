// Writes the client schema (no federation internals) for relay-compiler, codegen and Inspector: `npm run schema:client`.
import fs from 'node:fs';
import path from 'node:path';
import { CLIENT_SCHEMA_FILE, printClientSchema } from '../graphql/client-schema';

const file = path.resolve(__dirname, '../..', CLIENT_SCHEMA_FILE);
fs.writeFileSync(file, `${printClientSchema()}\n`);
process.stdout.write(`wrote ${CLIENT_SCHEMA_FILE}\n`);
