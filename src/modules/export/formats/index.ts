import type { ExportFormat, ExportFormatWriter } from './export-format';
import { labelStudioJson } from './label-studio-json';
import { preferencePairs } from './preference-pairs';
import { promptCompletion } from './prompt-completion';
import { scaleJsonl } from './scale-jsonl';
import { sftMessages } from './sft-messages';

// Every format's writer; a format without one is refused at exportCreate with a coded userError.
export const EXPORT_FORMATS: Partial<Record<ExportFormat, ExportFormatWriter>> = {
  SCALE_JSONL: scaleJsonl,
  SFT_MESSAGES: sftMessages,
  PROMPT_COMPLETION: promptCompletion,
  PREFERENCE_PAIRS: preferencePairs,
  LABEL_STUDIO_JSON: labelStudioJson,
};
