import type { Migration } from 'kysely';
import * as m20261125_1100 from './2026_11_25_1100_create_foundation';
import * as m20261125_1300 from './2026_11_25_1300_create_access';
import * as m20261125_1500 from './2026_11_25_1500_add_scale_import_and_delivery';
import * as m20261125_1700 from './2026_11_25_1700_create_search_sessions';
import * as m20261125_1900 from './2026_11_25_1900_create_correction_sessions';
import * as m20261125_2100 from './2026_11_25_2100_create_coding';
import * as m20261125_2300 from './2026_11_25_2300_create_prompts';
import * as m20261126_0100 from './2026_11_26_0100_add_list_indexes';
import * as m20261126_0200 from './2026_11_26_0200_index_completed_nulls_first';
import * as m20261203_1100 from './2026_12_03_1100_create_rate_limit_buckets';
import * as m20261203_1220 from './2026_12_03_1220_add_inference_run_results';
import * as m20261207_0100 from './2026_12_07_0100_create_change_log';
import * as m20261207_0200 from './2026_12_07_0200_mark_plain_provider_keys';
import * as m20261207_0300 from './2026_12_07_0300_create_webhooks';
import * as m20261207_0400 from './2026_12_07_0400_add_annotation_authors';
import * as m20261207_0600 from './2026_12_07_0600_create_export_jobs';
import * as m20261207_0700 from './2026_12_07_0700_add_annotation_author_explicit';
import * as m20261207_0900 from './2026_12_07_0900_index_every_list_order';
import * as m20261207_1100 from './2026_12_07_1100_create_connectors';
import * as m20261207_1310 from './2026_12_07_1310_delivery_source_unique';
import * as m20261207_1320 from './2026_12_07_1320_reapply_scale_batches';
import * as m20261207_1340 from './2026_12_07_1340_correction_session_uuid_per_project';

// Static provider: no dynamic import(), so jest and the compiled build see the same list.
export const migrations: Record<string, Migration> = {
  '2026_11_25_1100_create_foundation': m20261125_1100,
  '2026_11_25_1300_create_access': m20261125_1300,
  '2026_11_25_1500_add_scale_import_and_delivery': m20261125_1500,
  '2026_11_25_1700_create_search_sessions': m20261125_1700,
  '2026_11_25_1900_create_correction_sessions': m20261125_1900,
  '2026_11_25_2100_create_coding': m20261125_2100,
  '2026_11_25_2300_create_prompts': m20261125_2300,
  '2026_11_26_0100_add_list_indexes': m20261126_0100,
  '2026_11_26_0200_index_completed_nulls_first': m20261126_0200,
  '2026_12_03_1100_create_rate_limit_buckets': m20261203_1100,
  '2026_12_03_1220_add_inference_run_results': m20261203_1220,
  '2026_12_07_0100_create_change_log': m20261207_0100,
  '2026_12_07_0200_mark_plain_provider_keys': m20261207_0200,
  '2026_12_07_0300_create_webhooks': m20261207_0300,
  '2026_12_07_0400_add_annotation_authors': m20261207_0400,
  '2026_12_07_0600_create_export_jobs': m20261207_0600,
  '2026_12_07_0700_add_annotation_author_explicit': m20261207_0700,
  '2026_12_07_0900_index_every_list_order': m20261207_0900,
  '2026_12_07_1100_create_connectors': m20261207_1100,
  '2026_12_07_1310_delivery_source_unique': m20261207_1310,
  '2026_12_07_1320_reapply_scale_batches': m20261207_1320,
  '2026_12_07_1340_correction_session_uuid_per_project': m20261207_1340,
};
