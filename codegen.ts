import type { CodegenConfig } from '@graphql-codegen/cli';

// GraphQL types -> DB rows. Fields whose names and types match the row resolve by default;
// everything else (relations, JSON text, 0/1 booleans) has a resolver in src/graphql/resolvers/.
const rows = (type: string) => `../db/rows#${type}`;
const page = (type: string) => `./connection-models#${type}`;
const VALUE_MEMBERS = ['Integer', 'Boolean', 'Text', 'Category', 'CategoryMultiple', 'File', 'LabeledText', 'RankedChoices', 'RankedGroups', 'RubricCriteria', 'RubricRating', 'WorkspaceContainer', 'Other'].map((k) => `${k}AnnotationValue`);

const config: CodegenConfig = {
  schema: 'schema/**/*.graphql',
  generates: {
    'src/graphql/types.generated.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        federation: true,
        contextType: '../context#Context',
        useTypeImports: true,
        enumsAsTypes: true,
        useIndexSignature: false,
        scalars: { DateTime: 'string', JSON: 'unknown', ID: 'string' },
        mappers: {
          Organization: rows('OrganizationRow'),
          User: rows('UserRow'),
          Project: rows('ProjectRow'),
          Batch: rows('BatchRow'),
          Task: rows('TaskRow'),
          Thread: rows('ThreadRow'),
          Turn: rows('TurnRow'),
          Message: rows('MessageRow'),
          MessageContent: rows('MessageRow'),
          MessageChunk: rows('MessageChunkRow'),
          Annotation: rows('AnnotationRow'),
          ApiToken: rows('ApiTokenRow'),
          Delivery: rows('DeliveryRow'),
          SearchSession: rows('SearchSessionRow'),
          CorrectionSession: rows('CorrectionSessionRow'),
          Coder: rows('CoderRow'),
          Prompt: rows('PromptRow'),
          PromptVersion: rows('PromptVersionRow'),
          ProviderConnection: rows('ProviderConnectionRow'),
          InferenceRun: rows('InferenceRunRow'),
          InferenceRunResult: '../modules/inference/inference-run-results#InferenceRunResultModel',
          CodingDetails: rows('TaskRow'),
          TaskEvent: rows('TaskEventRow'),
          DataChunk: rows('DataChunkRow'),
          CodingResponse: rows('CodingResponseRow'),
          ...Object.fromEntries(
            ['ResponseValue', 'StringValue', 'NumberValue', 'BooleanValue', 'StringListValue', 'NumberListValue', 'BooleanListValue'].map((t) => [t, 'unknown']),
          ),
          Document: rows('DocumentRow'),
          Segment: rows('SegmentRow'),
          DocumentGroup: rows('DocumentGroupRow'),
          CorrectionTag: rows('CorrectionTagRow'),
          CorrectionDocument: '../modules/correction/correction.models#CorrectionDocumentModel',
          CorrectionSegment: '../modules/correction/correction.models#CorrectionSegmentModel',
          CorrectionChangePayload: '../modules/correction/correction.models#CorrectionChangeModel',
          SessionEvent: rows('SessionEventRow'),
          ImprovementItem: rows('ImprovementItemRow'),
          BatchSessionsPage: '../modules/search-session/search-session.repository#BatchSessionsPageModel',
          OrganizationMember: rows('OrganizationMemberRow'),
          ProjectMember: rows('ProjectMemberRow'),
          Viewer: '../auth/viewer#ViewerModel',
          // Every member of the AnnotationValue union reads the same model: the stored value and its type.
          ...Object.fromEntries(
            ['AnnotationValue', ...VALUE_MEMBERS].map((t) => [t, '../modules/annotation/annotation-value#AnnotationValueModel']),
          ),
          OrganizationConnection: page('OrganizationConnectionModel'),
          ProjectConnection: page('ProjectConnectionModel'),
          BatchConnection: page('BatchConnectionModel'),
          TaskConnection: page('TaskConnectionModel'),
          ThreadConnection: page('ThreadConnectionModel'),
          TurnConnection: page('TurnConnectionModel'),
          MessageConnection: page('MessageConnectionModel'),
          AnnotationConnection: page('AnnotationConnectionModel'),
          ApiTokenConnection: page('ApiTokenConnectionModel'),
          DeliveryConnection: page('DeliveryConnectionModel'),
          SearchSessionConnection: page('SearchSessionConnectionModel'),
          CorrectionSessionConnection: page('CorrectionSessionConnectionModel'),
          CoderConnection: page('CoderConnectionModel'),
          PromptConnection: page('PromptConnectionModel'),
          PromptVersionConnection: page('PromptVersionConnectionModel'),
          InferenceRunConnection: page('InferenceRunConnectionModel'),
          InferenceRunResultConnection: page('InferenceRunResultConnectionModel'),
          TaskEventConnection: page('TaskEventConnectionModel'),
          CodingResponseConnection: page('CodingResponseConnectionModel'),
          CorrectionDocumentConnection: page('CorrectionDocumentConnectionModel'),
          SessionEventConnection: page('SessionEventConnectionModel'),
          ImprovementItemConnection: page('ImprovementItemConnectionModel'),
          OrganizationMemberConnection: page('OrganizationMemberConnectionModel'),
          ProjectMemberConnection: page('ProjectMemberConnectionModel'),
        },
      },
    },
  },
};

export default config;
