import { tasksToScale } from '../../scale/scale-export';
import type { ExportFormatWriter } from './export-format';

/** Today's Scale export, field for field: one Scale Task JSON per task. */
export const scaleJsonl: ExportFormatWriter = {
  format: 'SCALE_JSONL',
  framing: 'JSONL',
  extension: 'jsonl',
  optionsProblem: () => null,
  recordsOf: (db, tasks) => tasksToScale(db, tasks),
};
