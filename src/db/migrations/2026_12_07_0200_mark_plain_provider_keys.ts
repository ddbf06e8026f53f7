import { type Kysely, sql } from 'kysely';

// Frozen in time: never import app code here. Issue 18 (D9, secrets at rest): provider keys are stored sealed with
// SECRETS_KEY (AES-256-GCM, `v1:<iv>:<tag>:<ciphertext>`). A migration has no key, so it cannot encrypt the keys
// stored in plain text before; it marks them instead: every key is then either sealed (`v1:`) or legacy (`plain:`),
// never a bare value that could be mistaken for either. The app reads a `plain:` key as it is and the inference worker
// seals it in its place the first time it uses it. Rows still `plain:` are listed by
// `SELECT id FROM provider_connection WHERE api_key LIKE 'plain:%'`.
export async function up(db: Kysely<any>): Promise<void> {
  await db
    .updateTable('provider_connection')
    .set({ api_key: sql`'plain:' || api_key` })
    .where('api_key', 'is not', null)
    .execute();
}

/** Legacy keys go back to plain text; keys sealed since stay sealed (the old code cannot read them: create them again). */
export async function down(db: Kysely<any>): Promise<void> {
  await db
    .updateTable('provider_connection')
    .set({ api_key: sql`substr(api_key, 7)` })
    .where('api_key', 'like', 'plain:%')
    .execute();
}
