import type { ExportFormat, ExportFormatWriter } from './export-format';
import { scaleJsonl } from './scale-jsonl';

// Every format's writer; a format without one is refused at exportCreate with a coded userError.
export const EXPORT_FORMATS: Partial<Record<ExportFormat, ExportFormatWriter>> = {
  SCALE_JSONL: scaleJsonl,
};
