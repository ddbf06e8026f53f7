import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { OrganizationRow, UserRow, ProjectRow, BatchRow, TaskRow, ThreadRow, TurnRow, MessageRow, MessageChunkRow, AnnotationRow, ApiTokenRow, DeliveryRow, SearchSessionRow, CorrectionSessionRow, CoderRow, PromptRow, PromptVersionRow, ProviderConnectionRow, InferenceRunRow, TaskEventRow, ChangeRow, WebhookRow, WebhookDeliveryRow, ExportJobRow, ConnectorRow, ConnectorRunRow, DataChunkRow, CodingResponseRow, DocumentRow, SegmentRow, DocumentGroupRow, CorrectionTagRow, SessionEventRow, ImprovementItemRow, OrganizationMemberRow, ProjectMemberRow } from '../db/rows';
import type { InferenceRunResultModel } from '../modules/inference-run/inference-run-results';
import type { ExternalContributorModel } from '../modules/annotation/annotation-author.resolve';
import type { CorrectionDocumentModel, CorrectionSegmentModel, CorrectionChangeModel } from '../modules/correction-session/correction-session.models';
import type { BatchSessionsPageModel } from '../modules/search-session/search-session.repository';
import type { ViewerModel } from '../auth/viewer';
import type { AnnotationValueModel } from '../modules/annotation/annotation-value';
import type { OrganizationConnectionModel, ProjectConnectionModel, BatchConnectionModel, TaskConnectionModel, ThreadConnectionModel, TurnConnectionModel, MessageConnectionModel, AnnotationConnectionModel, ApiTokenConnectionModel, DeliveryConnectionModel, SearchSessionConnectionModel, CorrectionSessionConnectionModel, CoderConnectionModel, PromptConnectionModel, PromptVersionConnectionModel, InferenceRunConnectionModel, InferenceRunResultConnectionModel, TaskEventConnectionModel, ChangeConnectionModel, WebhookConnectionModel, WebhookDeliveryConnectionModel, ExportJobConnectionModel, ConnectorConnectionModel, ConnectorRunConnectionModel, CodingResponseConnectionModel, CorrectionDocumentConnectionModel, SessionEventConnectionModel, ImprovementItemConnectionModel, OrganizationMemberConnectionModel, ProjectMemberConnectionModel } from './connection-models';
import type { Context } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An instant in UTC as an ISO-8601 string with milliseconds, e.g. `2026-11-25T10:57:00.000Z`. */
  DateTime: { input: string; output: string; }
  /**
   * Any JSON value. Values kept verbatim from an upstream system (metadata, annotation values) use it so that nothing
   * of the upstream record is lost.
   */
  JSON: { input: unknown; output: unknown; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** What to measure agreement on. */
export type AgreementInput = {
  /** Only authors of these kinds count (e.g. `[USER]` leaves contributors and predictions out); all when absent or empty. */
  authorKinds?: InputMaybe<Array<AnnotationAuthorKind>>;
  /** Only annotations of the project's tasks this filter matches (its `projectId` is ignored); all when absent. */
  filter?: InputMaybe<TaskFilter>;
  /** Whether ground-truth annotations count as an author (false when absent). */
  includeGroundTruth?: InputMaybe<Scalars['Boolean']['input']>;
  /** The annotation key whose values are compared. */
  key: Scalars['String']['input'];
  /** How values compare (NOMINAL when absent). */
  level?: InputMaybe<MeasurementLevel>;
  /** The coefficient. */
  metric: AgreementMetric;
};

/** A coefficient of agreement between annotators. */
export type AgreementMetric =
  /** Cohen's kappa: exactly two authors, every item rated by both. */
  | 'COHEN_KAPPA'
  /** Fleiss' kappa: the same number of authors (two or more) on every item. */
  | 'FLEISS_KAPPA'
  /** Krippendorff's alpha: any number of authors, missing values allowed. */
  | 'KRIPPENDORFF_ALPHA';

/** Agreement of one key's values on the same targets by different authors. */
export type AgreementResult = {
  __typename?: 'AgreementResult';
  /** Distinct authors whose values entered the computation. */
  authors: Scalars['Int']['output'];
  /** Disagreement expected by chance (Krippendorff's D_e). */
  expectedDisagreement?: Maybe<Scalars['Float']['output']>;
  /** Items (targets) that entered the computation. */
  items: Scalars['Int']['output'];
  /** How values were compared. */
  level: MeasurementLevel;
  /** The coefficient asked for. */
  metric: AgreementMetric;
  /** Observed disagreement (Krippendorff's D_o). */
  observedDisagreement?: Maybe<Scalars['Float']['output']>;
  /** Krippendorff's n: values in items with two or more values. */
  pairableValues?: Maybe<Scalars['Int']['output']>;
  /** Each author's agreement with the others. */
  perAuthor: Array<AuthorAgreement>;
  /** Why `value` is null: NO_PAIRABLE_VALUES or NO_VARIATION. */
  undefinedReason?: Maybe<Scalars['String']['output']>;
  /** The coefficient, or null when it is 0/0 (see `undefinedReason`). */
  value?: Maybe<Scalars['Float']['output']>;
};

/**
 * A judgement recorded on a task, thread, turn, message or message chunk: a rating, a category, a ranking, a text.
 * Ground truth is an annotation with `groundTruth: true`.
 */
export type Annotation = Node & {
  __typename?: 'Annotation';
  /**
   * Who made the annotation: the user who wrote it, the external contributor an import or pipeline named, or the
   * inference run that predicted it. Null when that user or run is gone, or is a user you may not see (users are
   * visible as far as `User` is: members of an organization you belong to).
   */
  author?: Maybe<AnnotationAuthor>;
  /** What kind of author made the annotation; always known, even when `author` is null. */
  authorKind: AnnotationAuthorKind;
  /** The annotator could not assess the question. */
  cannotAssess: Scalars['Boolean']['output'];
  /** The chunk the annotation is on; set at level CHUNK only. */
  chunk?: Maybe<MessageChunk>;
  /** When the annotation was stored in Annograph: created with `annotationCreate`, or imported (Scale gives no time). */
  createdAt: Scalars['DateTime']['output'];
  /** The question in full, e.g. `Does the response contain issues with formatting?`. */
  description?: Maybe<Scalars['String']['output']>;
  /** The annotation's id in its source system. Not unique: Scale reuses one id at several levels. */
  externalId?: Maybe<Scalars['String']['output']>;
  /** The annotation is ground truth rather than an opinion or a prediction. */
  groundTruth: Scalars['Boolean']['output'];
  /** The global, opaque id of the annotation. */
  id: Scalars['ID']['output'];
  /**
   * The inference run that predicted it, when it is a prediction (a prediction is an annotation naming its run and
   * prompt version); null for annotations people or imports made, and once the run is deleted.
   */
  inferenceRun?: Maybe<InferenceRun>;
  /** Why the annotator chose the value. */
  justification?: Maybe<Scalars['String']['output']>;
  /** The question the annotation answers, e.g. `formatting`. */
  key: Scalars['String']['output'];
  /** Display labels of the possible values, e.g. `["Major Issues", "Minor Issues", "No Issues"]`. */
  labels: Array<Scalars['String']['output']>;
  /** Where the annotation is attached; the matching field (thread, turn, message, chunk) is set. */
  level: AnnotationLevel;
  /** The message the annotation is on or under; set at levels MESSAGE and CHUNK, else null. */
  message?: Maybe<Message>;
  /** Free-form metadata, e.g. `{"criteria": "overall_quality"}`. */
  metadata: Scalars['JSON']['output'];
  /** The annotator marked the question as not applicable. */
  notApplicable: Scalars['Boolean']['output'];
  /** The values that could be given, as the source system listed them. */
  possibleValues?: Maybe<Scalars['JSON']['output']>;
  /** The prompt version whose inference run predicted it; null when it is no prediction, and once the version is deleted. */
  promptVersion?: Maybe<PromptVersion>;
  /** The system the annotation came from: SCALE when imported, ANNOGRAPH when made with `annotationCreate`. */
  source: Source;
  /** The type word of the source system, kept verbatim (any unknown type maps to OTHER). */
  sourceType: Scalars['String']['output'];
  /** The task the annotation belongs to, whatever its level. */
  task: Task;
  /** The thread the annotation is on or under; null at level TASK. */
  thread?: Maybe<Thread>;
  /** Title of the question, e.g. `Response Formatting`. */
  title?: Maybe<Scalars['String']['output']>;
  /** The turn the annotation is on or under; null at levels TASK and THREAD. */
  turn?: Maybe<Turn>;
  /** The kind of value the annotation holds; it picks the member of `typedValue`. */
  type: AnnotationType;
  /** The value, typed by `type`. */
  typedValue: AnnotationValue;
  /** When the annotation last changed: its creation or import, or the last `annotationSetValue`. */
  updatedAt: Scalars['DateTime']['output'];
  /** The value given; its shape follows `type` (a number, a string, a list, an object). */
  value?: Maybe<Scalars['JSON']['output']>;
};

/** Who made an annotation. */
export type AnnotationAuthor = ExternalContributor | InferenceRun | User;

/** What kind of author made an annotation. */
export type AnnotationAuthorKind =
  /** Someone outside Annograph, named by the system that knows them (e.g. Scale's `contributor_id`). */
  | 'CONTRIBUTOR'
  /** An inference run: the annotation is its prediction. */
  | 'RUN'
  /** A user of Annograph, writing through GraphQL. */
  | 'USER';

/** A comparison an annotation's value is held to. */
export type AnnotationComparison =
  /** Equal (numbers, strings, booleans). */
  | 'EQ'
  /** Greater than (numbers). */
  | 'GT'
  /** Greater than or equal (numbers). */
  | 'GTE'
  /** Less than (numbers). */
  | 'LT'
  /** Less than or equal (numbers). */
  | 'LTE'
  /** Not equal. */
  | 'NE';

/**
 * A condition on an annotation of a thread (on the thread, or on a turn, message or chunk of it) that picks which
 * threads an export writes, e.g. `{ key: "quality", comparison: GTE, value: 4 }`, or `{ groundTruth: true }`.
 */
export type AnnotationCondition = {
  /** How the value compares with `value`; omitted: any value (the annotation only has to exist). */
  comparison?: InputMaybe<AnnotationComparison>;
  /** Only ground-truth annotations count. Default false. */
  groundTruth?: InputMaybe<Scalars['Boolean']['input']>;
  /** The annotation's key; omitted: any key. */
  key?: InputMaybe<Scalars['String']['input']>;
  /** The value to compare with (a number, string or boolean); required with `comparison`. */
  value?: InputMaybe<Scalars['JSON']['input']>;
};

/** A page of annotations. */
export type AnnotationConnection = {
  __typename?: 'AnnotationConnection';
  /** The annotations of this page, each with its cursor. */
  edges: Array<AnnotationEdge>;
  /** The annotations of this page, without cursors. */
  nodes: Array<Annotation>;
  /** Whether more annotations precede or follow this page, and its first and last cursors. */
  pageInfo: PageInfo;
  /** How many annotations there are, across pages. */
  totalCount: Scalars['Int']['output'];
};

/**
 * A new annotation on a task, thread, turn, message or message chunk (`targetId` says which). `value` must have the
 * shape `type` asks for: INTEGER an integer, BOOLEAN true/false, TEXT and CATEGORY a string, CATEGORY_MULTIPLE and
 * RANKED_CHOICES a list of strings (RANKED_CHOICES each once), RANKED_GROUPS a list of lists of strings (each choice in
 * one group), LABELED_TEXT a list of {label, text}, FILE, RUBRIC_CRITERIA, RUBRIC_RATING and WORKSPACE_CONTAINER an
 * object. For INTEGER, BOOLEAN, CATEGORY, CATEGORY_MULTIPLE, RANKED_CHOICES and RANKED_GROUPS, `possibleValues` is a
 * list of integers, booleans or strings (flat, or nested once like Scale's `[[1, 2, 3]]`), and when it lists any, every
 * choice the value makes must be one of them. The Scale import checks its annotations by the same rules.
 */
export type AnnotationCreateInput = {
  /**
   * Who made the annotation, when a pipeline records its labelers' work: an external contributor. Omitted: the
   * caller (a user, or a service token as an ANNOGRAPH contributor). Naming an author takes MANAGER on the project
   * (a lower role gets a top-level FORBIDDEN error): an annotator records only their own work.
   */
  author?: InputMaybe<ExternalContributorInput>;
  /** The annotator could not assess the question. Default false. */
  cannotAssess?: InputMaybe<Scalars['Boolean']['input']>;
  /** The question in full. Optional. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The annotation is ground truth rather than an opinion or a prediction. Default false. */
  groundTruth?: InputMaybe<Scalars['Boolean']['input']>;
  /** Why the annotator chose the value. Optional. */
  justification?: InputMaybe<Scalars['String']['input']>;
  /** The question the annotation answers, e.g. `formatting`. Required, not blank; surrounding spaces are trimmed. */
  key: Scalars['String']['input'];
  /** Display labels of the possible values. Omitted: none. */
  labels?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Free-form metadata; must be a JSON object. Omitted: `{}`. */
  metadata?: InputMaybe<Scalars['JSON']['input']>;
  /** The annotator marks the question as not applicable. Default false. */
  notApplicable?: InputMaybe<Scalars['Boolean']['input']>;
  /** The values that could be given, e.g. `[1, 2, 3]` for INTEGER; stored as given, checked as the input's description says. Optional. */
  possibleValues?: InputMaybe<Scalars['JSON']['input']>;
  /** The source's type word; defaults to `type` in Scale's spelling (`category_multiple`). */
  sourceType?: InputMaybe<Scalars['String']['input']>;
  /**
   * Id of the task, thread, turn, message or message chunk to annotate; its kind sets the annotation's `level`.
   * Required; the task it belongs to must be open (DRAFT, PENDING or IN_PROGRESS).
   */
  targetId: Scalars['ID']['input'];
  /** Title of the question, e.g. `Response Formatting`. Optional. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** The kind of value. Required; `value` is checked against it (OTHER accepts any value). */
  type: AnnotationType;
  /** The value given, in the shape `type` asks for. Null or omitted: not answered yet. */
  value?: InputMaybe<Scalars['JSON']['input']>;
};

/** The result of `annotationDelete`: the id of the annotation removed, or why nothing was removed. */
export type AnnotationDeletePayload = {
  __typename?: 'AnnotationDeletePayload';
  /** Id of the annotation that was deleted (it no longer resolves); null when `userErrors` is not empty. */
  deletedAnnotationId?: Maybe<Scalars['ID']['output']>;
  /** Why the mutation did nothing; empty on success. */
  userErrors: Array<UserError>;
};

/** An annotation with its cursor. */
export type AnnotationEdge = {
  __typename?: 'AnnotationEdge';
  /** Opaque cursor of this annotation, for after/before. */
  cursor: Scalars['String']['output'];
  /** The annotation. */
  node: Annotation;
};

/**
 * Which annotations of a list to return; conditions combine with AND. Authors match on the annotation's author
 * identity: naming two different authors matches nothing. An id of another type is refused with BAD_USER_INPUT.
 */
export type AnnotationFilter = {
  /** Only annotations this external contributor made (externalId null: those whose source did not say who). */
  authorContributor?: InputMaybe<ExternalContributorInput>;
  /** Only the predictions of this inference run. */
  authorInferenceRunId?: InputMaybe<Scalars['ID']['input']>;
  /** Only annotations by this kind of author. */
  authorKind?: InputMaybe<AnnotationAuthorKind>;
  /** Only annotations this user wrote. */
  authorUserId?: InputMaybe<Scalars['ID']['input']>;
  /** Only annotations answering this question, e.g. `quality`. */
  key?: InputMaybe<Scalars['String']['input']>;
};

/** Where an annotation is attached. */
export type AnnotationLevel =
  /** On a message chunk; `thread`, `turn`, `message` and `chunk` are set. */
  | 'CHUNK'
  /** On a message; `thread`, `turn` and `message` are set. */
  | 'MESSAGE'
  /** On the task as a whole; `thread`, `turn`, `message` and `chunk` are null. */
  | 'TASK'
  /** On a thread; `thread` is set. */
  | 'THREAD'
  /** On a turn; `thread` and `turn` are set. */
  | 'TURN';

/** The result of `annotationCreate` or `annotationSetValue`: the annotation as it is now, or why nothing changed. */
export type AnnotationPayload = {
  __typename?: 'AnnotationPayload';
  /** The annotation as created or changed; null when `userErrors` is not empty. */
  annotation?: Maybe<Annotation>;
  /** Why the mutation did nothing; empty on success. */
  userErrors: Array<UserError>;
};

/** A new value for an annotation; omitted fields stay as they are. */
export type AnnotationSetValueInput = {
  /** The new cannot-assess flag; null or omitted keeps it. */
  cannotAssess?: InputMaybe<Scalars['Boolean']['input']>;
  /** The new justification; null clears it; omitted keeps it. */
  justification?: InputMaybe<Scalars['String']['input']>;
  /** The new not-applicable flag; null or omitted keeps it. */
  notApplicable?: InputMaybe<Scalars['Boolean']['input']>;
  /** The new value, checked against the annotation's `type` and `possibleValues`; null clears it (not answered); omitted keeps it. */
  value?: InputMaybe<Scalars['JSON']['input']>;
};

/** The kind of value an annotation holds (Scale's 12 annotation types, and OTHER for any other type word). */
export type AnnotationType =
  /** Yes or no (Scale `boolean`). */
  | 'BOOLEAN'
  /** One category out of several, as a string (Scale `category`). */
  | 'CATEGORY'
  /** Any number of categories, as a list of strings (Scale `category_multiple`). */
  | 'CATEGORY_MULTIPLE'
  /** A file, as an object (Scale `file`). */
  | 'FILE'
  /** A whole number, e.g. a 1-3 rating (Scale `integer`). */
  | 'INTEGER'
  /** Labeled spans of text, as a list of {label, text} (Scale `labeled_text`). */
  | 'LABELED_TEXT'
  /** Any other type word, kept in `sourceType`; the value is kept verbatim and not checked. */
  | 'OTHER'
  /** A ranking without ties, best first, as a list of strings (Scale `ranked_choices`). */
  | 'RANKED_CHOICES'
  /** A ranking with ties, as a list of groups of strings, best group first (Scale `ranked_groups`). */
  | 'RANKED_GROUPS'
  /** The definition of a rubric criterion, as an object (Scale `rubric_criteria`). */
  | 'RUBRIC_CRITERIA'
  /** A rating against a rubric, as an object (Scale `rubric_rating`). */
  | 'RUBRIC_RATING'
  /** Free text (Scale `text`). */
  | 'TEXT'
  /** A coding workspace and what ran in it, as an object (Scale `workspace_container`). */
  | 'WORKSPACE_CONTAINER';

/**
 * An annotation's value, typed by the annotation's `type`. Select the member you expect with an inline fragment,
 * e.g. `typedValue { ... on IntegerAnnotationValue { integer possibleIntegers } }`. Member fields have distinct
 * names so that one selection can ask for several kinds at once.
 */
export type AnnotationValue = BooleanAnnotationValue | CategoryAnnotationValue | CategoryMultipleAnnotationValue | FileAnnotationValue | IntegerAnnotationValue | LabeledTextAnnotationValue | OtherAnnotationValue | RankedChoicesAnnotationValue | RankedGroupsAnnotationValue | RubricCriteriaAnnotationValue | RubricRatingAnnotationValue | TextAnnotationValue | WorkspaceContainerAnnotationValue;

/**
 * An API key. Its secret is shown once, at creation; Annograph keeps only a hash. Send it as
 * `Authorization: Token <secret>` or `Authorization: Bearer <secret>`.
 */
export type ApiToken = Node & {
  __typename?: 'ApiToken';
  /** Not revoked. */
  active: Scalars['Boolean']['output'];
  /** When the token was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Global id of the token (`tok_…`); not the secret. */
  id: Scalars['ID']['output'];
  /** Updated at most once a minute. */
  lastUsedAt?: Maybe<Scalars['DateTime']['output']>;
  /** What the token is for, e.g. `labeling UI` or `release worker`. */
  name: Scalars['String']['output'];
  /** A service token's organization; null for a person's token. */
  organization?: Maybe<Organization>;
  /** The first characters of the secret, to recognise it. */
  prefix: Scalars['String']['output'];
  /** When the token was revoked; null while it is active. A revoked token stops authenticating within seconds. */
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  /** A service token's role on every project of its organization. */
  serviceRole?: Maybe<Role>;
  /** The person the token acts for; null for a service token. */
  user?: Maybe<User>;
};

/** A page of API tokens. */
export type ApiTokenConnection = {
  __typename?: 'ApiTokenConnection';
  /** The tokens of this page, each with its cursor. */
  edges: Array<ApiTokenEdge>;
  /** The tokens of this page, without cursors. */
  nodes: Array<ApiToken>;
  /** Whether more tokens precede or follow this page, and its first and last cursors. */
  pageInfo: PageInfo;
  /** How many tokens there are in this list, across pages. */
  totalCount: Scalars['Int']['output'];
};

/** A token in a page, with its cursor. */
export type ApiTokenEdge = {
  __typename?: 'ApiTokenEdge';
  /** Opaque cursor of this token, for after/before. */
  cursor: Scalars['String']['output'];
  /** The token. */
  node: ApiToken;
};

/** A file attached to a message: a basic file with inline content, an image or an audio file (Scale DetailedFile). */
export type Attachment = {
  __typename?: 'Attachment';
  /** The file's bytes, base64-encoded, when sent inline. */
  content?: Maybe<Scalars['String']['output']>;
  /** Audio: length in seconds. */
  duration?: Maybe<Scalars['Float']['output']>;
  /** Images: size of the file in bytes. */
  fileSizeInBytes?: Maybe<Scalars['Int']['output']>;
  /** The file's media type, e.g. `image/png`. */
  mimeType?: Maybe<Scalars['String']['output']>;
  /** The file's name. */
  name?: Maybe<Scalars['String']['output']>;
  /** The file's Scale-hosted URL. */
  scaleUrl?: Maybe<Scalars['String']['output']>;
  /** Audio: the transcript. */
  transcript?: Maybe<Scalars['String']['output']>;
  /** Audio: end of the transcribed part, in seconds. */
  transcriptEnd?: Maybe<Scalars['Float']['output']>;
  /** Audio: start of the transcribed part, in seconds. */
  transcriptStart?: Maybe<Scalars['Float']['output']>;
  /** Audio: URL of the transcript (Scale `transcript_url`). */
  transcriptUrl?: Maybe<Scalars['String']['output']>;
  /** The file's URL as its source gives it (Scale `url`). */
  url?: Maybe<Scalars['String']['output']>;
};

/** A file attached to a message. */
export type AttachmentInput = {
  /** The file's bytes, base64-encoded, to send the file inline. Optional. */
  content?: InputMaybe<Scalars['String']['input']>;
  /** Audio: length in seconds. Optional. */
  duration?: InputMaybe<Scalars['Float']['input']>;
  /** Images: size of the file in bytes. Optional. */
  fileSizeInBytes?: InputMaybe<Scalars['Int']['input']>;
  /** The file's media type, e.g. `image/png`. Optional. */
  mimeType?: InputMaybe<Scalars['String']['input']>;
  /** The file's name. Optional. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** The file's Scale-hosted URL (Scale `scale_url`). Optional. */
  scaleUrl?: InputMaybe<Scalars['String']['input']>;
  /** Audio: the transcript. Optional. */
  transcript?: InputMaybe<Scalars['String']['input']>;
  /** Audio: end of the transcribed part, in seconds. Optional. */
  transcriptEnd?: InputMaybe<Scalars['Float']['input']>;
  /** Audio: start of the transcribed part, in seconds. Optional. */
  transcriptStart?: InputMaybe<Scalars['Float']['input']>;
  /** Audio: URL of the transcript (Scale `transcript_url`). Optional. */
  transcriptUrl?: InputMaybe<Scalars['String']['input']>;
  /** The file's URL as its source gives it (Scale `url`). Optional. */
  url?: InputMaybe<Scalars['String']['input']>;
};

/** One author's agreement with the others. */
export type AuthorAgreement = {
  __typename?: 'AuthorAgreement';
  /** The author, as `Annotation.author` answers it; null for the raters of `groundTruthAgreement` and authors gone or invisible. */
  author?: Maybe<AnnotationAuthor>;
  /** The author's key: `user:<id>`, `contributor:<SOURCE>:<externalId>` or `run:<runId>`. */
  authorKey: Scalars['String']['output'];
  /** The items this author rated that entered the computation. */
  items: Scalars['Int']['output'];
  /** The coefficient over the items this author rated, or null when it is 0/0. */
  value?: Maybe<Scalars['Float']['output']>;
};

/**
 * A group of work in a project: a Scale batch of tasks (kind TASKS) or an EmbeddingStudio batch of search sessions
 * collected for model improvement (kind SESSIONS).
 */
export type Batch = Job & Node & {
  __typename?: 'Batch';
  /** URL or email the source system notifies when the batch completes (Scale `callback`). */
  callback?: Maybe<Scalars['String']['output']>;
  /** When the batch reached COMPLETED, as the source system reports it; null until then. */
  completedAt?: Maybe<Scalars['DateTime']['output']>;
  /** When the batch was created in Annograph. */
  createdAt: Scalars['DateTime']['output'];
  /** From the pace of a running batch; null otherwise. */
  estimatedFinishAt?: Maybe<Scalars['DateTime']['output']>;
  /** The batch's id in its source system. */
  externalId?: Maybe<Scalars['String']['output']>;
  /** When the batch completed (or was canceled or released); null before. */
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Global id of the batch (`batch_…`). */
  id: Scalars['ID']['output'];
  /** The batch's tasks in a final status (COMPLETED, FAILED, CANCELED, DELETED) of all its tasks. */
  jobProgress: JobProgress;
  /** Where the batch is as a job. */
  jobStatus: JobStatus;
  /** Whether the batch groups tasks or search sessions; fixed when the batch is created. */
  kind: BatchKind;
  /** Free-form key/value metadata. */
  metadata: Scalars['JSON']['output'];
  /** Unique within the project (Scale looks batches up by name). */
  name: Scalars['String']['output'];
  /** The project the batch belongs to. */
  project: Project;
  /** Set when the batch was released (`batchRelease`). */
  releaseId?: Maybe<Scalars['String']['output']>;
  /** When the batch was released (`batchRelease`); null while it is COLLECTING, and for task batches. */
  releasedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Sessions batches: the number of sessions registered so far. */
  sessionCounter: Scalars['Int']['output'];
  /** A sessions batch's sessions, by session number. */
  sessions: SearchSessionConnection;
  /**
   * The system the batch came from: SCALE for a batch a Scale task import created because its tasks named it,
   * ANNOGRAPH for `batchCreate` and for sessions batches.
   */
  source: Source;
  /** The status word of the source system, kept verbatim (e.g. Scale's `cancelled`). */
  sourceStatus?: Maybe<Scalars['String']['output']>;
  /** When the batch opened for work (its creation, unless it was staged); null while staging. */
  startedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Where the batch is in its lifecycle; the source system's own word is in `sourceStatus`. */
  status: BatchStatus;
  /** How many of the batch's tasks are in each status (statuses with none are left out). */
  taskCounts: Array<TaskStatusCount>;
  /** The batch's tasks, oldest first. */
  tasks: TaskConnection;
  /**
   * When the batch last changed: a status or metadata change, a task added to it with `taskCreate`, or a search
   * session registered into it.
   */
  updatedAt: Scalars['DateTime']['output'];
};


/**
 * A group of work in a project: a Scale batch of tasks (kind TASKS) or an EmbeddingStudio batch of search sessions
 * collected for model improvement (kind SESSIONS).
 */
export type BatchSessionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * A group of work in a project: a Scale batch of tasks (kind TASKS) or an EmbeddingStudio batch of search sessions
 * collected for model improvement (kind SESSIONS).
 */
export type BatchTasksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TaskFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<TaskOrder>;
};

/** A page of batches. */
export type BatchConnection = {
  __typename?: 'BatchConnection';
  /** The batches of this page, each with its cursor. */
  edges: Array<BatchEdge>;
  /** The batches of this page, without cursors. */
  nodes: Array<Batch>;
  /** Whether more batches precede or follow this page, and its first and last cursors. */
  pageInfo: PageInfo;
  /** How many batches match, across pages. */
  totalCount: Scalars['Int']['output'];
};

/** A new batch of tasks in a project. */
export type BatchCreateInput = {
  /** URL or email to notify when the batch completes. */
  callback?: InputMaybe<Scalars['String']['input']>;
  /** Optional free-form key/value metadata, a JSON object; omitted: `{}`. */
  metadata?: InputMaybe<Scalars['JSON']['input']>;
  /** Unique within the project; 1 to 255 characters (the limit of upstream ids and names), surrounding spaces trimmed. */
  name: Scalars['String']['input'];
  /** Required: the project to create the batch in (you need MANAGER on it). */
  projectId: Scalars['ID']['input'];
  /** Create it STAGING (tasks can be added before work starts; `batchFinalize` starts it). Otherwise IN_PROGRESS. */
  staging?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A batch in a page, with its cursor. */
export type BatchEdge = {
  __typename?: 'BatchEdge';
  /** Opaque cursor of this batch, for after/before. */
  cursor: Scalars['String']['output'];
  /** The batch. */
  node: Batch;
};

/** Narrows a list of batches; all given fields must match. */
export type BatchFilter = {
  /** Only the batch with this id in its source system (exact match). */
  externalId?: InputMaybe<Scalars['String']['input']>;
  /** Only batches of this kind. */
  kind?: InputMaybe<BatchKind>;
  /** Only the batch with exactly this name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Any of these statuses. */
  status?: InputMaybe<Array<BatchStatus>>;
};

/** What a batch groups. */
export type BatchKind =
  /** Search sessions collected for improvement (EmbeddingStudio). */
  | 'SESSIONS'
  /** Tasks (Scale batches). */
  | 'TASKS';

/** What a batch mutation returns. */
export type BatchPayload = {
  __typename?: 'BatchPayload';
  /** The batch as the mutation left it; null when `userErrors` is not empty. */
  batch?: Maybe<Batch>;
  /** Why the mutation did nothing; empty on success. */
  userErrors: Array<UserError>;
};

/** The sessions batch `batchRelease` released. */
export type BatchReleasePayload = {
  __typename?: 'BatchReleasePayload';
  /** The released batch: RELEASED, with `releaseId` and `releasedAt`; null when nothing was released. */
  batch?: Maybe<Batch>;
  /** Why the mutation did nothing; empty on success. */
  userErrors: Array<UserError>;
};

/** One page of a batch's sessions by session number (EmbeddingStudio's `GET /batch/sessions`). */
export type BatchSessionsPage = {
  __typename?: 'BatchSessionsPage';
  /** The batch asked for. */
  batch: Batch;
  /** The number of the last session on this page: pass it as `afterNumber` for the next page; null when the page is empty. */
  lastNumber?: Maybe<Scalars['Int']['output']>;
  /**
   * The sessions of this page in ascending session-number order; each one's `events` lists at most `eventsLimit`
   * events unless `first`/`last` is given there. Empty past the last session.
   */
  sessions: Array<SearchSession>;
};

/**
 * Batch lifecycle. Scale: STAGING -> IN_PROGRESS <-> PAUSED, then COMPLETED or CANCELED.
 * EmbeddingStudio: COLLECTING -> RELEASED.
 */
export type BatchStatus =
  /** Tasks batch stopped by `batchCancel` (Scale `cancelled`); it takes no new tasks and cannot be resumed. */
  | 'CANCELED'
  /** Sessions batch that newly registered search sessions join (EmbeddingStudio `collecting`); at most one per project. */
  | 'COLLECTING'
  /** Tasks batch whose work is done, as the source system reports it (Scale `completed`); it takes no new tasks. */
  | 'COMPLETED'
  /** Tasks batch open for work (Scale `in_progress`); `batchCreate` without staging and Scale imports create batches here. */
  | 'IN_PROGRESS'
  /** Tasks batch held by `batchPause` (Scale `paused`); `batchResume` opens it again. */
  | 'PAUSED'
  /** Sessions batch closed by `batchRelease` for model improvement (EmbeddingStudio `released`); new sessions open a new COLLECTING batch. */
  | 'RELEASED'
  /** Tasks batch created with `staging: true`: takes tasks, work has not started; `batchFinalize` starts it (Scale `staging`). */
  | 'STAGING';

/** Yes or no. */
export type BooleanAnnotationValue = {
  __typename?: 'BooleanAnnotationValue';
  /** The answer given; null when not answered yet. */
  boolean?: Maybe<Scalars['Boolean']['output']>;
  /** The answers that could be chosen, flattened like `possibleIntegers`; empty when the source listed none. */
  possibleBooleans: Array<Scalars['Boolean']['output']>;
};

/** A list of true/false values. */
export type BooleanListValue = {
  __typename?: 'BooleanListValue';
  /** The values, in the order given. */
  booleans: Array<Scalars['Boolean']['output']>;
};

/** A true/false response value. */
export type BooleanValue = {
  __typename?: 'BooleanValue';
  /** The value, as given. */
  boolean: Scalars['Boolean']['output'];
};

/** A possible code for an ambiguous response; `parameter` carries its share among the coded examples (e.g. `0.67`). */
export type CandidateCode = {
  __typename?: 'CandidateCode';
  /** The candidate code (IQB `Code.id`). */
  code: Scalars['Int']['output'];
  /**
   * The candidate code, under IQB's name.
   * @deprecated Not a global id: Relay and Apollo Client key objects by `id` and mixed candidates of different responses. Use `code`.
   */
  id: Scalars['Int']['output'];
  /** The code's share of the training examples of this value, as text with two decimals (IQB `Code.parameter`). */
  parameter?: Maybe<Scalars['String']['output']>;
};

/** One category out of several. */
export type CategoryAnnotationValue = {
  __typename?: 'CategoryAnnotationValue';
  /** The category chosen; null when not answered yet. */
  category?: Maybe<Scalars['String']['output']>;
  /** The categories that could be chosen, in the source's order; empty when the source listed none. */
  possibleCategories: Array<Scalars['String']['output']>;
};

/** Any number of categories. */
export type CategoryMultipleAnnotationValue = {
  __typename?: 'CategoryMultipleAnnotationValue';
  /** The categories chosen, in the order given; empty when none was chosen or not answered yet. */
  categories: Array<Scalars['String']['output']>;
  /** The categories that could be chosen, in the source's order; empty when the source listed none. */
  possibleCategories: Array<Scalars['String']['output']>;
};

/**
 * One entry of the change log: something that happened to an object, recorded in the same transaction as the change
 * itself. The log is the one source of subscriptions and webhooks; `cursor` replays it from any point.
 */
export type Change = Node & {
  __typename?: 'Change';
  /** Who made the change. */
  actor: ChangeActor;
  /** When the change was committed. */
  createdAt: Scalars['DateTime']['output'];
  /** Opaque cursor of this change: pass it as `after` to read (or subscribe to) what followed it. */
  cursor: Scalars['String']['output'];
  /** The global, opaque id of the change (`chg_…`); a webhook delivery names it as `webhook-id`. */
  id: Scalars['ID']['output'];
  /** The object as it is now, or null when it is gone or not visible to you. */
  object?: Maybe<Node>;
  /** The id of the object that changed (it may since have been deleted). */
  objectId: Scalars['ID']['output'];
  /** The GraphQL type of the object that changed, e.g. `Task`. */
  objectType: Scalars['String']['output'];
  /** The id of the organization of the object. */
  organizationId: Scalars['ID']['output'];
  /**
   * Small facts of the change: the fields that changed (`changed`), `from` and `to` for status changes, `progress`
   * (`done`, `total`) for job progress. Never a secret.
   */
  payload: Scalars['JSON']['output'];
  /** The project of the object; null for organization-wide objects (prompts, memberships of the organization, tokens). */
  project?: Maybe<Project>;
  /** The id of the project, kept after the project is deleted; null for organization-wide objects. */
  projectId?: Maybe<Scalars['ID']['output']>;
  /** What happened. */
  type: ChangeType;
};

/** Who made a change. */
export type ChangeActor = {
  __typename?: 'ChangeActor';
  /** A person, a service token, a worker of Annograph or Annograph itself (imports from the CLI, retention). */
  kind: ChangeActorKind;
  /** The id of the service token, for SERVICE_TOKEN. */
  tokenId?: Maybe<Scalars['ID']['output']>;
  /** The person, for USER (null when you may not see them). */
  user?: Maybe<User>;
  /** The id of the person, for USER. */
  userId?: Maybe<Scalars['ID']['output']>;
  /** The worker's name (host:pid), for WORKER. */
  worker?: Maybe<Scalars['String']['output']>;
};

/** The kinds of actor a change names. */
export type ChangeActorKind =
  /** A service token. */
  | 'SERVICE_TOKEN'
  /** Annograph itself: the CLI, migrations, retention. */
  | 'SYSTEM'
  /** A person, by a personal token. */
  | 'USER'
  /** A worker step (coding task, inference run, webhook delivery). */
  | 'WORKER';

/** A page of the change log, oldest first. */
export type ChangeConnection = {
  __typename?: 'ChangeConnection';
  /** The changes of this page, each with its cursor. */
  edges: Array<ChangeEdge>;
  /** The changes of this page, without cursors. */
  nodes: Array<Change>;
  /** Whether more changes precede or follow this page, and its first and last cursors. */
  pageInfo: PageInfo;
  /** How many changes match, across pages. */
  totalCount: Scalars['Int']['output'];
};

/** A change in a page, with its cursor. */
export type ChangeEdge = {
  __typename?: 'ChangeEdge';
  /** Opaque cursor of this change, for after/before. */
  cursor: Scalars['String']['output'];
  /** The change. */
  node: Change;
};

/** What a change records. `…_STATUS_CHANGED` carries `from` and `to`; `JOB_PROGRESS` carries `progress`. */
export type ChangeType =
  /** An annotation was created. */
  | 'ANNOTATION_CREATED'
  /** An annotation was deleted. */
  | 'ANNOTATION_DELETED'
  /** An annotation's value or flags changed. */
  | 'ANNOTATION_UPDATED'
  /** A batch was created. */
  | 'BATCH_CREATED'
  /** A collecting batch of search sessions was released (`releaseId`). */
  | 'BATCH_RELEASED'
  /** A batch moved in its lifecycle (`from`, `to`). */
  | 'BATCH_STATUS_CHANGED'
  /** A batch's metadata changed. */
  | 'BATCH_UPDATED'
  /** A coder was deleted. */
  | 'CODER_DELETED'
  /** A coder was created or trained. */
  | 'CODER_UPDATED'
  /** A connector was created (`kind`; never its credentials). */
  | 'CONNECTOR_CREATED'
  /** A connector was deleted. */
  | 'CONNECTOR_DELETED'
  /** A connector run read every page (`created`, `updated`, `unchanged`, `failed`). */
  | 'CONNECTOR_RUN_COMPLETED'
  /** A connector run failed (`error`). */
  | 'CONNECTOR_RUN_FAILED'
  /** A connector run was queued (`trigger`). */
  | 'CONNECTOR_RUN_QUEUED'
  /** A connector's base URL, credentials or options changed (the names of the fields, never a credential). */
  | 'CONNECTOR_UPDATED'
  /** A correction tag was added. */
  | 'CORRECTION_TAG_CREATED'
  /** A correction tag was deleted. */
  | 'CORRECTION_TAG_DELETED'
  /** A correction tag was changed or confirmed. */
  | 'CORRECTION_TAG_UPDATED'
  /** A delivery was created. */
  | 'DELIVERY_CREATED'
  /** A delivery synced from its source changed: its name, time or tasks (`changed`, `added`, `removed`). */
  | 'DELIVERY_UPDATED'
  /** An export job was canceled. */
  | 'EXPORT_CANCELED'
  /** An export job's file was written (`objectCount`, `fileSize`, `sha256`). */
  | 'EXPORT_COMPLETED'
  /** An export job was created (`format`). */
  | 'EXPORT_CREATED'
  /** An export job failed (`error`). */
  | 'EXPORT_FAILED'
  /** An improvement item was claimed or completed (`from`, `to`). */
  | 'IMPROVEMENT_ITEM_STATUS_CHANGED'
  /** An inference run was created. */
  | 'INFERENCE_RUN_CREATED'
  /** An inference run moved in its lifecycle (`from`, `to`). */
  | 'INFERENCE_RUN_STATUS_CHANGED'
  /** A job (coding task, inference run, batch, export) advanced: `progress` gives `done` and `total`. */
  | 'JOB_PROGRESS'
  /** A membership of a project or organization was created. */
  | 'MEMBERSHIP_CREATED'
  /** A membership was removed. */
  | 'MEMBERSHIP_DELETED'
  /** A membership's role changed. */
  | 'MEMBERSHIP_UPDATED'
  /** A message was appended to a turn. */
  | 'MESSAGE_CREATED'
  /** An organization's settings changed. */
  | 'ORGANIZATION_UPDATED'
  /** A project was created. */
  | 'PROJECT_CREATED'
  /** A project was deleted. */
  | 'PROJECT_DELETED'
  /** A prompt was created. */
  | 'PROMPT_CREATED'
  /** A prompt was deleted. */
  | 'PROMPT_DELETED'
  /** A prompt changed. */
  | 'PROMPT_UPDATED'
  /** A prompt version was created. */
  | 'PROMPT_VERSION_CREATED'
  /** A prompt version was deleted. */
  | 'PROMPT_VERSION_DELETED'
  /** A prompt version changed. */
  | 'PROMPT_VERSION_UPDATED'
  /** A provider connection was created (never its key). */
  | 'PROVIDER_CONNECTION_CREATED'
  /** A session (correction or search) was created or registered. */
  | 'SESSION_CREATED'
  /** A session was deleted. */
  | 'SESSION_DELETED'
  /** A session changed (search events, irrelevant marks, segments annotated). */
  | 'SESSION_UPDATED'
  /** A session was queued for model improvement. */
  | 'SESSION_USED_FOR_IMPROVEMENT'
  /** A task was created. */
  | 'TASK_CREATED'
  /** A task was deleted. */
  | 'TASK_DELETED'
  /** A task moved in its lifecycle (`from`, `to`, and the event's kind). */
  | 'TASK_STATUS_CHANGED'
  /** A task's fields, metadata or data chunks changed. */
  | 'TASK_UPDATED'
  /** A thread was appended to a task. */
  | 'THREAD_CREATED'
  /** An API token was created (never its secret). */
  | 'TOKEN_CREATED'
  /** An API token was revoked. */
  | 'TOKEN_REVOKED'
  /** A turn was appended to a thread. */
  | 'TURN_CREATED'
  /** A webhook was created. */
  | 'WEBHOOK_CREATED'
  /** A webhook was deleted. */
  | 'WEBHOOK_DELETED'
  /** A webhook was disabled after too many failed deliveries in a row. */
  | 'WEBHOOK_DISABLED'
  /** A webhook's URL, types, state or secret changed. */
  | 'WEBHOOK_UPDATED';

/**
 * ABSA: aspect-based sentiment (class = aspect such as "Comfort", label = sentiment such as "POS"); CLASS: classes
 * only; LABEL: labels only; CLASSLABEL: both, independently.
 */
export type ClassificationType =
  /** Aspect-based sentiment: a tag's class is an aspect (e.g. `Comfort`) and its label a sentiment (e.g. `POS`). */
  | 'ABSA'
  /** Classification into classes only. */
  | 'CLASS'
  /** Classification into classes and labels, independently of each other. */
  | 'CLASSLABEL'
  /** Classification into labels only. */
  | 'LABEL';

/**
 * A model of a project. CLASSIFIER: a text model whose predicted tags on documents a correction session reviews
 * (DeepOpinion's model being improved). CODING: a value-to-code model of the coding service.
 */
export type Coder = Node & {
  __typename?: 'Coder';
  /** When the model was added to Annograph; for a trained coder, when its train task finished. */
  createdAt: Scalars['DateTime']['output'];
  /** The model's id in its source system (DeepOpinion's numeric model id). */
  externalId?: Maybe<Scalars['String']['output']>;
  /** Global id of the coder (`cdr_…`). */
  id: Scalars['ID']['output'];
  /** What the model is: a value-to-code model of train and code tasks, or a text classifier of correction sessions. */
  kind: CoderKind;
  /** The model's display name. */
  label: Scalars['String']['output'];
  /** The project the model belongs to; only tasks and sessions of this project use it. */
  project: Project;
  /** The model's score in its source system, if it reports one. */
  score?: Maybe<Scalars['Float']['output']>;
  /** The system the model came from: ANNOGRAPH for a coder a train task made here; a classifier keeps its origin (e.g. DEEPOPINION). */
  source: Source;
};

/** A page of a project's coders. */
export type CoderConnection = {
  __typename?: 'CoderConnection';
  /** The coders of this page, each with its cursor. */
  edges: Array<CoderEdge>;
  /** The coders of this page, without cursors. */
  nodes: Array<Coder>;
  /** Whether more coders precede or follow this page, and its first and last cursors. */
  pageInfo: PageInfo;
  /** How many coders the project has, across pages. */
  totalCount: Scalars['Int']['output'];
};

/**
 * What `coderDelete` returns. A deleted classifier takes its predictions and correction sessions with it; tasks that
 * used the coder keep no coder (`coding.coder` null).
 */
export type CoderDeletePayload = {
  __typename?: 'CoderDeletePayload';
  /** Id of the deleted coder; null when `userErrors` is not empty. */
  deletedCoderId?: Maybe<Scalars['ID']['output']>;
  /** Why the mutation did nothing (PRECONDITION_FAILED while a DRAFT, PENDING or IN_PROGRESS task uses it); empty on success. */
  userErrors: Array<UserError>;
};

/** A coder in a page, with its cursor. */
export type CoderEdge = {
  __typename?: 'CoderEdge';
  /** Opaque cursor of this coder, for after/before. */
  cursor: Scalars['String']['output'];
  /** The coder. */
  node: Coder;
};

/** What a coder is: a value-to-code model (CODING) or a text classifier (CLASSIFIER). */
export type CoderKind =
  /** A text model whose predicted tags on documents a correction session reviews (`CorrectionSessionCreateInput.modelId`). */
  | 'CLASSIFIER'
  /** Value-to-code tables learned by a TRAIN coding task; a CODE task applies them (IQB `Coder`). */
  | 'CODING';

/** The coding parts of a task (kind CODING). */
export type CodingDetails = {
  __typename?: 'CodingDetails';
  /** The coder a code task applies, or the coder a finished train task made. */
  coder?: Maybe<Coder>;
  /** Input chunks of responses, in the order added. */
  dataChunks: Array<DataChunk>;
  /** Instructions for a train task; they satisfy `codingService.instructionsSchema`. */
  instructions?: Maybe<Scalars['JSON']['output']>;
  /** The task's label (IQB `label`); null when none was given. A train task names the coder it makes `<label> (trained)`. */
  label?: Maybe<Scalars['String']['output']>;
  /** The output chunk of a finished code task. */
  output?: Maybe<DataChunk>;
  /** Share of the work done, 0-1, from the last progress event (`x/y`); 1 when finished, null before start. */
  progress?: Maybe<Scalars['Float']['output']>;
  /** Whether the task learns a coder (TRAIN) or applies one (CODE); UNKNOWN until set, and an UNKNOWN task cannot be committed. */
  type: CodingTaskType;
};

/** One response to one variable (IQB Standard Response, with the set it belongs to). */
export type CodingResponse = {
  __typename?: 'CodingResponse';
  /** The code (an integer category): as given in an INPUT chunk; in an OUTPUT chunk, the code found when CODING_COMPLETE, else null. */
  code?: Maybe<Scalars['Int']['output']>;
  /** Candidate codes, best first, when status is CODE_SELECTION_PENDING. */
  codes: Array<CandidateCode>;
  /**
   * The score of the code: as given in an INPUT chunk; in an OUTPUT chunk, the score most often given with the
   * found code in training, null when not CODING_COMPLETE or when that code was never given a score.
   */
  score?: Maybe<Scalars['Int']['output']>;
  /** The set the response belongs to, typically a test taker. */
  setId: Scalars['String']['output'];
  /**
   * In an INPUT chunk, the status as given. In an OUTPUT chunk, the coding result: CODING_COMPLETE,
   * CODE_SELECTION_PENDING or CODING_INCOMPLETE.
   */
  status: ResponseStatus;
  /** The sub-object the variable belongs to when variable ids repeat within a unit (IQB `subform`); null when none. */
  subform?: Maybe<Scalars['String']['output']>;
  /** The response's value as given (copied unchanged into the output), in one of six shapes. */
  value: ResponseValue;
  /** The variable (data source) id, matching ^[0-9a-zA-Z_-]+$. */
  variableId: Scalars['String']['output'];
};

/** A page of a data chunk's responses. */
export type CodingResponseConnection = {
  __typename?: 'CodingResponseConnection';
  /** The responses of this page, each with its cursor. */
  edges: Array<CodingResponseEdge>;
  /** The responses of this page, without cursors. */
  nodes: Array<CodingResponse>;
  /** Whether more responses precede or follow this page, and its first and last cursors. */
  pageInfo: PageInfo;
  /** How many responses the chunk holds, across pages. */
  totalCount: Scalars['Int']['output'];
};

/** A response in a page, with its cursor. */
export type CodingResponseEdge = {
  __typename?: 'CodingResponseEdge';
  /** Opaque cursor of this response, for after/before. */
  cursor: Scalars['String']['output'];
  /** The response. */
  node: CodingResponse;
};

/** One response to add to a coding task. */
export type CodingResponseInput = {
  /** Optional: the code given to this response; a train task learns only from responses that have one. */
  code?: InputMaybe<Scalars['Int']['input']>;
  /** Optional: the score of that code; a train task counts it so that code tasks can give the most frequent one. */
  score?: InputMaybe<Scalars['Int']['input']>;
  /** Required, 1 to 255 characters: the set the response belongs to, typically a test taker's id. */
  setId: Scalars['String']['input'];
  /**
   * Required: the response's status, stored as given (usually VALUE_CHANGED for an uncoded answer, CODING_COMPLETE
   * for a coded example); training does not look at it.
   */
  status: ResponseStatus;
  /** Optional: the sub-object the variable belongs to when variable ids repeat within a unit (IQB `subform`), at most 255 characters. */
  subform?: InputMaybe<Scalars['String']['input']>;
  /** A string, number or boolean, or a list of one of them. */
  value: Scalars['JSON']['input'];
  /** Required: the variable (data source) id, matching ^[0-9a-zA-Z_-]+$, at most 255 characters (IQB `id`). */
  variableId: Scalars['String']['input'];
};

/**
 * The coding service (IQB Coding Service API, seed 003): train tasks learn a Coder from coded responses; code tasks
 * apply a Coder to uncoded responses. Annograph is the service: `codingService` describes it.
 *
 * The algorithm (deterministic). Values are normalised: trimmed, inner whitespace collapsed, lower case unless
 * `caseSensitive`; lists sorted and joined. Train counts, per variable and normalised value, how often each code (and
 * score) was given, over the responses that carry a code, and stores the counts as a new Coder. Code looks a response
 * up by variable and normalised value: when the value has at least `minSupport` examples and its top code has at least
 * `ambiguity` share of them, the response is CODING_COMPLETE with that code and its most frequent score; when several
 * codes share the examples below that, it is CODE_SELECTION_PENDING with every candidate code, best first, and its
 * share as `parameter` (two decimals); an unseen value or variable is CODING_INCOMPLETE.
 */
export type CodingServiceInfo = {
  __typename?: 'CodingServiceInfo';
  /** The Coding Service API version it implements (semver). */
  apiVersion: Scalars['String']['output'];
  /**
   * The service's id, under IQB's name.
   * @deprecated Not a global id: clients that key objects by `id` expect one resolvable by `node(id:)`. Use `serviceId`.
   */
  id: Scalars['String']['output'];
  /** The JSON Schema (draft 2020-12) a task's instructions must satisfy. */
  instructionsSchema: Scalars['JSON']['output'];
  /** What instructions a train task takes, in words. */
  instructionsText: Scalars['String']['output'];
  /** train+code: train tasks make coders, code tasks use them. */
  mode: Scalars['String']['output'];
  /** The service's id (IQB `ServiceInfo.id`): always `annograph-coding`. */
  serviceId: Scalars['String']['output'];
  /** The kind of coding service (IQB `ServiceInfo.type`): `annograph-exact-value-coder`, exact normalised values with frequencies. */
  type: Scalars['String']['output'];
  /** The service's version (semver). */
  version: Scalars['String']['output'];
};

/** A new coding task (status DRAFT, IQB `create`). */
export type CodingTaskCreateInput = {
  /** The CODING coder of this project a code task applies. */
  coderId?: InputMaybe<Scalars['ID']['input']>;
  /**
   * Optional, for a train task: a JSON object satisfying `codingService.instructionsSchema` (`caseSensitive`,
   * default false; `minSupport`, default 1; `ambiguity`, 0.5 to 1, default 1); anything else is BAD_USER_INPUT.
   * A code task uses the instructions its coder was trained with instead.
   */
  instructions?: InputMaybe<Scalars['JSON']['input']>;
  /** Optional name of the task; a train task names its coder `<label> (trained)` (`coder (trained)` without one). */
  label?: InputMaybe<Scalars['String']['input']>;
  /** Required: the project to create the task in (you need MANAGER on it). */
  projectId: Scalars['ID']['input'];
  /** What the task will do; defaults to UNKNOWN, which must be changed before `taskCommit`. */
  type?: CodingTaskType;
};

/** What a coding task does: TRAIN learns a coder, CODE applies one; UNKNOWN until chosen. */
export type CodingTaskType =
  /** Applies its coder to the responses of its input chunks and writes an OUTPUT chunk (IQB `code`); needs a coder and an input chunk to be committed. */
  | 'CODE'
  /** Learns a new CODING coder from the coded responses of its input chunks (IQB `train`); needs instructions to be committed. */
  | 'TRAIN'
  /** Not chosen yet (IQB `unknown`), the default at creation; a task of this type cannot be committed. */
  | 'UNKNOWN';

/** Changes to a coding task that is still DRAFT; omitted fields stay as they are. */
export type CodingTaskUpdateInput = {
  /** Another CODING coder of the task's project; null clears it. */
  coderId?: InputMaybe<Scalars['ID']['input']>;
  /** New instructions, checked against `codingService.instructionsSchema`; null clears them. */
  instructions?: InputMaybe<Scalars['JSON']['input']>;
  /** New label; null clears it. */
  label?: InputMaybe<Scalars['String']['input']>;
  /** New type; null or omitted keeps the current one. */
  type?: InputMaybe<CodingTaskType>;
};

/**
 * A project's link to one upstream API: Annograph pages through it by the upstream's own contract and keeps what
 * it fetched as its own rows (source, external id, upstream status), idempotently per (project, source, external
 * id). The credentials are write-only: stored encrypted, never returned.
 */
export type Connector = Node & {
  __typename?: 'Connector';
  /** The upstream's base URL; every call goes there (and only there) through the outbound guard. */
  baseUrl: Scalars['String']['output'];
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Who created it; null for a service token or a removed user. */
  createdBy?: Maybe<User>;
  /** Whether credentials are stored (they are never returned). */
  hasCredentials: Scalars['Boolean']['output'];
  /** The global, opaque id of the connector (`conn_…`). */
  id: Scalars['ID']['output'];
  /** Minutes between scheduled runs; null: runs only on request. */
  intervalMinutes?: Maybe<Scalars['Int']['output']>;
  /** Which upstream contract it speaks. */
  kind: ConnectorKind;
  /** When the schedule enqueues the next run; null without a schedule. */
  nextRunAt?: Maybe<Scalars['DateTime']['output']>;
  /** The connector's options as JSON (e.g. `{ "projectName": "…" }` for Scale, `{ "batchIds": [...] }` for EmbeddingStudio). */
  options: Scalars['JSON']['output'];
  /** The project the upstream's records go into. */
  project: Project;
  /** The connector's runs, newest first. */
  runs: ConnectorRunConnection;
  /** Where incremental syncs continue (e.g. Scale's `completedAfter`), as JSON; `{}` before the first complete run. */
  state: Scalars['JSON']['output'];
  /** When it was last changed. */
  updatedAt: Scalars['DateTime']['output'];
};


/**
 * A project's link to one upstream API: Annograph pages through it by the upstream's own contract and keeps what
 * it fetched as its own rows (source, external id, upstream status), idempotently per (project, source, external
 * id). The credentials are write-only: stored encrypted, never returned.
 */
export type ConnectorRunsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of connectors. */
export type ConnectorConnection = {
  __typename?: 'ConnectorConnection';
  /** The connectors of this page, each with its cursor. */
  edges: Array<ConnectorEdge>;
  /** The connectors of this page, without cursors. */
  nodes: Array<Connector>;
  /** Whether more connectors precede or follow this page, and its first and last cursors. */
  pageInfo: PageInfo;
  /** How many connectors there are, across pages. */
  totalCount: Scalars['Int']['output'];
};

/** A new connector of a project. */
export type ConnectorCreateInput = {
  /** The upstream's base URL, http or https, without a password (required), e.g. `https://api.scale.com`. */
  baseUrl: Scalars['String']['input'];
  /** The API key or token (write-only: stored encrypted, never returned). Required for SCALE, LABEL_STUDIO, DEEPOPINION. */
  credentials?: InputMaybe<Scalars['String']['input']>;
  /** Which upstream contract (required). */
  kind: ConnectorKind;
  /** The kind's options (SCALE: `projectName`; EMBEDDING_STUDIO: `batchIds`; DEEPOPINION: `projectId`, `statuses`; LABEL_STUDIO: `pageSize`) and `intervalMinutes` for a schedule. */
  options?: InputMaybe<Scalars['JSON']['input']>;
  /** The project the records go into (required); the caller needs MANAGER on it. */
  projectId: Scalars['ID']['input'];
};

/** What connectorDelete returns: the id of the deleted connector, or why nothing was done. */
export type ConnectorDeletePayload = {
  __typename?: 'ConnectorDeletePayload';
  /** The id of the deleted connector (its runs go with it); null when `userErrors` is not empty. */
  deletedId?: Maybe<Scalars['ID']['output']>;
  /** Why the mutation did nothing; empty on success. */
  userErrors: Array<UserError>;
};

/** A connector with its cursor. */
export type ConnectorEdge = {
  __typename?: 'ConnectorEdge';
  /** Opaque cursor of this connector, for after/before. */
  cursor: Scalars['String']['output'];
  /** The connector. */
  node: Connector;
};

/** The upstream APIs a connector pulls from (reference/upstream-apis.md). */
export type ConnectorKind =
  /** DeepOpinion Studio: the correction sessions of a project, by status. */
  | 'DEEPOPINION'
  /** EmbeddingStudio: the search sessions of the configured session batches. */
  | 'EMBEDDING_STUDIO'
  /** IQB coding service: service info, coders, tasks with their events and data chunks. */
  | 'IQB'
  /** Label Studio Enterprise Prompts: prompts, their versions and inference runs. */
  | 'LABEL_STUDIO'
  /** Scale GenAI v2: the project's batches and tasks (`/v2/batches`, `/v2/tasks` by project name, next_token). */
  | 'SCALE';

/** What connectorCreate and connectorUpdate return: the connector, or why nothing was done. */
export type ConnectorPayload = {
  __typename?: 'ConnectorPayload';
  /** The connector after the change; null when `userErrors` is not empty. */
  connector?: Maybe<Connector>;
  /** Why the mutation did nothing; empty on success. */
  userErrors: Array<UserError>;
};

/**
 * One sync of a connector, run by a leased worker: each page of the upstream is written, then its counts and its
 * checkpoint are committed, so a crash resumes after the last committed page.
 */
export type ConnectorRun = Job & Node & {
  __typename?: 'ConnectorRun';
  /** The connector run. */
  connector: Connector;
  /** Records new to the project. */
  created: Scalars['Int']['output'];
  /** When it was queued. */
  createdAt: Scalars['DateTime']['output'];
  /** Who started it; null for the schedule, the CLI, a service token or a removed user. */
  createdBy?: Maybe<User>;
  /** Why the run failed; null unless FAILED. */
  error?: Maybe<Scalars['String']['output']>;
  /** Null: an upstream's size is not known in advance. */
  estimatedFinishAt?: Maybe<Scalars['DateTime']['output']>;
  /** Records not written (they did not validate, or could not be written). */
  failed: Scalars['Int']['output'];
  /** The first 100 records not written, with their external ids and reasons. */
  failures: Array<ConnectorRunFailure>;
  /** When it reached a final status; null before. */
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The global, opaque id of the run (`crun_…`). */
  id: Scalars['ID']['output'];
  /** Records read (done), of which failed; the total is unknown until the end (then equal to done). */
  jobProgress: JobProgress;
  /** Where the run is as a job. */
  jobStatus: JobStatus;
  /** Upstream pages written so far. */
  pages: Scalars['Int']['output'];
  /** When a worker first took it up; null before. */
  startedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Where the run is. */
  status: ConnectorRunStatus;
  /** What started it: `MANUAL` (connectorRun), `SCHEDULE` (intervalMinutes) or `CLI` (annograph sync). */
  trigger: Scalars['String']['output'];
  /** Records unchanged since the last sync: nothing was written. */
  unchanged: Scalars['Int']['output'];
  /** Records that had changed upstream: their subtree was replaced. */
  updated: Scalars['Int']['output'];
};

/** A page of connector runs. */
export type ConnectorRunConnection = {
  __typename?: 'ConnectorRunConnection';
  /** The runs of this page, each with its cursor. */
  edges: Array<ConnectorRunEdge>;
  /** The runs of this page, without cursors. */
  nodes: Array<ConnectorRun>;
  /** Whether more runs precede or follow this page, and its first and last cursors. */
  pageInfo: PageInfo;
  /** How many runs there are, across pages. */
  totalCount: Scalars['Int']['output'];
};

/** A connector run with its cursor. */
export type ConnectorRunEdge = {
  __typename?: 'ConnectorRunEdge';
  /** Opaque cursor of this run, for after/before. */
  cursor: Scalars['String']['output'];
  /** The run. */
  node: ConnectorRun;
};

/** A record of a run that was not written, with the upstream's id for it and why. */
export type ConnectorRunFailure = {
  __typename?: 'ConnectorRunFailure';
  /** The upstream's id of the record; null when it had none. */
  externalId?: Maybe<Scalars['String']['output']>;
  /** Why it was not written. */
  reason: Scalars['String']['output'];
  /** The upstream object's kind (`task`, `prompt`, `session`, …). */
  type: Scalars['String']['output'];
};

/** What connectorRun returns: the queued run, or why nothing was done. */
export type ConnectorRunPayload = {
  __typename?: 'ConnectorRunPayload';
  /** The PENDING run; null when `userErrors` is not empty. */
  run?: Maybe<ConnectorRun>;
  /** Why the mutation did nothing (CONFLICT while another run of the connector is PENDING or IN_PROGRESS). */
  userErrors: Array<UserError>;
};

/**
 * Where a connector run is: PENDING until a worker takes it, IN_PROGRESS while it pages, then COMPLETED, FAILED
 * (`error` says why: revoked credentials, an upstream that kept failing) or CANCELED.
 */
export type ConnectorRunStatus =
  /** Canceled (its connector was deleted). Final. */
  | 'CANCELED'
  /** Every page was read and written. Final. */
  | 'COMPLETED'
  /** The run stopped with an error (`error`); the pages committed before stay. Final. */
  | 'FAILED'
  /** A worker is paging through the upstream. */
  | 'IN_PROGRESS'
  /** Waiting for a worker. */
  | 'PENDING';

/** Changes to a connector; omitted fields stay as they are. */
export type ConnectorUpdateInput = {
  /** A new base URL. */
  baseUrl?: InputMaybe<Scalars['String']['input']>;
  /** New credentials (write-only); an empty string removes them. */
  credentials?: InputMaybe<Scalars['String']['input']>;
  /** New options, replacing the old ones (with `intervalMinutes`; null there removes the schedule). */
  options?: InputMaybe<Scalars['JSON']['input']>;
};

/** A correction session's state after a change: every change answers with the session's new measures. */
export type CorrectionChangePayload = {
  __typename?: 'CorrectionChangePayload';
  /** The session's `predictedScore` after the change; null when the mutation did nothing or no segment is annotated yet. */
  predictedScore?: Maybe<Scalars['Int']['output']>;
  /** The session's `progress` after the change (percent, 0-100); null when the mutation did nothing. */
  progress?: Maybe<Scalars['Float']['output']>;
  /** The segment marked annotated (`correctionSegmentMarkAnnotated` only); null otherwise. */
  segment?: Maybe<CorrectionSegment>;
  /** The session after the change; null when the mutation did nothing. */
  session?: Maybe<CorrectionSession>;
  /** The tag added, changed or confirmed; null after a delete, a segment mark, or when the mutation did nothing. */
  tag?: Maybe<CorrectionTag>;
  /** Why the mutation did nothing; empty on success. */
  userErrors: Array<UserError>;
};

/** A document within a correction session: its segments and the session's tags on them. */
export type CorrectionDocument = {
  __typename?: 'CorrectionDocument';
  /** The document. */
  document: Document;
  /** The document's segments in text order (by start offset), each with this session's review state and tags. */
  segments: Array<CorrectionSegment>;
};

/** A page of a correction session's documents. */
export type CorrectionDocumentConnection = {
  __typename?: 'CorrectionDocumentConnection';
  /** The documents of this page, each with its cursor. */
  edges: Array<CorrectionDocumentEdge>;
  /** The documents of this page, without cursors. */
  nodes: Array<CorrectionDocument>;
  /** Whether more documents precede or follow this page, and its first and last cursors. */
  pageInfo: PageInfo;
  /** How many documents the session holds, across pages. */
  totalCount: Scalars['Int']['output'];
};

/** A document of a page, with its cursor. */
export type CorrectionDocumentEdge = {
  __typename?: 'CorrectionDocumentEdge';
  /** Opaque cursor of this document, for after/before. */
  cursor: Scalars['String']['output'];
  /** The document with the session's segments and tags. */
  node: CorrectionDocument;
};

/** A segment of a document in one correction session. */
export type CorrectionSegment = {
  __typename?: 'CorrectionSegment';
  /** When a reviewer marked the segment annotated; null until then. */
  annotatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The segment itself, shared by every session whose sample holds its document. */
  segment: Segment;
  /** The session's tags on the segment. */
  tags: Array<CorrectionTag>;
};

/**
 * A correction session (DeepOpinion Studio): a reproducible sample of the project's documents, with the tags a
 * model predicted on their segments, for people to review and correct. Reviewing measures the model: see
 * `progress` and `predictedScore`.
 */
export type CorrectionSession = Node & Session & {
  __typename?: 'CorrectionSession';
  /**
   * The distinct classes among the model's predicted tags on the sample, in alphabetical order (DeepOpinion
   * `classes`); set when the session starts and not updated by later changes.
   */
  classes: Array<Scalars['String']['output']>;
  /** When the session was started. */
  createdAt: Scalars['DateTime']['output'];
  /** Free text about the session; null when none was given. */
  description?: Maybe<Scalars['String']['output']>;
  /** How many documents the session holds. */
  documentCount: Scalars['Int']['output'];
  /** The session's documents (kept when the session is deleted). */
  documentGroup?: Maybe<DocumentGroup>;
  /** The session's documents with their segments and tags, oldest first. */
  documents: CorrectionDocumentConnection;
  /** The session's id in its source system (DeepOpinion's numeric id). */
  externalId?: Maybe<Scalars['String']['output']>;
  /** When the last segment was annotated (status FINISHED). */
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Global id of the correction session (`csn_…`). */
  id: Scalars['ID']['output'];
  /**
   * The distinct labels among the model's predicted tags on the sample, in alphabetical order (DeepOpinion
   * `labels`); set when the session starts and not updated by later changes.
   */
  labels: Array<Scalars['String']['output']>;
  /** Always CORRECTION (DeepOpinion's labeling sessions in ANNOTATION mode are not correction sessions). */
  mode: SessionMode;
  /** The model being improved. */
  model: Coder;
  /** The session's name; default `Correction of <model label>` (DeepOpinion `name`). */
  name: Scalars['String']['output'];
  /** The organization of the session's project. */
  organization: Organization;
  /**
   * The projected new score: of the annotated segments, the share (percent, rounded) whose predicted tags the reviewer
   * kept unchanged, i.e. the model's observed accuracy on the sample. Null until a segment is annotated.
   */
  predictedScore?: Maybe<Scalars['Int']['output']>;
  /** Annotated segments / all segments of the session, in percent (0-100). */
  progress: Scalars['Float']['output'];
  /** The project whose documents the session samples. */
  project: Project;
  /** ANNOGRAPH for a session made with `correctionSessionCreate`; DEEPOPINION for one that came from DeepOpinion Studio. */
  source: Source;
  /** Where the session stands in its lifecycle; only STARTED and ANNOTATING sessions take changes. */
  status: CorrectionStatus;
  /** What the session's tags classify (DeepOpinion `type`); chosen at creation, default ABSA. */
  type: ClassificationType;
  /** Who created the session. */
  user?: Maybe<User>;
  /** The unique id of the session (DeepOpinion `uuid`). */
  uuid: Scalars['String']['output'];
};


/**
 * A correction session (DeepOpinion Studio): a reproducible sample of the project's documents, with the tags a
 * model predicted on their segments, for people to review and correct. Reviewing measures the model: see
 * `progress` and `predictedScore`.
 */
export type CorrectionSessionDocumentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of correction sessions. */
export type CorrectionSessionConnection = {
  __typename?: 'CorrectionSessionConnection';
  /** The sessions of this page, each with its cursor. */
  edges: Array<CorrectionSessionEdge>;
  /** The sessions of this page, without cursors. */
  nodes: Array<CorrectionSession>;
  /** Whether more sessions precede or follow this page, and its first and last cursors. */
  pageInfo: PageInfo;
  /** How many sessions match the `status` filter, across pages. */
  totalCount: Scalars['Int']['output'];
};

/** A new correction session of a project, reviewing one of its classifiers. */
export type CorrectionSessionCreateInput = {
  /** Free text, at most 5000 characters; optional. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The CLASSIFIER coder to review. */
  modelId: Scalars['ID']['input'];
  /** 1 to 200 characters; optional, default `Correction of <model label>`. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** The project to sample documents from; required, and it must hold at least one document. */
  projectId: Scalars['ID']['input'];
  /** How many documents to sample (1 to 1000). Default 20. */
  sampleSize?: InputMaybe<Scalars['Int']['input']>;
  /** What the session's tags classify; default ABSA. */
  type?: InputMaybe<ClassificationType>;
};

/** What `correctionSessionDelete` deleted. */
export type CorrectionSessionDeletePayload = {
  __typename?: 'CorrectionSessionDeletePayload';
  /** The id of the deleted session; null when nothing was deleted. */
  deletedSessionId?: Maybe<Scalars['ID']['output']>;
  /** Why the mutation did nothing; empty on success. */
  userErrors: Array<UserError>;
};

/** A correction session of a page, with its cursor. */
export type CorrectionSessionEdge = {
  __typename?: 'CorrectionSessionEdge';
  /** Opaque cursor of this session, for after/before. */
  cursor: Scalars['String']['output'];
  /** The session. */
  node: CorrectionSession;
};

/** The correction session `correctionSessionCreate` made. */
export type CorrectionSessionPayload = {
  __typename?: 'CorrectionSessionPayload';
  /** The new session, STARTED, with its sample and predicted tags; null when the mutation did nothing. */
  session?: Maybe<CorrectionSession>;
  /** Why the mutation did nothing; empty on success. */
  userErrors: Array<UserError>;
};

/**
 * Correction session lifecycle: CREATED -> SAMPLING -> PREDICTING -> STARTED (on creation) -> ANNOTATING (first
 * change) -> FINISHED (every segment annotated). FAILED and DELETING are DeepOpinion's own; both refuse changes.
 */
export type CorrectionStatus =
  /** A reviewer has changed, confirmed or marked something; takes changes until every segment is annotated. */
  | 'ANNOTATING'
  /** Created, before its sample is drawn; a session made in Annograph passes it within `correctionSessionCreate`. */
  | 'CREATED'
  /** Being deleted in DeepOpinion Studio; Annograph deletes at once and never sets it. Takes no changes. */
  | 'DELETING'
  /** Failed in DeepOpinion Studio; Annograph never sets it. Takes no changes. */
  | 'FAILED'
  /** Every segment is annotated and `finishedAt` is set. Takes no changes. */
  | 'FINISHED'
  /** Taking the model's predicted tags on the sample's segments; passed within `correctionSessionCreate`. */
  | 'PREDICTING'
  /** Drawing the sample of documents into a new document group; passed within `correctionSessionCreate`. */
  | 'SAMPLING'
  /** Ready for review with nothing changed yet: what `correctionSessionCreate` returns. Takes changes. */
  | 'STARTED';

/** A class/label tag on a segment, in one correction session. */
export type CorrectionTag = Node & {
  __typename?: 'CorrectionTag';
  /** The tag's class (the aspect, for ABSA); null for a tag with a label only. */
  class?: Maybe<Scalars['String']['output']>;
  /** Global id of the tag (`ctag_…`). */
  id: Scalars['ID']['output'];
  /** The tag's label (the sentiment, for ABSA); null for a tag with a class only. */
  label?: Maybe<Scalars['String']['output']>;
  /** The tag came from the model's prediction (and is unchanged so far). */
  predicted: Scalars['Boolean']['output'];
  /** The segment the tag is on. */
  segment: Segment;
  /** [start, end) character offsets in the document of what the tag covers; predicted tags cover their segment. Null when none was given. */
  span?: Maybe<Array<Scalars['Int']['output']>>;
  /** READY to be used, or still CORRECTING. */
  status: TagStatus;
  /** The text the tag covers; predicted tags carry their segment's text. Null when none was given. */
  text?: Maybe<Scalars['String']['output']>;
};

/** What a tag says: a class, a label or both, on a span of the segment. */
export type CorrectionTagInput = {
  /** The class (the aspect, for ABSA), 1 to 200 characters; a tag needs a class, a label or both. */
  class?: InputMaybe<Scalars['String']['input']>;
  /** The label (the sentiment, for ABSA), 1 to 200 characters; a tag needs a class, a label or both. */
  label?: InputMaybe<Scalars['String']['input']>;
  /** [start, end) character offsets in the document, within the segment's span (outside it: BAD_USER_INPUT); optional. */
  span?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** The text the tag covers, at most 10000 characters; optional. */
  text?: InputMaybe<Scalars['String']['input']>;
};

/** A chunk of responses of a coding task. */
export type DataChunk = Node & {
  __typename?: 'DataChunk';
  /** When the chunk was added (INPUT) or written at the task's finish (OUTPUT). */
  createdAt: Scalars['DateTime']['output'];
  /** Global id of the chunk (`dchk_…`). */
  id: Scalars['ID']['output'];
  /** How many responses it holds. */
  responseCount: Scalars['Int']['output'];
  /** Its responses, in the order given. */
  responses: CodingResponseConnection;
  /** The coding task the chunk belongs to. */
  task: Task;
  /** INPUT (added with `taskDataAdd`) or OUTPUT (written by a finished code task). */
  type: DataChunkType;
};


/** A chunk of responses of a coding task. */
export type DataChunkResponsesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** What `taskDataDelete` returns. */
export type DataChunkDeletePayload = {
  __typename?: 'DataChunkDeletePayload';
  /** Id of the deleted chunk; null when `userErrors` is not empty. */
  deletedChunkId?: Maybe<Scalars['ID']['output']>;
  /** Why the mutation did nothing; empty on success. */
  userErrors: Array<UserError>;
};

/** What `taskDataAdd` returns. */
export type DataChunkPayload = {
  __typename?: 'DataChunkPayload';
  /** The new INPUT chunk; null when `userErrors` is not empty. */
  chunk?: Maybe<DataChunk>;
  /** Why the mutation did nothing; empty on success. */
  userErrors: Array<UserError>;
};

/** INPUT chunks are given to a task; the OUTPUT chunk is what a code task produced. */
export type DataChunkType =
  /** Responses given to the task with `taskDataAdd` while it was DRAFT (IQB `input`). */
  | 'INPUT'
  /** The coded responses of a finished code task: one per input response, in input order (IQB `output`). */
  | 'OUTPUT';

/** What `promptDelete` and `promptVersionDelete` return: the deleted id, or why nothing was deleted. */
export type DeletePayload = {
  __typename?: 'DeletePayload';
  /** The id of the deleted prompt or version; null when `userErrors` is not empty. */
  deletedId?: Maybe<Scalars['ID']['output']>;
  /** Why the mutation did nothing; empty on success. */
  userErrors: Array<UserError>;
};

/** Completed tasks of a project handed over together at one point in time (Scale deliveries). A task is delivered once. */
export type Delivery = Node & {
  __typename?: 'Delivery';
  /** When the tasks were handed over; for `deliveryCreate`, the moment the mutation ran. */
  deliveredAt: Scalars['DateTime']['output'];
  /** The delivery's id in its source system (Scale's delivery `id`); null for deliveries made in Annograph. */
  externalId?: Maybe<Scalars['String']['output']>;
  /** Global id of the delivery (`dlv_…`). */
  id: Scalars['ID']['output'];
  /** Unique within the project. */
  name: Scalars['String']['output'];
  /** The project whose tasks were delivered. */
  project: Project;
  /** The system the delivery was made in; ANNOGRAPH for deliveries made with `deliveryCreate`. */
  source: Source;
  /** How many tasks the delivery holds. */
  taskCount: Scalars['Int']['output'];
  /** The delivered tasks, in Annograph's creation order unless `orderBy`. */
  tasks: TaskConnection;
};


/** Completed tasks of a project handed over together at one point in time (Scale deliveries). A task is delivered once. */
export type DeliveryTasksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TaskFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<TaskOrder>;
};

/** A page of deliveries. */
export type DeliveryConnection = {
  __typename?: 'DeliveryConnection';
  /** The deliveries of this page, each with its cursor. */
  edges: Array<DeliveryEdge>;
  /** The deliveries of this page, without cursors. */
  nodes: Array<Delivery>;
  /** Whether more deliveries precede or follow this page, and its first and last cursors. */
  pageInfo: PageInfo;
  /** How many deliveries match the filter, across pages. */
  totalCount: Scalars['Int']['output'];
};

/** A new delivery of completed tasks. */
export type DeliveryCreateInput = {
  /** Required: unique within the project, 1 to 200 characters (surrounding spaces are trimmed). */
  name: Scalars['String']['input'];
  /** Required: the project whose tasks to deliver (you need MANAGER on it). */
  projectId: Scalars['ID']['input'];
  /**
   * The tasks to deliver: COMPLETED, of the project, not delivered yet. Omitted: every such task of the project. An id
   * that is no task of the project answers NOT_FOUND (field `["input", "taskIds", "<index>"]`).
   */
  taskIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** A delivery in a page, with its cursor. */
export type DeliveryEdge = {
  __typename?: 'DeliveryEdge';
  /** Opaque cursor of this delivery, for after/before. */
  cursor: Scalars['String']['output'];
  /** The delivery. */
  node: Delivery;
};

/** Narrows a list of deliveries; ranges include their bounds. */
export type DeliveryFilter = {
  /** Only deliveries delivered at or after this instant. */
  deliveredAfter?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only deliveries delivered at or before this instant. */
  deliveredBefore?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only the delivery with exactly this name. */
  name?: InputMaybe<Scalars['String']['input']>;
};

/**
 * What `deliveryCreate` returns. All or nothing: when any named task cannot be delivered, or there is no task to
 * deliver, no delivery is made and `userErrors` says why: NOT_FOUND for a named id that is no task of the project,
 * PRECONDITION_FAILED for a task that is not COMPLETED or delivered already, or when there is nothing to deliver.
 */
export type DeliveryPayload = {
  __typename?: 'DeliveryPayload';
  /** The new delivery; null when `userErrors` is not empty. */
  delivery?: Maybe<Delivery>;
  /** Why the mutation did nothing; empty on success. */
  userErrors: Array<UserError>;
};

/** A text of a project, split in segments. */
export type Document = Node & {
  __typename?: 'Document';
  /** The document's id in its source system; null when it has none. */
  externalId?: Maybe<Scalars['String']['output']>;
  /** Global id of the document (`doc_…`). */
  id: Scalars['ID']['output'];
  /** The document's full text; segment and tag spans are offsets into it. */
  text: Scalars['String']['output'];
};

/** A set of a project's documents. */
export type DocumentGroup = Node & {
  __typename?: 'DocumentGroup';
  /** When the group was made. */
  createdAt: Scalars['DateTime']['output'];
  /** How many documents the group holds. */
  documentCount: Scalars['Int']['output'];
  /** Global id of the document group (`dgrp_…`). */
  id: Scalars['ID']['output'];
  /** The group's name; a correction sample is named `<session name> sample`. */
  name: Scalars['String']['output'];
  /** How the group came to be. */
  origin: DocumentGroupOrigin;
  /** The project the documents belong to. */
  project: Project;
};

/** How a document group came to be (DeepOpinion `source`); correction samples are CORRECTION. */
export type DocumentGroupOrigin =
  /** The documents of a DeepOpinion analysis (a batch inference over documents). */
  | 'ANALYSIS'
  /** The documents of a DeepOpinion labeling session. */
  | 'ANNOTATIONS'
  /** The sample drawn for a correction session: `correctionSessionCreate` makes one per session. */
  | 'CORRECTION'
  /** Documents uploaded as a group. */
  | 'UPLOAD';

/** What exportCancel returns: the canceled export, or why nothing was done. */
export type ExportCancelPayload = {
  __typename?: 'ExportCancelPayload';
  /** The export after the change; null when `userErrors` is not empty. */
  export?: Maybe<ExportJob>;
  /** Why the mutation did nothing (INVALID_STATE_TRANSITION once final); empty on success. */
  userErrors: Array<UserError>;
};

/** A new export of a project's tasks. */
export type ExportCreateInput = {
  /** Which tasks; omitted: every task of the project (the filter's own `projectId` is ignored). */
  filter?: InputMaybe<TaskFilter>;
  /** The file's format (required). */
  format: ExportFormat;
  /** How the format writes; each format reads the options that apply to it. */
  options?: InputMaybe<ExportOptions>;
  /** The project to export (required); the caller needs MANAGER on it. */
  projectId: Scalars['ID']['input'];
};

/** What an export mutation returns: the export, or why nothing was done. */
export type ExportCreatePayload = {
  __typename?: 'ExportCreatePayload';
  /** The export after the change; null when `userErrors` is not empty. */
  export?: Maybe<ExportJob>;
  /** Why the mutation did nothing; empty on success. */
  userErrors: Array<UserError>;
};

/** The file formats an export job writes. */
export type ExportFormat =
  /** Label Studio's JSON export: one array of tasks with their annotations and predictions. */
  | 'LABEL_STUDIO_JSON'
  /** TRL's preference format: `{"prompt", "chosen", "rejected"}` per ordered pair of alternative messages. */
  | 'PREFERENCE_PAIRS'
  /** TRL's prompt-completion format: `{"prompt", "completion"}`. */
  | 'PROMPT_COMPLETION'
  /** Scale Task JSON, one task per line, field for field what `annograph export scale` writes and imports accept. */
  | 'SCALE_JSONL'
  /** TRL's conversational format: one line per thread, `{"messages": [{"role", "content"}, ...]}`. */
  | 'SFT_MESSAGES';

/**
 * An asynchronous export of a project's tasks to one file in a training format (Shopify's bulk operations are the
 * model): a worker pages through the matching tasks by id and writes each page, so a large project neither times
 * out nor fills memory; a crash resumes at the last page written. Download the file from `url` with the same token.
 */
export type ExportJob = Job & Node & {
  __typename?: 'ExportJob';
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Who created it; null for a service token or a removed user. */
  createdBy?: Maybe<User>;
  /** Why it failed; null unless FAILED. */
  error?: Maybe<Scalars['String']['output']>;
  /** From the export's pace so far; null when it is not running or nothing is read yet. */
  estimatedFinishAt?: Maybe<Scalars['DateTime']['output']>;
  /** When a COMPLETED file is deleted (EXPORT_TTL_HOURS after it finished); null until COMPLETED. */
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  /** The file's size in bytes; null until COMPLETED. */
  fileSize?: Maybe<Scalars['Int']['output']>;
  /** The TaskFilter the export was created with, as JSON (`{}` for every task). */
  filter: Scalars['JSON']['output'];
  /** When it reached a final status; null before. */
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The file's format. */
  format: ExportFormat;
  /** The global, opaque id of the export (`exp_…`). */
  id: Scalars['ID']['output'];
  /** Tasks read of the tasks matching at the start. */
  jobProgress: JobProgress;
  /** Where the export is as a job. */
  jobStatus: JobStatus;
  /** Records written so far (lines of a JSONL file, elements of a JSON array); a task may give none or several. */
  objectCount: Scalars['Int']['output'];
  /** The ExportOptions the export was created with, as JSON. */
  options: Scalars['JSON']['output'];
  /** The project exported. */
  project: Project;
  /** Tasks read so far. */
  rootObjectCount: Scalars['Int']['output'];
  /** The file's SHA-256 (hex), also its download ETag; null until COMPLETED. */
  sha256?: Maybe<Scalars['String']['output']>;
  /** When a worker first took it up; null before. */
  startedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Where the export is. */
  status: ExportStatus;
  /** Tasks matching the filter when the worker started (counted, never listed); null before. */
  totalCount?: Maybe<Scalars['Int']['output']>;
  /** The download path (`/exports/<id>/file`, same token auth); null until COMPLETED and after `expiresAt`. */
  url?: Maybe<Scalars['String']['output']>;
};

/** A page of export jobs. */
export type ExportJobConnection = {
  __typename?: 'ExportJobConnection';
  /** The exports of this page, each with its cursor. */
  edges: Array<ExportJobEdge>;
  /** The exports of this page, without cursors. */
  nodes: Array<ExportJob>;
  /** Whether more exports precede or follow this page, and its first and last cursors. */
  pageInfo: PageInfo;
  /** How many exports match, across pages. */
  totalCount: Scalars['Int']['output'];
};

/** An export job with its cursor. */
export type ExportJobEdge = {
  __typename?: 'ExportJobEdge';
  /** Opaque cursor of this export, for after/before. */
  cursor: Scalars['String']['output'];
  /** The export. */
  node: ExportJob;
};

/** Narrows a project's exports; all given fields must match. */
export type ExportJobFilter = {
  /** Exports of this format. */
  format?: InputMaybe<ExportFormat>;
  /** Exports in any of these statuses (empty or omitted: any). */
  status?: InputMaybe<Array<ExportStatus>>;
};

/** How an export writes its file; each format reads the options that apply to it and ignores the others. */
export type ExportOptions = {
  /** SFT_MESSAGES, PROMPT_COMPLETION: only threads with an annotation meeting this condition; omitted: every thread. */
  condition?: InputMaybe<AnnotationCondition>;
  /** PREFERENCE_PAIRS: all ordered pairs or best versus rest (default ALL_PAIRS). */
  pairs?: InputMaybe<PreferencePairs>;
  /** SFT_MESSAGES, PROMPT_COMPLETION, PREFERENCE_PAIRS: a system message put first in each conversation. */
  systemMessage?: InputMaybe<Scalars['String']['input']>;
  /** SFT_MESSAGES, PROMPT_COMPLETION: all turns or up to the last (default ALL). */
  turns?: InputMaybe<ExportTurns>;
};

/**
 * Where an export job is: PENDING until a worker takes it, IN_PROGRESS while it writes, then COMPLETED (the file can
 * be downloaded until `expiresAt`), FAILED or CANCELED.
 */
export type ExportStatus =
  /** Canceled on request; the partial file is deleted. Final. */
  | 'CANCELED'
  /** The file is written; `url` downloads it until `expiresAt`. Final. */
  | 'COMPLETED'
  /** The export stopped with an error (`error`). Final. */
  | 'FAILED'
  /** A worker is writing the file. */
  | 'IN_PROGRESS'
  /** Waiting for a worker. */
  | 'PENDING';

/** Which turns of a thread an SFT_MESSAGES or PROMPT_COMPLETION line holds. */
export type ExportTurns =
  /** Every turn, in order: one line per thread. */
  | 'ALL'
  /** The last turn only (after the thread's opening system messages, if any): one line per thread. */
  | 'LAST';

/** Someone outside Annograph who made an annotation, as the system that knows them names them. Not a node. */
export type ExternalContributor = {
  __typename?: 'ExternalContributor';
  /** The contributor's id in that system; null when the source did not say who. */
  externalId?: Maybe<Scalars['String']['output']>;
  /** The system that knows the contributor, e.g. SCALE, or ANNOGRAPH for a service token. */
  source: Source;
};

/** An external contributor, as the system that knows them names them. */
export type ExternalContributorInput = {
  /** The contributor's id in that system; null when it does not say who. */
  externalId?: InputMaybe<Scalars['String']['input']>;
  /** The system that knows the contributor, e.g. SCALE. */
  source: Source;
};

/** A file given as the answer. */
export type FileAnnotationValue = {
  __typename?: 'FileAnnotationValue';
  /** The file given; null when not answered yet. */
  file?: Maybe<Attachment>;
  /** Files that could be chosen. */
  possibleFiles: Array<Attachment>;
};

/** A record an import refused, and why. */
export type ImportFailure = {
  __typename?: 'ImportFailure';
  /** 1-based position of the record (its line in a JSONL file). */
  line: Scalars['Int']['output'];
  /**
   * Why: each validation problem as `path: message` (joined by `; `), e.g.
   * `threads.0.turns.0.messages.0.annotations.1.value: value does not fit type INTEGER: …`, `batch: batch "b" is CANCELED: …`, or
   * `could not be written: …` for a write error.
   */
  reason: Scalars['String']['output'];
  /** The record's `task_id`, when it had one. */
  taskId?: Maybe<Scalars['String']['output']>;
};

/** What an import did. Re-importing the same records changes nothing (upstream `task_id` is the external id). */
export type ImportSummary = {
  __typename?: 'ImportSummary';
  /** Records that became new tasks. */
  created: Scalars['Int']['output'];
  /** Records refused; `failures` says which and why. */
  failed: Scalars['Int']['output'];
  /** Why each failed record was refused; nothing of it was written. */
  failures: Array<ImportFailure>;
  /** Records identical to what was imported before (same content): skipped, nothing written. */
  unchanged: Scalars['Int']['output'];
  /** Records whose task existed with other content: the task was replaced whole. */
  updated: Scalars['Int']['output'];
};

/** A search session queued for model improvement: PENDING -> PROCESSING (claimed by a worker) -> DONE or FAILED. */
export type ImprovementItem = Node & {
  __typename?: 'ImprovementItem';
  /** When the session was queued (`sessionUseForImprovement`). */
  createdAt: Scalars['DateTime']['output'];
  /** What the worker reported (at most 1500 characters). */
  detail?: Maybe<Scalars['String']['output']>;
  /** Global id of the item (`imp_…`). */
  id: Scalars['ID']['output'];
  /** Until when the claiming worker holds it; after that another worker may claim it. */
  leaseUntil?: Maybe<Scalars['DateTime']['output']>;
  /** The project of the session. */
  project: Project;
  /** The search session to learn from. */
  session: SearchSession;
  /** Where the item stands in its lifecycle. */
  status: ImprovementItemStatus;
  /** When the item last changed: queued, claimed or completed. */
  updatedAt: Scalars['DateTime']['output'];
};

/** A page of improvement items. */
export type ImprovementItemConnection = {
  __typename?: 'ImprovementItemConnection';
  /** The items of this page, each with its cursor. */
  edges: Array<ImprovementItemEdge>;
  /** The items of this page, without cursors. */
  nodes: Array<ImprovementItem>;
  /** Whether more items precede or follow this page, and its first and last cursors. */
  pageInfo: PageInfo;
  /** How many items match, across pages. */
  totalCount: Scalars['Int']['output'];
};

/** An improvement item of a page, with its cursor. */
export type ImprovementItemEdge = {
  __typename?: 'ImprovementItemEdge';
  /** Opaque cursor of this item, for after/before. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: ImprovementItem;
};

/** The improvement item a worker claimed or completed. */
export type ImprovementItemPayload = {
  __typename?: 'ImprovementItemPayload';
  /** The item claimed or completed; null when there was nothing to claim (with no userErrors) or the mutation did nothing. */
  item?: Maybe<ImprovementItem>;
  /** Why the mutation did nothing; empty on success. */
  userErrors: Array<UserError>;
};

/** Where an improvement item stands: waiting, claimed by a worker, done or failed. */
export type ImprovementItemStatus =
  /** The worker completed it successfully (EmbeddingStudio `done`); the session may be queued again as a new item. */
  | 'DONE'
  /** The worker completed it as failed (EmbeddingStudio `failed`); the session may be queued again as a new item. */
  | 'FAILED'
  /** Queued, waiting for a worker to claim it (EmbeddingStudio `pending`). */
  | 'PENDING'
  /** Claimed by a worker until `leaseUntil`; claimable again once the lease has run out (EmbeddingStudio `processing`). */
  | 'PROCESSING';

/** How an improvement item ended. */
export type ImprovementOutcome =
  /** The work succeeded: the item becomes DONE. */
  | 'DONE'
  /** The work failed: the item becomes FAILED. */
  | 'FAILED';

/**
 * A run of a prompt version over a project's tasks (Label Studio ModelRun): PENDING -> IN_PROGRESS -> COMPLETED or
 * FAILED; CANCELED on request. Each prediction is an annotation of its task (groundTruth false) naming the run.
 */
export type InferenceRun = Job & Node & {
  __typename?: 'InferenceRun';
  /** totalCorrectPredictions / predictions of tasks with ground truth, 0-1; null when none has ground truth. */
  accuracy?: Maybe<Scalars['Float']['output']>;
  /** When it ended (COMPLETED, FAILED or CANCELED); null while PENDING or IN_PROGRESS. */
  completedAt?: Maybe<Scalars['DateTime']['output']>;
  /** When the run was requested. */
  createdAt: Scalars['DateTime']['output'];
  /** Who started it; null when it was started with a service token or the person was removed. */
  createdBy?: Maybe<User>;
  /** From the run's pace so far; null when it is not running or nothing is done yet. */
  estimatedFinishAt?: Maybe<Scalars['DateTime']['output']>;
  /** Why the run failed. */
  failureReason?: Maybe<Scalars['String']['output']>;
  /** A CUSTOM run's task filter, as given. */
  filtersJson?: Maybe<Scalars['JSON']['output']>;
  /** When the run reached a final status; null before. */
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  /**
   * The model against the ground truth: Cohen's kappa between the run's predictions and the newest ground truth on
   * the same whole task (what `accuracy` scores against), over the tasks that have both; `perAuthor` names the two
   * raters `prediction` and `groundTruth`. Null `value` with `undefinedReason` when no task has both.
   */
  groundTruthAgreement: AgreementResult;
  /** The global, opaque id of the run (`run_…`). */
  id: Scalars['ID']['output'];
  /** The job id given at creation, kept as is (Label Studio `job_id`, e.g. an Adala job); Annograph does not use it. */
  jobId?: Maybe<Scalars['String']['output']>;
  /** The run's tasks predicted (failed ones included) of all its tasks. */
  jobProgress: JobProgress;
  /** Where the run is as a job. */
  jobStatus: JobStatus;
  /** The organization of the run's project. */
  organization: Organization;
  /** The prompt (Label Studio `parent_model`). */
  parentModel: Prompt;
  /** When the worker last wrote predictions; null before the first. */
  predictionsUpdatedAt?: Maybe<Scalars['DateTime']['output']>;
  /**
   * (totalPredictions + totalFailedPredictions) / totalTasks, 0-1: the share of the tasks tried. It moves with every
   * prediction written (a slow provider's first prediction shows at once), and is 1 once every task was tried.
   */
  progress: Scalars['Float']['output'];
  /** The project whose tasks the run predicts (Label Studio `project`). */
  project: Project;
  /** Which of the project's tasks it predicts (Label Studio `project_subset`). */
  projectSubset: ProjectSubset;
  /**
   * What the run made of each task it has predicted so far, in task order (Label Studio's subset-tasks
   * `task_result_list`): the prediction, the ground truth it was scored against, and whether they agree. To see what
   * a run got wrong: `results(filter: { correct: false })` (and `failed: true` for failed provider calls). To compare
   * two runs (e.g. two versions) task by task: read a page of one run's results, then the other run's with
   * `filter: { taskIds: [the page's task ids] }`; or page through both at once, which pairs up when the runs cover the
   * same tasks (same subset, or a re-run with `sourceRunId`).
   */
  results: InferenceRunResultConnection;
  /** The sample size it was created with (used by SAMPLE runs); null when none was given. */
  sampleSubsetSize?: Maybe<Scalars['Int']['output']>;
  /** The run this one re-runs. */
  sourceModelRun?: Maybe<InferenceRun>;
  /** Label Studio's word: Pending, InProgress, Completed, Failed, Canceled. */
  sourceStatus?: Maybe<Scalars['String']['output']>;
  /** When a worker started the run (`triggeredAt`); null before. */
  startedAt?: Maybe<Scalars['DateTime']['output']>;
  /** PENDING until a worker claims it, then IN_PROGRESS, and COMPLETED, FAILED or CANCELED; never DRAFT or DELETED. */
  status: TaskStatus;
  /** The tasks of a CUSTOM run, as given. */
  taskIds?: Maybe<Array<Scalars['ID']['output']>>;
  /** Predictions equal to their task's ground-truth value (a ground-truth annotation on the task as a whole). */
  totalCorrectPredictions: Scalars['Int']['output'];
  /** Tasks whose provider call failed so far: each has a prediction with a null value and the reason as its justification. */
  totalFailedPredictions: Scalars['Int']['output'];
  /** Predictions with a value written so far; a task whose provider call failed gets a prediction with a null value, not counted. */
  totalPredictions: Scalars['Int']['output'];
  /** How many tasks the run covers, fixed when it is created (DELETED tasks are never included). */
  totalTasks: Scalars['Int']['output'];
  /** When a worker started it. */
  triggeredAt?: Maybe<Scalars['DateTime']['output']>;
  /** The prompt version it runs (Label Studio `model_version`). */
  version: PromptVersion;
};


/**
 * A run of a prompt version over a project's tasks (Label Studio ModelRun): PENDING -> IN_PROGRESS -> COMPLETED or
 * FAILED; CANCELED on request. Each prediction is an annotation of its task (groundTruth false) naming the run.
 */
export type InferenceRunGroundTruthAgreementArgs = {
  level?: InputMaybe<MeasurementLevel>;
};


/**
 * A run of a prompt version over a project's tasks (Label Studio ModelRun): PENDING -> IN_PROGRESS -> COMPLETED or
 * FAILED; CANCELED on request. Each prediction is an annotation of its task (groundTruth false) naming the run.
 */
export type InferenceRunResultsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<InferenceRunResultFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of inference runs. */
export type InferenceRunConnection = {
  __typename?: 'InferenceRunConnection';
  /** The runs of this page, each with its cursor. */
  edges: Array<InferenceRunEdge>;
  /** The runs of this page, without cursors. */
  nodes: Array<InferenceRun>;
  /** Whether more runs precede or follow this page, and its first and last cursors. */
  pageInfo: PageInfo;
  /** How many runs match, across pages. */
  totalCount: Scalars['Int']['output'];
};

/** A new run of a prompt version over a subset of a project's tasks. */
export type InferenceRunCreateInput = {
  /** CUSTOM only (another subset: BAD_USER_INPUT): tasks matching this TaskFilter (its JSON form). Not together with `taskIds`. */
  filtersJson?: InputMaybe<Scalars['JSON']['input']>;
  /** Optional text, at most 255 characters, kept on the run as `jobId` (Label Studio `job_id`, e.g. an Adala job id); not used by Annograph. */
  jobId?: InputMaybe<Scalars['String']['input']>;
  /** The project whose tasks to predict (required); the caller needs MANAGER on it. */
  projectId: Scalars['ID']['input'];
  /** Which of the project's tasks to predict; when omitted, the subset of `sourceRunId`, else ALL. The tasks are fixed when the run is created. */
  projectSubset?: InputMaybe<ProjectSubset>;
  /** SAMPLE: how many tasks to pick, at least 1 (taken from `sourceRunId` when omitted). */
  sampleSubsetSize?: InputMaybe<Scalars['Int']['input']>;
  /** Re-runs this run (same version and project): its subset, sample size and task ids or filter apply where this input gives none. */
  sourceRunId?: InputMaybe<Scalars['ID']['input']>;
  /**
   * CUSTOM only (another subset: BAD_USER_INPUT): these tasks, each a task of the project that is not DELETED
   * (else NOT_FOUND, naming the first ones that are not). Not together with `filtersJson`.
   */
  taskIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The prompt version to run (required); its prompt must belong to the project's organization. */
  versionId: Scalars['ID']['input'];
};

/** An inference run with its cursor. */
export type InferenceRunEdge = {
  __typename?: 'InferenceRunEdge';
  /** Opaque cursor of this run, for after/before on the same list and order. */
  cursor: Scalars['String']['output'];
  /** The run. */
  node: InferenceRun;
};

/** Narrows a list of inference runs (Label Studio filters); all given fields must match. */
export type InferenceRunFilter = {
  /** Runs of this prompt (Label Studio `parent_model`). */
  parentModelId?: InputMaybe<Scalars['ID']['input']>;
  /** Runs on this project (Label Studio `project`). */
  projectId?: InputMaybe<Scalars['ID']['input']>;
  /** Runs over this subset (Label Studio `project_subset`). */
  projectSubset?: InputMaybe<ProjectSubset>;
  /** Runs in any of these statuses (empty or omitted: any). */
  status?: InputMaybe<Array<TaskStatus>>;
};

/** How to order a list of inference runs; ties are broken by id. */
export type InferenceRunOrder = {
  /** ASC (the default) or DESC. */
  direction?: OrderDirection;
  /** The field to order by (required). */
  field: InferenceRunOrderField;
};

/** The field a run list is ordered by. */
export type InferenceRunOrderField =
  /** When the run ended; runs not ended come first ascending, last descending. */
  | 'COMPLETED_AT'
  /** When the run was requested. */
  | 'CREATED_AT';

/** What a run mutation returns: the run, or why nothing was done. */
export type InferenceRunPayload = {
  __typename?: 'InferenceRunPayload';
  /** The run after the change; null when `userErrors` is not empty. */
  run?: Maybe<InferenceRun>;
  /** Why the mutation did nothing; empty on success. */
  userErrors: Array<UserError>;
};

/**
 * What an inference run made of one task, written with its prediction. `correct` is the judgement of that moment,
 * the one `totalCorrectPredictions` and `accuracy` count: a ground truth changed later does not change it.
 */
export type InferenceRunResult = {
  __typename?: 'InferenceRunResult';
  /** Whether the prediction equals the ground truth's value; null without ground truth or when the provider call failed. */
  correct?: Maybe<Scalars['Boolean']['output']>;
  /** Why the provider call failed (as the prediction's justification); null when it answered. */
  error?: Maybe<Scalars['String']['output']>;
  /**
   * The ground-truth annotation the prediction was scored against (the task's newest one on the task as a whole when
   * the prediction was written); null when the task had none, or it was deleted since.
   */
  groundTruth?: Maybe<Annotation>;
  /**
   * The prediction: an annotation of the task at level TASK (key `prediction`, type CATEGORY, `inferenceRun` and
   * `promptVersion` set); its value is null when the provider call failed. Null when the annotation was deleted since.
   */
  prediction?: Maybe<Annotation>;
  /** The task predicted. */
  task: Task;
};

/** A page of an inference run's results. */
export type InferenceRunResultConnection = {
  __typename?: 'InferenceRunResultConnection';
  /** The results of this page, each with its cursor. */
  edges: Array<InferenceRunResultEdge>;
  /** The results of this page, without cursors. */
  nodes: Array<InferenceRunResult>;
  /** Whether more results precede or follow this page, and its first and last cursors. */
  pageInfo: PageInfo;
  /** How many results match, across pages. */
  totalCount: Scalars['Int']['output'];
};

/** An inference run's result with its cursor. */
export type InferenceRunResultEdge = {
  __typename?: 'InferenceRunResultEdge';
  /** Opaque cursor of this result, for after/before on the same run's results. */
  cursor: Scalars['String']['output'];
  /** The result. */
  node: InferenceRunResult;
};

/** Narrows the results of a run; all given fields must match. */
export type InferenceRunResultFilter = {
  /** true: predictions equal to their ground truth; false: predictions that differ from it. Either leaves out tasks without ground truth and failed calls. */
  correct?: InputMaybe<Scalars['Boolean']['input']>;
  /** true: only failed provider calls; false: only predictions with a value. */
  failed?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only these tasks (ids of other tasks or of no task match nothing), e.g. the tasks of another run's page. */
  taskIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** A whole number, e.g. a 1-3 rating. */
export type IntegerAnnotationValue = {
  __typename?: 'IntegerAnnotationValue';
  /** The number given; null when not answered yet or when the stored value is not an integer. */
  integer?: Maybe<Scalars['Int']['output']>;
  /** The numbers that could be chosen (Scale's nested `[[1, 2, 3]]` is flattened). */
  possibleIntegers: Array<Scalars['Int']['output']>;
};

/**
 * Something long-running whose progress can be followed: a coding task, an inference run, a batch of tasks, an export. Each
 * keeps its own `status` (TaskStatus, BatchStatus or ExportStatus); `jobStatus` says the same in words common to all jobs, and
 * `jobProgress` counts the work. `jobProgress(id:)` follows one as it runs.
 */
export type Job = {
  /** When the work should be done, from its pace so far; null when it cannot be estimated (not running, nothing done yet). */
  estimatedFinishAt?: Maybe<Scalars['DateTime']['output']>;
  /** When the job reached a final status; null before. */
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The job's global id (`task_…`, `run_…`, `batch_…`, `exp_…`, `crun_…`). */
  id: Scalars['ID']['output'];
  /** How much of the work is done. */
  jobProgress: JobProgress;
  /** Where the job is, in words common to every kind of job. */
  jobStatus: JobStatus;
  /** When the work started; null before. */
  startedAt?: Maybe<Scalars['DateTime']['output']>;
};

/** How much of a job's work is done. */
export type JobProgress = {
  __typename?: 'JobProgress';
  /** Units of work done (coding responses, inference tasks, a batch's finished tasks). */
  done: Scalars['Int']['output'];
  /** Units of work that failed (counted in `done` too). */
  failed: Scalars['Int']['output'];
  /** `done / total`, from 0 to 1; 0 while the total is unknown, 1 once the job succeeded. */
  fraction: Scalars['Float']['output'];
  /** Units of work in all; 0 when not yet known. */
  total: Scalars['Int']['output'];
};

/** Where a job is. */
export type JobStatus =
  /** Stopped: CANCELED or DELETED. Final. */
  | 'CANCELED'
  /** Not submitted yet: a DRAFT coding task, a STAGING batch. */
  | 'DRAFT'
  /** Failed: FAILED. Final. */
  | 'FAILED'
  /** Held: a PAUSED batch. */
  | 'PAUSED'
  /** Submitted, waiting for a worker or a person: PENDING. */
  | 'QUEUED'
  /** Being worked on: IN_PROGRESS, a collecting batch. */
  | 'RUNNING'
  /** Done: COMPLETED, a RELEASED batch. Final. */
  | 'SUCCEEDED';

/** A span of text with a label. */
export type LabeledText = {
  __typename?: 'LabeledText';
  /** The label given to the span. */
  label?: Maybe<Scalars['String']['output']>;
  /** The text of the span. */
  text?: Maybe<Scalars['String']['output']>;
};

/** Labeled spans of text. */
export type LabeledTextAnnotationValue = {
  __typename?: 'LabeledTextAnnotationValue';
  /** The labeled spans, in the order given; empty when not answered yet. */
  spans: Array<LabeledText>;
};

/** How values compare: NOMINAL as categories, the others as numbers. */
export type MeasurementLevel =
  /** Values are numbers with meaningful differences. */
  | 'INTERVAL'
  /** Values are categories; equal or not. */
  | 'NOMINAL'
  /** Values are ranks. */
  | 'ORDINAL'
  /** Values are numbers with a meaningful zero (not negative). */
  | 'RATIO';

/** One message of a turn, from the system, the user, the assistant or a function. */
export type Message = Node & {
  __typename?: 'Message';
  /** Annotations on the message as a whole. */
  annotations: AnnotationConnection;
  /** What the message says: its text, reference texts, attachments, chunks and reasoning. */
  content: MessageContent;
  /** The global, opaque id of the message. */
  id: Scalars['ID']['output'];
  /** The generation settings of the model that wrote the message, when a model did. */
  modelParameters?: Maybe<ModelParameters>;
  /** Who wrote the message (Scale `role`). */
  role: MessageRole;
  /** Scale rubric evaluations of the message, verbatim. */
  rubricEvaluations: Array<Scalars['JSON']['output']>;
  /** Id of the source the message came from (Scale `source_id`). */
  sourceId?: Maybe<Scalars['String']['output']>;
  /** The turn the message belongs to. */
  turn: Turn;
};


/** One message of a turn, from the system, the user, the assistant or a function. */
export type MessageAnnotationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AnnotationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A message appended to a turn of an open task. */
export type MessageAppendInput = {
  /** Files attached to the message, in order; fields given as null are left out. Omitted: none. */
  attachments?: InputMaybe<Array<AttachmentInput>>;
  /** The message split in annotatable chunks, in order; each becomes a MessageChunk with its own id. Omitted: none. */
  chunks?: InputMaybe<Array<MessageChunkInput>>;
  /** The generation settings of the model that wrote the message; fields given as null are left out. Optional. */
  modelParameters?: InputMaybe<ModelParametersInput>;
  /** The model's reasoning steps, in order. */
  reasoning?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Texts the message refers to, in order. Omitted: none. */
  referenceTexts?: InputMaybe<Array<ReferenceTextInput>>;
  /** Who wrote the message. Required. */
  role: MessageRole;
  /** Id of the source the message came from (Scale `source_id`). Optional, at most 255 characters. */
  sourceId?: InputMaybe<Scalars['String']['input']>;
  /** The message's text. Optional (a message may carry only attachments). */
  text?: InputMaybe<Scalars['String']['input']>;
  /** The turn to append the message to. Required; the new message comes after the turn's existing messages. */
  turnId: Scalars['ID']['input'];
};

/** A chunk of a message's content that can carry its own annotations. */
export type MessageChunk = Node & {
  __typename?: 'MessageChunk';
  /** Annotations on this chunk. */
  annotations: AnnotationConnection;
  /** The global, opaque id of the chunk. */
  id: Scalars['ID']['output'];
  /** The message the chunk belongs to. */
  message: Message;
  /** The chunk's text. */
  text: Scalars['String']['output'];
  /** The chunk's kind as the source system names it (Scale: `text`). */
  type: Scalars['String']['output'];
};


/** A chunk of a message's content that can carry its own annotations. */
export type MessageChunkAnnotationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AnnotationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A chunk of the message that annotations can point at. */
export type MessageChunkInput = {
  /** The chunk's text. Required. */
  text: Scalars['String']['input'];
  /** The chunk's kind as the source system names it; `text` when omitted. */
  type?: Scalars['String']['input'];
};

/** A page of messages. */
export type MessageConnection = {
  __typename?: 'MessageConnection';
  /** The messages of this page, each with its cursor. */
  edges: Array<MessageEdge>;
  /** The messages of this page, without cursors. */
  nodes: Array<Message>;
  /** Whether more messages precede or follow this page, and its first and last cursors. */
  pageInfo: PageInfo;
  /** How many messages there are, across pages. */
  totalCount: Scalars['Int']['output'];
};

/** The content of a message. */
export type MessageContent = {
  __typename?: 'MessageContent';
  /** Files attached to the message. */
  attachments: Array<Attachment>;
  /** The message split in annotatable chunks, in order. */
  chunks: Array<MessageChunk>;
  /** The model's reasoning steps, in order. */
  reasoning: Array<ReasoningStep>;
  /** Texts the message refers to. */
  referenceTexts: Array<ReferenceText>;
  /** The message's text; null when it has none (e.g. only attachments). */
  text?: Maybe<Scalars['String']['output']>;
};

/** A message with its cursor. */
export type MessageEdge = {
  __typename?: 'MessageEdge';
  /** Opaque cursor of this message, for after/before. */
  cursor: Scalars['String']['output'];
  /** The message. */
  node: Message;
};

/** The result of `messageAppend`: the new message, or why none was added. */
export type MessagePayload = {
  __typename?: 'MessagePayload';
  /** The new message with its chunks; null when `userErrors` is not empty. */
  message?: Maybe<Message>;
  /** Why the mutation did nothing; empty on success. */
  userErrors: Array<UserError>;
};

/** Who wrote a message. */
export type MessageRole =
  /** The model answering (Scale `assistant`). */
  | 'ASSISTANT'
  /** The result of a function (tool) call (Scale `function`). */
  | 'FUNCTION'
  /** The instructions that set up the conversation (Scale `system`). */
  | 'SYSTEM'
  /** The person talking to the model (Scale `user`). */
  | 'USER';

/** The generation settings of a model. */
export type ModelParameters = {
  __typename?: 'ModelParameters';
  /** The most tokens the model could generate (Scale `max_completion_tokens`). */
  maxCompletionTokens?: Maybe<Scalars['Int']['output']>;
  /** The model's name, as its provider spells it. */
  model?: Maybe<Scalars['String']['output']>;
  /** Sampling temperature. */
  temperature?: Maybe<Scalars['Float']['output']>;
  /** Sampling from the k most likely tokens only (Scale `top_k`). */
  topK?: Maybe<Scalars['Int']['output']>;
  /** Nucleus sampling: the cumulative probability mass sampled from (Scale `top_p`). */
  topP?: Maybe<Scalars['Float']['output']>;
};

/** The generation settings of the model that wrote the message. */
export type ModelParametersInput = {
  /** The most tokens the model could generate (Scale `max_completion_tokens`). Optional. */
  maxCompletionTokens?: InputMaybe<Scalars['Int']['input']>;
  /** The model's name, as its provider spells it. Optional. */
  model?: InputMaybe<Scalars['String']['input']>;
  /** Sampling temperature. Optional. */
  temperature?: InputMaybe<Scalars['Float']['input']>;
  /** Sampling from the k most likely tokens only (Scale `top_k`). Optional. */
  topK?: InputMaybe<Scalars['Int']['input']>;
  /** Nucleus sampling: the cumulative probability mass sampled from (Scale `top_p`). Optional. */
  topP?: InputMaybe<Scalars['Float']['input']>;
};

/**
 * Every change. A mutation answers a payload whose `userErrors` say why it did nothing (an id the caller cannot see
 * is NOT_FOUND, like an unknown one); a caller without the role named at the end of a mutation's description gets a
 * top-level FORBIDDEN error instead.
 */
export type Mutation = {
  __typename?: 'Mutation';
  /** Annotates a task, thread, turn, message or chunk. ANNOTATOR. */
  annotationCreate: AnnotationPayload;
  /** Deletes an annotation. ANNOTATOR. */
  annotationDelete: AnnotationDeletePayload;
  /** Sets an annotation's value (checked against its type). ANNOTATOR. */
  annotationSetValue: AnnotationPayload;
  /** Anything but COMPLETED or CANCELED -> CANCELED; its PENDING tasks are canceled with it. MANAGER. */
  batchCancel: BatchPayload;
  /** Creates a batch, STAGING or IN_PROGRESS. MANAGER. */
  batchCreate: BatchPayload;
  /** STAGING -> IN_PROGRESS. MANAGER. */
  batchFinalize: BatchPayload;
  /** IN_PROGRESS -> PAUSED. MANAGER. */
  batchPause: BatchPayload;
  /** Releases the project's collecting batch under `releaseId`; the same releaseId again returns that batch. ADMIN or a service token. */
  batchRelease: BatchReleasePayload;
  /** PAUSED -> IN_PROGRESS. MANAGER. */
  batchResume: BatchPayload;
  /** Replaces the batch's metadata, or deep-merges into it with `merge: true`. MANAGER. */
  batchSetMetadata: BatchPayload;
  /** Deletes a coder no open task uses. MANAGER. */
  coderDelete: CoderDeletePayload;
  /** Creates a coding task (DRAFT). MANAGER. */
  codingTaskCreate: TaskPayload;
  /** Changes a DRAFT coding task. MANAGER. */
  codingTaskUpdate: TaskPayload;
  /** Creates a connector of a project to an upstream API; credentials are stored encrypted. MANAGER of the project. */
  connectorCreate: ConnectorPayload;
  /** Deletes a connector and its runs (the records it brought in stay). MANAGER of the project. */
  connectorDelete: ConnectorDeletePayload;
  /** Queues a run of the connector (a worker runs it); one run per connector at a time. MANAGER of the project. */
  connectorRun: ConnectorRunPayload;
  /** Changes a connector's base URL, credentials or options. MANAGER of the project. */
  connectorUpdate: ConnectorPayload;
  /** Marks a segment of the session annotated (reviewed). ANNOTATOR. */
  correctionSegmentMarkAnnotated: CorrectionChangePayload;
  /** Samples documents (reproducibly, by the session's uuid), takes the model's tags as the prediction, and starts the session. MANAGER. */
  correctionSessionCreate: CorrectionSessionPayload;
  /** Deletes a session; its document group is kept. MANAGER. */
  correctionSessionDelete: CorrectionSessionDeletePayload;
  /** Adds a tag to a segment of the session. ANNOTATOR. */
  correctionTagAdd: CorrectionChangePayload;
  /** Changes a tag. ANNOTATOR. */
  correctionTagChange: CorrectionChangePayload;
  /** Marks a tag READY to be used or back to CORRECTING. ANNOTATOR. */
  correctionTagConfirm: CorrectionChangePayload;
  /** Deletes a tag. ANNOTATOR. */
  correctionTagDelete: CorrectionChangePayload;
  /** Delivers completed tasks of a project. MANAGER. */
  deliveryCreate: DeliveryPayload;
  /** PENDING or IN_PROGRESS -> CANCELED; the worker stops at its next page and deletes the partial file. MANAGER of the project. */
  exportCancel: ExportCancelPayload;
  /** Starts an export of a project's tasks (PENDING; a worker writes the file). MANAGER of the project. */
  exportCreate: ExportCreatePayload;
  /** Claims the oldest PENDING item of the project (or one whose lease ran out) for `leaseSeconds`. ADMIN or a service token. */
  improvementItemClaim: ImprovementItemPayload;
  /** Finishes a PROCESSING item as DONE or FAILED, with a detail. ADMIN or a service token. */
  improvementItemComplete: ImprovementItemPayload;
  /** PENDING or IN_PROGRESS -> CANCELED; the predictions made so far stay. MANAGER of the project. */
  inferenceRunCancel: InferenceRunPayload;
  /** Starts a run of a prompt version over a project's tasks (PENDING; a worker runs it). MANAGER of the project. */
  inferenceRunCreate: InferenceRunPayload;
  /** Appends a message (with chunks) to a turn of an open task. ANNOTATOR. */
  messageAppend: MessagePayload;
  /** Removes a person from an organization and its projects. Organization OWNER/ADMIN; the last OWNER stays. */
  organizationMemberRemove: OrganizationMemberRemovePayload;
  /** Adds a person to an organization or changes their role. Organization OWNER/ADMIN; OWNER to grant or take OWNER. */
  organizationMemberSet: OrganizationMemberSetPayload;
  /** Renames an organization. Organization OWNER/ADMIN. */
  organizationUpdate: OrganizationUpdatePayload;
  /** Creates a project. Organization OWNER/ADMIN. */
  projectCreate: ProjectCreatePayload;
  /** Deletes a project and everything in it. Project ADMIN. */
  projectDelete: ProjectDeletePayload;
  /** Takes a person's project membership away. Project ADMIN. */
  projectMemberRemove: ProjectMemberRemovePayload;
  /** Gives an organization member a role on a project. Project ADMIN. */
  projectMemberSet: ProjectMemberSetPayload;
  /** Creates a prompt. Organization OWNER/ADMIN, or a MANAGER of one of its projects (as for every prompt and version change). */
  promptCreate: PromptPayload;
  /**
   * Deletes a prompt with its versions and their runs; the predictions already written stay on their tasks.
   * Organization OWNER/ADMIN.
   */
  promptDelete: DeletePayload;
  /** Changes a prompt's title, description, fields, classes or linked projects. Same roles as `promptCreate`. */
  promptUpdate: PromptPayload;
  /** Adds a version to a prompt. Same roles as `promptCreate`. */
  promptVersionCreate: PromptVersionPayload;
  /**
   * Deletes a prompt version with its runs; the predictions already written stay on their tasks.
   * Organization OWNER/ADMIN.
   */
  promptVersionDelete: DeletePayload;
  /** Changes a version's title, text, model, connection or example count. Same roles as `promptCreate`. */
  promptVersionUpdate: PromptVersionPayload;
  /** Stores a provider connection of an organization (its key is never returned). Organization OWNER/ADMIN. */
  providerConnectionCreate: ProviderConnectionPayload;
  /** Adds events to a search session; known event ids are skipped. ANNOTATOR. */
  searchSessionAddEvents: SearchSessionPayload;
  /** Marks a search session irrelevant. ANNOTATOR. */
  searchSessionMarkIrrelevant: SearchSessionPayload;
  /** Registers a search session into the project's collecting batch (one is opened when none is). ANNOTATOR. */
  searchSessionRegister: SearchSessionPayload;
  /** Creates a service token for an organization's internal callers. Organization OWNER/ADMIN. */
  serviceTokenCreate: TokenCreatePayload;
  /** Queues a search session for model improvement (it needs events or the irrelevant mark). ADMIN or a service token. */
  sessionUseForImprovement: SessionUseForImprovementPayload;
  /** PENDING or IN_PROGRESS -> CANCELED (IQB `abort`); a running worker stops at its next step. MANAGER. */
  taskAbort: TaskPayload;
  /** DRAFT, PENDING or IN_PROGRESS -> CANCELED. MANAGER. */
  taskCancel: TaskPayload;
  /**
   * DRAFT -> PENDING (IQB `commit`) when the task is ready: type not UNKNOWN; a train task has instructions and data
   * with at least one coded response (one with a `code`: it learns from nothing else); a code task has a coder and at
   * least one data chunk. Not ready: PRECONDITION_FAILED. MANAGER.
   */
  taskCommit: TaskPayload;
  /** PENDING or IN_PROGRESS -> COMPLETED. REVIEWER. */
  taskComplete: TaskPayload;
  /** Creates a PENDING task. MANAGER. */
  taskCreate: TaskPayload;
  /** Adds a chunk of responses to a DRAFT coding task (at most 10,000 responses). MANAGER. */
  taskDataAdd: DataChunkPayload;
  /** Deletes an input chunk of a DRAFT coding task. MANAGER. */
  taskDataDelete: DataChunkDeletePayload;
  /** Any status but DELETED -> DELETED; the task stays readable. MANAGER. */
  taskDelete: TaskPayload;
  /** PENDING or IN_PROGRESS -> FAILED, with typed errors (Scale's `error`). REVIEWER. */
  taskFail: TaskPayload;
  /** Imports Scale Task JSON into a project: new tasks are created, changed ones replaced, unchanged ones skipped. MANAGER. */
  taskImportScale: TaskImportScalePayload;
  /** Replaces the task's metadata, or deep-merges into it with `merge: true` (Scale's /v2/task/metadata). MANAGER. */
  taskSetMetadata: TaskPayload;
  /** Appends a thread to an open task. ANNOTATOR. */
  threadAppend: ThreadPayload;
  /** Creates a token for the calling person. Any signed-in person. */
  tokenCreate: TokenCreatePayload;
  /** Revokes a token: the caller's own, or (organization OWNER/ADMIN) a member's or a service token of the organization. */
  tokenRevoke: TokenRevokePayload;
  /** Appends a turn to a thread of an open task. ANNOTATOR. */
  turnAppend: TurnPayload;
  /**
   * Creates a webhook and answers its signing secret, once. Project ADMIN for a project webhook; organization OWNER or
   * ADMIN for an organization webhook. Deliveries start with the changes committed after it.
   */
  webhookCreate: WebhookCreatePayload;
  /** Deletes a webhook and its delivery log. As `webhookCreate`. */
  webhookDelete: WebhookDeletePayload;
  /** Sends a failed (FAILED_RETRYING or DEAD) delivery again now, in its place in the webhook's order. As `webhookCreate`. */
  webhookDeliveryRetry: WebhookDeliveryPayload;
  /**
   * Replaces the signing secret and answers the new one, once; the old one keeps signing alongside it for 24 hours (two
   * `v1,` signatures in `webhook-signature`), so receivers can switch without losing a delivery. As `webhookCreate`.
   */
  webhookRotateSecret: WebhookSecretPayload;
  /** Changes a webhook's URL, types, description or state. As `webhookCreate`. */
  webhookUpdate: WebhookPayload;
};


/**
 * Every change. A mutation answers a payload whose `userErrors` say why it did nothing (an id the caller cannot see
 * is NOT_FOUND, like an unknown one); a caller without the role named at the end of a mutation's description gets a
 * top-level FORBIDDEN error instead.
 */
export type MutationAnnotationCreateArgs = {
  input: AnnotationCreateInput;
};


/**
 * Every change. A mutation answers a payload whose `userErrors` say why it did nothing (an id the caller cannot see
 * is NOT_FOUND, like an unknown one); a caller without the role named at the end of a mutation's description gets a
 * top-level FORBIDDEN error instead.
 */
export type MutationAnnotationDeleteArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Every change. A mutation answers a payload whose `userErrors` say why it did nothing (an id the caller cannot see
 * is NOT_FOUND, like an unknown one); a caller without the role named at the end of a mutation's description gets a
 * top-level FORBIDDEN error instead.
 */
export type MutationAnnotationSetValueArgs = {
  id: Scalars['ID']['input'];
  input: AnnotationSetValueInput;
};


/**
 * Every change. A mutation answers a payload whose `userErrors` say why it did nothing (an id the caller cannot see
 * is NOT_FOUND, like an unknown one); a caller without the role named at the end of a mutation's description gets a
 * top-level FORBIDDEN error instead.
 */
export type MutationBatchCancelArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Every change. A mutation answers a payload whose `userErrors` say why it did nothing (an id the caller cannot see
 * is NOT_FOUND, like an unknown one); a caller without the role named at the end of a mutation's description gets a
 * top-level FORBIDDEN error instead.
 */
export type MutationBatchCreateArgs = {
  input: BatchCreateInput;
};


/**
 * Every change. A mutation answers a payload whose `userErrors` say why it did nothing (an id the caller cannot see
 * is NOT_FOUND, like an unknown one); a caller without the role named at the end of a mutation's description gets a
 * top-level FORBIDDEN error instead.
 */
export type MutationBatchFinalizeArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Every change. A mutation answers a payload whose `userErrors` say why it did nothing (an id the caller cannot see
 * is NOT_FOUND, like an unknown one); a caller without the role named at the end of a mutation's description gets a
 * top-level FORBIDDEN error instead.
 */
export type MutationBatchPauseArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Every change. A mutation answers a payload whose `userErrors` say why it did nothing (an id the caller cannot see
 * is NOT_FOUND, like an unknown one); a caller without the role named at the end of a mutation's description gets a
 * top-level FORBIDDEN error instead.
 */
export type MutationBatchReleaseArgs = {
  projectId: Scalars['ID']['input'];
  releaseId: Scalars['String']['input'];
};


/**
 * Every change. A mutation answers a payload whose `userErrors` say why it did nothing (an id the caller cannot see
 * is NOT_FOUND, like an unknown one); a caller without the role named at the end of a mutation's description gets a
 * top-level FORBIDDEN error instead.
 */
export type MutationBatchResumeArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Every change. A mutation answers a payload whose `userErrors` say why it did nothing (an id the caller cannot see
 * is NOT_FOUND, like an unknown one); a caller without the role named at the end of a mutation's description gets a
 * top-level FORBIDDEN error instead.
 */
export type MutationBatchSetMetadataArgs = {
  id: Scalars['ID']['input'];
  merge?: InputMaybe<Scalars['Boolean']['input']>;
  metadata: Scalars['JSON']['input'];
};


/**
 * Every change. A mutation answers a payload whose `userErrors` say why it did nothing (an id the caller cannot see
 * is NOT_FOUND, like an unknown one); a caller without the role named at the end of a mutation's description gets a
 * top-level FORBIDDEN error instead.
 */
export type MutationCoderDeleteArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Every change. A mutation answers a payload whose `userErrors` say why it did nothing (an id the caller cannot see
 * is NOT_FOUND, like an unknown one); a caller without the role named at the end of a mutation's description gets a
 * top-level FORBIDDEN error instead.
 */
export type MutationCodingTaskCreateArgs = {
  input: CodingTaskCreateInput;
};


/**
 * Every change. A mutation answers a payload whose `userErrors` say why it did nothing (an id the caller cannot see
 * is NOT_FOUND, like an unknown one); a caller without the role named at the end of a mutation's description gets a
 * top-level FORBIDDEN error instead.
 */
export type MutationCodingTaskUpdateArgs = {
  id: Scalars['ID']['input'];
  input: CodingTaskUpdateInput;
};


/**
 * Every change. A mutation answers a payload whose `userErrors` say why it did nothing (an id the caller cannot see
 * is NOT_FOUND, like an unknown one); a caller without the role named at the end of a mutation's description gets a
 * top-level FORBIDDEN error instead.
 */
export type MutationConnectorCreateArgs = {
  input: ConnectorCreateInput;
};


/**
 * Every change. A mutation answers a payload whose `userErrors` say why it did nothing (an id the caller cannot see
 * is NOT_FOUND, like an unknown one); a caller without the role named at the end of a mutation's description gets a
 * top-level FORBIDDEN error instead.
 */
export type MutationConnectorDeleteArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Every change. A mutation answers a payload whose `userErrors` say why it did nothing (an id the caller cannot see
 * is NOT_FOUND, like an unknown one); a caller without the role named at the end of a mutation's description gets a
 * top-level FORBIDDEN error instead.
 */
export type MutationConnectorRunArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Every change. A mutation answers a payload whose `userErrors` say why it did nothing (an id the caller cannot see
 * is NOT_FOUND, like an unknown one); a caller without the role named at the end of a mutation's description gets a
 * top-level FORBIDDEN error instead.
 */
export type MutationConnectorUpdateArgs = {
  id: Scalars['ID']['input'];
  input: ConnectorUpdateInput;
};


/**
 * Every change. A mutation answers a payload whose `userErrors` say why it did nothing (an id the caller cannot see
 * is NOT_FOUND, like an unknown one); a caller without the role named at the end of a mutation's description gets a
 * top-level FORBIDDEN error instead.
 */
export type MutationCorrectionSegmentMarkAnnotatedArgs = {
  segmentId: Scalars['ID']['input'];
  sessionId: Scalars['ID']['input'];
};


/**
 * Every change. A mutation answers a payload whose `userErrors` say why it did nothing (an id the caller cannot see
 * is NOT_FOUND, like an unknown one); a caller without the role named at the end of a mutation's description gets a
 * top-level FORBIDDEN error instead.
 */
export type MutationCorrectionSessionCreateArgs = {
  input: CorrectionSessionCreateInput;
};


/**
 * Every change. A mutation answers a payload whose `userErrors` say why it did nothing (an id the caller cannot see
 * is NOT_FOUND, like an unknown one); a caller without the role named at the end of a mutation's description gets a
 * top-level FORBIDDEN error instead.
 */
export type MutationCorrectionSessionDeleteArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Every change. A mutation answers a payload whose `userErrors` say why it did nothing (an id the caller cannot see
 * is NOT_FOUND, like an unknown one); a caller without the role named at the end of a mutation's description gets a
 * top-level FORBIDDEN error instead.
 */
export type MutationCorrectionTagAddArgs = {
  segmentId: Scalars['ID']['input'];
  sessionId: Scalars['ID']['input'];
  tag: CorrectionTagInput;
};


/**
 * Every change. A mutation answers a payload whose `userErrors` say why it did nothing (an id the caller cannot see
 * is NOT_FOUND, like an unknown one); a caller without the role named at the end of a mutation's description gets a
 * top-level FORBIDDEN error instead.
 */
export type MutationCorrectionTagChangeArgs = {
  id: Scalars['ID']['input'];
  tag: CorrectionTagInput;
};


/**
 * Every change. A mutation answers a payload whose `userErrors` say why it did nothing (an id the caller cannot see
 * is NOT_FOUND, like an unknown one); a caller without the role named at the end of a mutation's description gets a
 * top-level FORBIDDEN error instead.
 */
export type MutationCorrectionTagConfirmArgs = {
  id: Scalars['ID']['input'];
  status: TagStatus;
};


/**
 * Every change. A mutation answers a payload whose `userErrors` say why it did nothing (an id the caller cannot see
 * is NOT_FOUND, like an unknown one); a caller without the role named at the end of a mutation's description gets a
 * top-level FORBIDDEN error instead.
 */
export type MutationCorrectionTagDeleteArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Every change. A mutation answers a payload whose `userErrors` say why it did nothing (an id the caller cannot see
 * is NOT_FOUND, like an unknown one); a caller without the role named at the end of a mutation's description gets a
 * top-level FORBIDDEN error instead.
 */
export type MutationDeliveryCreateArgs = {
  input: DeliveryCreateInput;
};


/**
 * Every change. A mutation answers a payload whose `userErrors` say why it did nothing (an id the caller cannot see
 * is NOT_FOUND, like an unknown one); a caller without the role named at the end of a mutation's description gets a
 * top-level FORBIDDEN error instead.
 */
export type MutationExportCancelArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Every change. A mutation answers a payload whose `userErrors` say why it did nothing (an id the caller cannot see
 * is NOT_FOUND, like an unknown one); a caller without the role named at the end of a mutation's description gets a
 * top-level FORBIDDEN error instead.
 */
export type MutationExportCreateArgs = {
  input: ExportCreateInput;
};


/**
 * Every change. A mutation answers a payload whose `userErrors` say why it did nothing (an id the caller cannot see
 * is NOT_FOUND, like an unknown one); a caller without the role named at the end of a mutation's description gets a
 * top-level FORBIDDEN error instead.
 */
export type MutationImprovementItemClaimArgs = {
  leaseSeconds?: InputMaybe<Scalars['Int']['input']>;
  projectId: Scalars['ID']['input'];
};


/**
 * Every change. A mutation answers a payload whose `userErrors` say why it did nothing (an id the caller cannot see
 * is NOT_FOUND, like an unknown one); a caller without the role named at the end of a mutation's description gets a
 * top-level FORBIDDEN error instead.
 */
export type MutationImprovementItemCompleteArgs = {
  detail?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  outcome: ImprovementOutcome;
};


/**
 * Every change. A mutation answers a payload whose `userErrors` say why it did nothing (an id the caller cannot see
 * is NOT_FOUND, like an unknown one); a caller without the role named at the end of a mutation's description gets a
 * top-level FORBIDDEN error instead.
 */
export type MutationInferenceRunCancelArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Every change. A mutation answers a payload whose `userErrors` say why it did nothing (an id the caller cannot see
 * is NOT_FOUND, like an unknown one); a caller without the role named at the end of a mutation's description gets a
 * top-level FORBIDDEN error instead.
 */
export type MutationInferenceRunCreateArgs = {
  input: InferenceRunCreateInput;
};


/**
 * Every change. A mutation answers a payload whose `userErrors` say why it did nothing (an id the caller cannot see
 * is NOT_FOUND, like an unknown one); a caller without the role named at the end of a mutation's description gets a
 * top-level FORBIDDEN error instead.
 */
export type MutationMessageAppendArgs = {
  input: MessageAppendInput;
};


/**
 * Every change. A mutation answers a payload whose `userErrors` say why it did nothing (an id the caller cannot see
 * is NOT_FOUND, like an unknown one); a caller without the role named at the end of a mutation's description gets a
 * top-level FORBIDDEN error instead.
 */
export type MutationOrganizationMemberRemoveArgs = {
  input: OrganizationMemberRemoveInput;
};


/**
 * Every change. A mutation answers a payload whose `userErrors` say why it did nothing (an id the caller cannot see
 * is NOT_FOUND, like an unknown one); a caller without the role named at the end of a mutation's description gets a
 * top-level FORBIDDEN error instead.
 */
export type MutationOrganizationMemberSetArgs = {
  input: OrganizationMemberSetInput;
};


/**
 * Every change. A mutation answers a payload whose `userErrors` say why it did nothing (an id the caller cannot see
 * is NOT_FOUND, like an unknown one); a caller without the role named at the end of a mutation's description gets a
 * top-level FORBIDDEN error instead.
 */
export type MutationOrganizationUpdateArgs = {
  id: Scalars['ID']['input'];
  input: OrganizationUpdateInput;
};


/**
 * Every change. A mutation answers a payload whose `userErrors` say why it did nothing (an id the caller cannot see
 * is NOT_FOUND, like an unknown one); a caller without the role named at the end of a mutation's description gets a
 * top-level FORBIDDEN error instead.
 */
export type MutationProjectCreateArgs = {
  input: ProjectCreateInput;
};


/**
 * Every change. A mutation answers a payload whose `userErrors` say why it did nothing (an id the caller cannot see
 * is NOT_FOUND, like an unknown one); a caller without the role named at the end of a mutation's description gets a
 * top-level FORBIDDEN error instead.
 */
export type MutationProjectDeleteArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Every change. A mutation answers a payload whose `userErrors` say why it did nothing (an id the caller cannot see
 * is NOT_FOUND, like an unknown one); a caller without the role named at the end of a mutation's description gets a
 * top-level FORBIDDEN error instead.
 */
export type MutationProjectMemberRemoveArgs = {
  input: ProjectMemberRemoveInput;
};


/**
 * Every change. A mutation answers a payload whose `userErrors` say why it did nothing (an id the caller cannot see
 * is NOT_FOUND, like an unknown one); a caller without the role named at the end of a mutation's description gets a
 * top-level FORBIDDEN error instead.
 */
export type MutationProjectMemberSetArgs = {
  input: ProjectMemberSetInput;
};


/**
 * Every change. A mutation answers a payload whose `userErrors` say why it did nothing (an id the caller cannot see
 * is NOT_FOUND, like an unknown one); a caller without the role named at the end of a mutation's description gets a
 * top-level FORBIDDEN error instead.
 */
export type MutationPromptCreateArgs = {
  input: PromptCreateInput;
};


/**
 * Every change. A mutation answers a payload whose `userErrors` say why it did nothing (an id the caller cannot see
 * is NOT_FOUND, like an unknown one); a caller without the role named at the end of a mutation's description gets a
 * top-level FORBIDDEN error instead.
 */
export type MutationPromptDeleteArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Every change. A mutation answers a payload whose `userErrors` say why it did nothing (an id the caller cannot see
 * is NOT_FOUND, like an unknown one); a caller without the role named at the end of a mutation's description gets a
 * top-level FORBIDDEN error instead.
 */
export type MutationPromptUpdateArgs = {
  id: Scalars['ID']['input'];
  input: PromptUpdateInput;
};


/**
 * Every change. A mutation answers a payload whose `userErrors` say why it did nothing (an id the caller cannot see
 * is NOT_FOUND, like an unknown one); a caller without the role named at the end of a mutation's description gets a
 * top-level FORBIDDEN error instead.
 */
export type MutationPromptVersionCreateArgs = {
  input: PromptVersionCreateInput;
};


/**
 * Every change. A mutation answers a payload whose `userErrors` say why it did nothing (an id the caller cannot see
 * is NOT_FOUND, like an unknown one); a caller without the role named at the end of a mutation's description gets a
 * top-level FORBIDDEN error instead.
 */
export type MutationPromptVersionDeleteArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Every change. A mutation answers a payload whose `userErrors` say why it did nothing (an id the caller cannot see
 * is NOT_FOUND, like an unknown one); a caller without the role named at the end of a mutation's description gets a
 * top-level FORBIDDEN error instead.
 */
export type MutationPromptVersionUpdateArgs = {
  id: Scalars['ID']['input'];
  input: PromptVersionUpdateInput;
};


/**
 * Every change. A mutation answers a payload whose `userErrors` say why it did nothing (an id the caller cannot see
 * is NOT_FOUND, like an unknown one); a caller without the role named at the end of a mutation's description gets a
 * top-level FORBIDDEN error instead.
 */
export type MutationProviderConnectionCreateArgs = {
  input: ProviderConnectionCreateInput;
};


/**
 * Every change. A mutation answers a payload whose `userErrors` say why it did nothing (an id the caller cannot see
 * is NOT_FOUND, like an unknown one); a caller without the role named at the end of a mutation's description gets a
 * top-level FORBIDDEN error instead.
 */
export type MutationSearchSessionAddEventsArgs = {
  input: SearchSessionAddEventsInput;
};


/**
 * Every change. A mutation answers a payload whose `userErrors` say why it did nothing (an id the caller cannot see
 * is NOT_FOUND, like an unknown one); a caller without the role named at the end of a mutation's description gets a
 * top-level FORBIDDEN error instead.
 */
export type MutationSearchSessionMarkIrrelevantArgs = {
  id: Scalars['ID']['input'];
  projectId?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * Every change. A mutation answers a payload whose `userErrors` say why it did nothing (an id the caller cannot see
 * is NOT_FOUND, like an unknown one); a caller without the role named at the end of a mutation's description gets a
 * top-level FORBIDDEN error instead.
 */
export type MutationSearchSessionRegisterArgs = {
  input: SearchSessionRegisterInput;
};


/**
 * Every change. A mutation answers a payload whose `userErrors` say why it did nothing (an id the caller cannot see
 * is NOT_FOUND, like an unknown one); a caller without the role named at the end of a mutation's description gets a
 * top-level FORBIDDEN error instead.
 */
export type MutationServiceTokenCreateArgs = {
  input: ServiceTokenCreateInput;
};


/**
 * Every change. A mutation answers a payload whose `userErrors` say why it did nothing (an id the caller cannot see
 * is NOT_FOUND, like an unknown one); a caller without the role named at the end of a mutation's description gets a
 * top-level FORBIDDEN error instead.
 */
export type MutationSessionUseForImprovementArgs = {
  projectId?: InputMaybe<Scalars['ID']['input']>;
  sessionId: Scalars['ID']['input'];
};


/**
 * Every change. A mutation answers a payload whose `userErrors` say why it did nothing (an id the caller cannot see
 * is NOT_FOUND, like an unknown one); a caller without the role named at the end of a mutation's description gets a
 * top-level FORBIDDEN error instead.
 */
export type MutationTaskAbortArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Every change. A mutation answers a payload whose `userErrors` say why it did nothing (an id the caller cannot see
 * is NOT_FOUND, like an unknown one); a caller without the role named at the end of a mutation's description gets a
 * top-level FORBIDDEN error instead.
 */
export type MutationTaskCancelArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Every change. A mutation answers a payload whose `userErrors` say why it did nothing (an id the caller cannot see
 * is NOT_FOUND, like an unknown one); a caller without the role named at the end of a mutation's description gets a
 * top-level FORBIDDEN error instead.
 */
export type MutationTaskCommitArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Every change. A mutation answers a payload whose `userErrors` say why it did nothing (an id the caller cannot see
 * is NOT_FOUND, like an unknown one); a caller without the role named at the end of a mutation's description gets a
 * top-level FORBIDDEN error instead.
 */
export type MutationTaskCompleteArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Every change. A mutation answers a payload whose `userErrors` say why it did nothing (an id the caller cannot see
 * is NOT_FOUND, like an unknown one); a caller without the role named at the end of a mutation's description gets a
 * top-level FORBIDDEN error instead.
 */
export type MutationTaskCreateArgs = {
  input: TaskCreateInput;
};


/**
 * Every change. A mutation answers a payload whose `userErrors` say why it did nothing (an id the caller cannot see
 * is NOT_FOUND, like an unknown one); a caller without the role named at the end of a mutation's description gets a
 * top-level FORBIDDEN error instead.
 */
export type MutationTaskDataAddArgs = {
  responses: Array<CodingResponseInput>;
  taskId: Scalars['ID']['input'];
};


/**
 * Every change. A mutation answers a payload whose `userErrors` say why it did nothing (an id the caller cannot see
 * is NOT_FOUND, like an unknown one); a caller without the role named at the end of a mutation's description gets a
 * top-level FORBIDDEN error instead.
 */
export type MutationTaskDataDeleteArgs = {
  chunkId: Scalars['ID']['input'];
};


/**
 * Every change. A mutation answers a payload whose `userErrors` say why it did nothing (an id the caller cannot see
 * is NOT_FOUND, like an unknown one); a caller without the role named at the end of a mutation's description gets a
 * top-level FORBIDDEN error instead.
 */
export type MutationTaskDeleteArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Every change. A mutation answers a payload whose `userErrors` say why it did nothing (an id the caller cannot see
 * is NOT_FOUND, like an unknown one); a caller without the role named at the end of a mutation's description gets a
 * top-level FORBIDDEN error instead.
 */
export type MutationTaskFailArgs = {
  errors: Array<TaskErrorInput>;
  id: Scalars['ID']['input'];
};


/**
 * Every change. A mutation answers a payload whose `userErrors` say why it did nothing (an id the caller cannot see
 * is NOT_FOUND, like an unknown one); a caller without the role named at the end of a mutation's description gets a
 * top-level FORBIDDEN error instead.
 */
export type MutationTaskImportScaleArgs = {
  input: TaskImportScaleInput;
};


/**
 * Every change. A mutation answers a payload whose `userErrors` say why it did nothing (an id the caller cannot see
 * is NOT_FOUND, like an unknown one); a caller without the role named at the end of a mutation's description gets a
 * top-level FORBIDDEN error instead.
 */
export type MutationTaskSetMetadataArgs = {
  id: Scalars['ID']['input'];
  merge?: InputMaybe<Scalars['Boolean']['input']>;
  metadata: Scalars['JSON']['input'];
};


/**
 * Every change. A mutation answers a payload whose `userErrors` say why it did nothing (an id the caller cannot see
 * is NOT_FOUND, like an unknown one); a caller without the role named at the end of a mutation's description gets a
 * top-level FORBIDDEN error instead.
 */
export type MutationThreadAppendArgs = {
  input: ThreadAppendInput;
};


/**
 * Every change. A mutation answers a payload whose `userErrors` say why it did nothing (an id the caller cannot see
 * is NOT_FOUND, like an unknown one); a caller without the role named at the end of a mutation's description gets a
 * top-level FORBIDDEN error instead.
 */
export type MutationTokenCreateArgs = {
  input: TokenCreateInput;
};


/**
 * Every change. A mutation answers a payload whose `userErrors` say why it did nothing (an id the caller cannot see
 * is NOT_FOUND, like an unknown one); a caller without the role named at the end of a mutation's description gets a
 * top-level FORBIDDEN error instead.
 */
export type MutationTokenRevokeArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Every change. A mutation answers a payload whose `userErrors` say why it did nothing (an id the caller cannot see
 * is NOT_FOUND, like an unknown one); a caller without the role named at the end of a mutation's description gets a
 * top-level FORBIDDEN error instead.
 */
export type MutationTurnAppendArgs = {
  input: TurnAppendInput;
};


/**
 * Every change. A mutation answers a payload whose `userErrors` say why it did nothing (an id the caller cannot see
 * is NOT_FOUND, like an unknown one); a caller without the role named at the end of a mutation's description gets a
 * top-level FORBIDDEN error instead.
 */
export type MutationWebhookCreateArgs = {
  input: WebhookCreateInput;
};


/**
 * Every change. A mutation answers a payload whose `userErrors` say why it did nothing (an id the caller cannot see
 * is NOT_FOUND, like an unknown one); a caller without the role named at the end of a mutation's description gets a
 * top-level FORBIDDEN error instead.
 */
export type MutationWebhookDeleteArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Every change. A mutation answers a payload whose `userErrors` say why it did nothing (an id the caller cannot see
 * is NOT_FOUND, like an unknown one); a caller without the role named at the end of a mutation's description gets a
 * top-level FORBIDDEN error instead.
 */
export type MutationWebhookDeliveryRetryArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Every change. A mutation answers a payload whose `userErrors` say why it did nothing (an id the caller cannot see
 * is NOT_FOUND, like an unknown one); a caller without the role named at the end of a mutation's description gets a
 * top-level FORBIDDEN error instead.
 */
export type MutationWebhookRotateSecretArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Every change. A mutation answers a payload whose `userErrors` say why it did nothing (an id the caller cannot see
 * is NOT_FOUND, like an unknown one); a caller without the role named at the end of a mutation's description gets a
 * top-level FORBIDDEN error instead.
 */
export type MutationWebhookUpdateArgs = {
  id: Scalars['ID']['input'];
  input: WebhookUpdateInput;
};

/** An object with a global id. Ids are opaque, type-prefixed ULIDs (`task_01J…`); `node(id:)` resolves any of them. */
export type Node = {
  /** The global, opaque id of the object. */
  id: Scalars['ID']['output'];
};

/** A list of numbers. */
export type NumberListValue = {
  __typename?: 'NumberListValue';
  /** The numbers, in the order given. An empty list of any kind comes back as a NumberListValue with no numbers. */
  numbers: Array<Scalars['Float']['output']>;
};

/** A numeric response value. */
export type NumberValue = {
  __typename?: 'NumberValue';
  /** The number, as given. */
  number: Scalars['Float']['output'];
};

/** Ascending or descending. */
export type OrderDirection =
  /** Ascending: earliest instant (or first title) first. */
  | 'ASC'
  /** Descending: latest instant (or last title) first. */
  | 'DESC';

/** A tenant. It owns projects; everything else belongs to one of its projects. */
export type Organization = Node & {
  __typename?: 'Organization';
  /** When the organization was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Global id of the organization (`org_…`). */
  id: Scalars['ID']['output'];
  /** The organization's members, oldest first. */
  members: OrganizationMemberConnection;
  /** Display name, e.g. `Globex Research`; the slug when none was given at `annograph init`. `organizationUpdate` changes it. */
  name: Scalars['String']['output'];
  /** The organization's projects, oldest first. */
  projects: ProjectConnection;
  /** The organization's prompts, oldest first unless `orderBy`; `search` matches the title or description. */
  prompts: PromptConnection;
  /** The organization's service tokens; null unless the caller is an OWNER or ADMIN of it. */
  serviceTokens?: Maybe<ApiTokenConnection>;
  /** Short unique handle used in URLs and on the command line, e.g. `acme-ml`. */
  slug: Scalars['String']['output'];
  /** The caller's role in the organization. */
  viewerRole?: Maybe<OrganizationRole>;
  /** The organization's own webhooks (not its projects'), oldest first; null unless you are its OWNER or ADMIN. */
  webhooks?: Maybe<WebhookConnection>;
};


/** A tenant. It owns projects; everything else belongs to one of its projects. */
export type OrganizationMembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A tenant. It owns projects; everything else belongs to one of its projects. */
export type OrganizationProjectsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A tenant. It owns projects; everything else belongs to one of its projects. */
export type OrganizationPromptsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<PromptOrder>;
  search?: InputMaybe<Scalars['String']['input']>;
};


/** A tenant. It owns projects; everything else belongs to one of its projects. */
export type OrganizationServiceTokensArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A tenant. It owns projects; everything else belongs to one of its projects. */
export type OrganizationWebhooksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of organizations. */
export type OrganizationConnection = {
  __typename?: 'OrganizationConnection';
  /** The organizations of this page, each with its cursor. */
  edges: Array<OrganizationEdge>;
  /** The organizations of this page, without cursors. */
  nodes: Array<Organization>;
  /** Whether more organizations precede or follow this page, and its first and last cursors. */
  pageInfo: PageInfo;
  /** How many organizations there are in all, across pages. */
  totalCount: Scalars['Int']['output'];
};

/** An organization in a page, with its cursor. */
export type OrganizationEdge = {
  __typename?: 'OrganizationEdge';
  /** Opaque cursor of this organization, for after/before. */
  cursor: Scalars['String']['output'];
  /** The organization. */
  node: Organization;
};

/** A person's membership of an organization. */
export type OrganizationMember = Node & {
  __typename?: 'OrganizationMember';
  /** When the person joined the organization (a later role change keeps it). */
  createdAt: Scalars['DateTime']['output'];
  /** Global id of the membership (`omem_…`); not the person's id. */
  id: Scalars['ID']['output'];
  /** The organization. */
  organization: Organization;
  /** The person's role in the organization. */
  role: OrganizationRole;
  /** The person. */
  user: User;
};

/** A page of organization members. */
export type OrganizationMemberConnection = {
  __typename?: 'OrganizationMemberConnection';
  /** The members of this page, each with its cursor. */
  edges: Array<OrganizationMemberEdge>;
  /** The members of this page, without cursors. */
  nodes: Array<OrganizationMember>;
  /** Whether more members precede or follow this page, and its first and last cursors. */
  pageInfo: PageInfo;
  /** How many members the organization has, across pages. */
  totalCount: Scalars['Int']['output'];
};

/** A membership in a page, with its cursor. */
export type OrganizationMemberEdge = {
  __typename?: 'OrganizationMemberEdge';
  /** Opaque cursor of this membership, for after/before. */
  cursor: Scalars['String']['output'];
  /** The membership. */
  node: OrganizationMember;
};

/** Removes a person from an organization and from all its projects. */
export type OrganizationMemberRemoveInput = {
  /** Required: the organization (you need OWNER or ADMIN in it). */
  organizationId: Scalars['ID']['input'];
  /** Required: the person (`user_…`) to remove; removing an OWNER needs OWNER, and the last OWNER stays. */
  userId: Scalars['ID']['input'];
};

/** What `organizationMemberRemove` returns. */
export type OrganizationMemberRemovePayload = {
  __typename?: 'OrganizationMemberRemovePayload';
  /** Id of the removed OrganizationMember (`omem_…`), not of the person; null when `userErrors` is not empty. */
  removedMemberId?: Maybe<Scalars['ID']['output']>;
  /** Why the mutation did nothing; empty on success. */
  userErrors: Array<UserError>;
};

/** Adds a person to an organization, or changes their role. A person unknown to Annograph is created. */
export type OrganizationMemberSetInput = {
  /** Required: the person's email, trimmed and lower-cased; it identifies the person. */
  email: Scalars['String']['input'];
  /** The person's name when they are new; ignored for a known email. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Required: the organization (you need OWNER or ADMIN in it). */
  organizationId: Scalars['ID']['input'];
  /**
   * Required: the role to give. Granting OWNER or changing an OWNER's role needs OWNER; the last OWNER cannot be
   * given another role (PRECONDITION_FAILED).
   */
  role: OrganizationRole;
};

/** What `organizationMemberSet` returns. */
export type OrganizationMemberSetPayload = {
  __typename?: 'OrganizationMemberSetPayload';
  /** The membership as it is now (new or changed); null when `userErrors` is not empty. */
  member?: Maybe<OrganizationMember>;
  /** Why the mutation did nothing; empty on success. */
  userErrors: Array<UserError>;
};

/** A person's role in an organization. */
export type OrganizationRole =
  /** Holds ADMIN on every project; manages members, projects and service tokens. */
  | 'ADMIN'
  /** Sees the organization; sees a project only as a member of it. */
  | 'MEMBER'
  /** Holds OWNER on every project; the only role that can grant or take OWNER. */
  | 'OWNER';

/** Changes to an organization; omitted fields stay as they are. */
export type OrganizationUpdateInput = {
  /** New display name, 1 to 200 characters after trimming; null or omitted keeps the current one. */
  name?: InputMaybe<Scalars['String']['input']>;
};

/** What `organizationUpdate` returns. */
export type OrganizationUpdatePayload = {
  __typename?: 'OrganizationUpdatePayload';
  /** The organization as it is now; null when `userErrors` is not empty. */
  organization?: Maybe<Organization>;
  /** Why the mutation did nothing; empty on success. */
  userErrors: Array<UserError>;
};

/** A value of a type Annograph does not know, kept verbatim. */
export type OtherAnnotationValue = {
  __typename?: 'OtherAnnotationValue';
  /** The possible values, verbatim (same as the annotation's `possibleValues`); null when the source gave none. */
  possibleRaw?: Maybe<Scalars['JSON']['output']>;
  /** The value, verbatim (same as the annotation's `value`); null when not answered yet. */
  raw?: Maybe<Scalars['JSON']['output']>;
  /** The source's type word. */
  sourceType: Scalars['String']['output'];
};

/** Relay page information. Pages are ordered by creation (ids are time-ordered ULIDs). */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last edge, or null when the page is empty. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when more items follow the last edge of this page. */
  hasNextPage: Scalars['Boolean']['output'];
  /** True when items precede the first edge of this page. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first edge, or null when the page is empty. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** Which pairs PREFERENCE_PAIRS makes from a ranking. */
export type PreferencePairs =
  /** Every ordered pair (a ranked above b): n(n-1)/2 lines for n alternatives without ties. */
  | 'ALL_PAIRS'
  /** The best alternative against each of the others: n-1 lines. */
  | 'BEST_VS_REST';

/**
 * A body of annotation work owned by one organization: its batches, tasks and (later) sessions, coders and runs.
 * Scale projects, DeepOpinion projects and Label Studio projects all map here.
 */
export type Project = Node & {
  __typename?: 'Project';
  /**
   * Agreement between the authors of one annotation key on the same targets; the latest value per target and author
   * counts. A data set the metric cannot take is a BAD_USER_INPUT error whose `extensions.reason` names it.
   */
  agreement: AgreementResult;
  /** The project's batches, oldest first. */
  batches: BatchConnection;
  /** The project's change log, oldest first (see `Query.changes`). */
  changes: ChangeConnection;
  /** The project's models, oldest first. */
  coders: CoderConnection;
  /** The project's connectors, oldest first. */
  connectors: ConnectorConnection;
  /** The project's correction sessions, oldest first; `status` keeps any of the given statuses. */
  correctionSessions: CorrectionSessionConnection;
  /** When the project was created in Annograph. */
  createdAt: Scalars['DateTime']['output'];
  /** The project's deliveries, oldest first. */
  deliveries: DeliveryConnection;
  /** What the project is for, in free text; null when none was given. */
  description?: Maybe<Scalars['String']['output']>;
  /** The project's exports, newest first. */
  exports: ExportJobConnection;
  /** The project's id in its source system, e.g. Scale's `project_abc123`. */
  externalId?: Maybe<Scalars['String']['output']>;
  /** Global id of the project (`proj_…`). */
  id: Scalars['ID']['output'];
  /** The project's improvement queue, oldest first. */
  improvementItems: ImprovementItemConnection;
  /** Inference runs on the project, by the upstream's filters. */
  inferenceRuns: InferenceRunConnection;
  /** The project's members, oldest first (organization OWNERs and ADMINs hold their role without a membership). */
  members: ProjectMemberConnection;
  /** Free-form key/value metadata. */
  metadata: Scalars['JSON']['output'];
  /** Names of the models the project works with (Scale `models`). */
  models: Array<Scalars['String']['output']>;
  /** Unique within the organization (Scale looks projects up by name). */
  name: Scalars['String']['output'];
  /** The organization that owns the project. */
  organization: Organization;
  /** The project's search sessions, oldest first. */
  searchSessions: SearchSessionConnection;
  /**
   * The system the project came from: SCALE when a Scale import created it (`annograph import scale
   * --create-project`), ANNOGRAPH when made with `projectCreate` or `annograph project create`.
   */
  source: Source;
  /** The project's tasks, oldest first. */
  tasks: TaskConnection;
  /** Scale GenAI project types, e.g. `SFT`, `RLHF: Pref Ranking`. */
  types: Array<Scalars['String']['output']>;
  /** When the project's own fields last changed; work inside it (batches, tasks) leaves it as is. */
  updatedAt: Scalars['DateTime']['output'];
  /** The caller's effective role on the project (a project membership, or the organization's OWNER/ADMIN). */
  viewerRole: Role;
  /** The project's webhooks, oldest first; null unless you are ADMIN of the project. */
  webhooks?: Maybe<WebhookConnection>;
};


/**
 * A body of annotation work owned by one organization: its batches, tasks and (later) sessions, coders and runs.
 * Scale projects, DeepOpinion projects and Label Studio projects all map here.
 */
export type ProjectAgreementArgs = {
  input: AgreementInput;
};


/**
 * A body of annotation work owned by one organization: its batches, tasks and (later) sessions, coders and runs.
 * Scale projects, DeepOpinion projects and Label Studio projects all map here.
 */
export type ProjectBatchesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<BatchFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * A body of annotation work owned by one organization: its batches, tasks and (later) sessions, coders and runs.
 * Scale projects, DeepOpinion projects and Label Studio projects all map here.
 */
export type ProjectChangesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<ChangeType>>;
};


/**
 * A body of annotation work owned by one organization: its batches, tasks and (later) sessions, coders and runs.
 * Scale projects, DeepOpinion projects and Label Studio projects all map here.
 */
export type ProjectCodersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * A body of annotation work owned by one organization: its batches, tasks and (later) sessions, coders and runs.
 * Scale projects, DeepOpinion projects and Label Studio projects all map here.
 */
export type ProjectConnectorsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * A body of annotation work owned by one organization: its batches, tasks and (later) sessions, coders and runs.
 * Scale projects, DeepOpinion projects and Label Studio projects all map here.
 */
export type ProjectCorrectionSessionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<Array<CorrectionStatus>>;
};


/**
 * A body of annotation work owned by one organization: its batches, tasks and (later) sessions, coders and runs.
 * Scale projects, DeepOpinion projects and Label Studio projects all map here.
 */
export type ProjectDeliveriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DeliveryFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * A body of annotation work owned by one organization: its batches, tasks and (later) sessions, coders and runs.
 * Scale projects, DeepOpinion projects and Label Studio projects all map here.
 */
export type ProjectExportsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ExportJobFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * A body of annotation work owned by one organization: its batches, tasks and (later) sessions, coders and runs.
 * Scale projects, DeepOpinion projects and Label Studio projects all map here.
 */
export type ProjectImprovementItemsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<Array<ImprovementItemStatus>>;
};


/**
 * A body of annotation work owned by one organization: its batches, tasks and (later) sessions, coders and runs.
 * Scale projects, DeepOpinion projects and Label Studio projects all map here.
 */
export type ProjectInferenceRunsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<InferenceRunFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<InferenceRunOrder>;
};


/**
 * A body of annotation work owned by one organization: its batches, tasks and (later) sessions, coders and runs.
 * Scale projects, DeepOpinion projects and Label Studio projects all map here.
 */
export type ProjectMembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * A body of annotation work owned by one organization: its batches, tasks and (later) sessions, coders and runs.
 * Scale projects, DeepOpinion projects and Label Studio projects all map here.
 */
export type ProjectSearchSessionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  externalId?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * A body of annotation work owned by one organization: its batches, tasks and (later) sessions, coders and runs.
 * Scale projects, DeepOpinion projects and Label Studio projects all map here.
 */
export type ProjectTasksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TaskFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<TaskOrder>;
};


/**
 * A body of annotation work owned by one organization: its batches, tasks and (later) sessions, coders and runs.
 * Scale projects, DeepOpinion projects and Label Studio projects all map here.
 */
export type ProjectWebhooksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of projects. */
export type ProjectConnection = {
  __typename?: 'ProjectConnection';
  /** The projects of this page, each with its cursor. */
  edges: Array<ProjectEdge>;
  /** The projects of this page, without cursors. */
  nodes: Array<Project>;
  /** Whether more projects precede or follow this page, and its first and last cursors. */
  pageInfo: PageInfo;
  /** How many projects match, across pages. */
  totalCount: Scalars['Int']['output'];
};

/** A new project in an organization. */
export type ProjectCreateInput = {
  /** Optional free text about the project, at most 5,000 characters; omitted: null. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Unique within the organization (1 to 200 characters). */
  name: Scalars['String']['input'];
  /** Required: the organization to create the project in (you need OWNER or ADMIN in it). */
  organizationId: Scalars['ID']['input'];
};

/** What `projectCreate` returns. */
export type ProjectCreatePayload = {
  __typename?: 'ProjectCreatePayload';
  /** The new project; null when `userErrors` is not empty (CONFLICT when the name is taken). */
  project?: Maybe<Project>;
  /** Why the mutation did nothing; empty on success. */
  userErrors: Array<UserError>;
};

/** What `projectDelete` returns. */
export type ProjectDeletePayload = {
  __typename?: 'ProjectDeletePayload';
  /** Id of the deleted project; null when `userErrors` is not empty. */
  deletedProjectId?: Maybe<Scalars['ID']['output']>;
  /** Why the mutation did nothing; empty on success. */
  userErrors: Array<UserError>;
};

/** A project in a page, with its cursor. */
export type ProjectEdge = {
  __typename?: 'ProjectEdge';
  /** Opaque cursor of this project, for after/before. */
  cursor: Scalars['String']['output'];
  /** The project. */
  node: Project;
};

/** Narrows a list of projects; all given fields must match. */
export type ProjectFilter = {
  /** Only projects with this id in their source system (exact match). */
  externalId?: InputMaybe<Scalars['String']['input']>;
  /** Only projects with exactly this name (names repeat across organizations). */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Only projects from this system. */
  source?: InputMaybe<Source>;
};

/** A person's membership of a project. */
export type ProjectMember = Node & {
  __typename?: 'ProjectMember';
  /** When the person was added to the project (a later role change keeps it). */
  createdAt: Scalars['DateTime']['output'];
  /** Global id of the membership (`pmem_…`); not the person's id. */
  id: Scalars['ID']['output'];
  /** The project. */
  project: Project;
  /**
   * The role this membership gives on the project. The person's effective role may be higher: an organization
   * OWNER or ADMIN holds that role on every project.
   */
  role: Role;
  /** The person. */
  user: User;
};

/** A page of project members. */
export type ProjectMemberConnection = {
  __typename?: 'ProjectMemberConnection';
  /** The members of this page, each with its cursor. */
  edges: Array<ProjectMemberEdge>;
  /** The members of this page, without cursors. */
  nodes: Array<ProjectMember>;
  /** Whether more members precede or follow this page, and its first and last cursors. */
  pageInfo: PageInfo;
  /** How many members the project has (memberships only), across pages. */
  totalCount: Scalars['Int']['output'];
};

/** A membership in a page, with its cursor. */
export type ProjectMemberEdge = {
  __typename?: 'ProjectMemberEdge';
  /** Opaque cursor of this membership, for after/before. */
  cursor: Scalars['String']['output'];
  /** The membership. */
  node: ProjectMember;
};

/** Takes a person off a project (their organization membership stays). */
export type ProjectMemberRemoveInput = {
  /** Required: the project (you need ADMIN on it). */
  projectId: Scalars['ID']['input'];
  /** Required: the person (`user_…`) whose membership to remove; removing an OWNER needs OWNER on the project. */
  userId: Scalars['ID']['input'];
};

/** What `projectMemberRemove` returns. */
export type ProjectMemberRemovePayload = {
  __typename?: 'ProjectMemberRemovePayload';
  /** Id of the removed ProjectMember (`pmem_…`), not of the person; null when `userErrors` is not empty. */
  removedMemberId?: Maybe<Scalars['ID']['output']>;
  /** Why the mutation did nothing; empty on success. */
  userErrors: Array<UserError>;
};

/** Gives a member of the project's organization a role on the project, or changes it. */
export type ProjectMemberSetInput = {
  /** Required: the project (you need ADMIN on it). */
  projectId: Scalars['ID']['input'];
  /** Required: the role on the project. Granting OWNER, or changing an OWNER's role, needs OWNER on the project. */
  role: Role;
  /** Required: the person (`user_…`); they must already be a member of the project's organization (else PRECONDITION_FAILED). */
  userId: Scalars['ID']['input'];
};

/** What `projectMemberSet` returns. */
export type ProjectMemberSetPayload = {
  __typename?: 'ProjectMemberSetPayload';
  /** The membership as it is now (new or changed); null when `userErrors` is not empty. */
  member?: Maybe<ProjectMember>;
  /** Why the mutation did nothing; empty on success. */
  userErrors: Array<UserError>;
};

/**
 * Which tasks a run predicts: ALL; HAS_GT (tasks with a ground-truth annotation); SAMPLE (`sampleSubsetSize` tasks,
 * chosen reproducibly from the run's id); CUSTOM (the given `taskIds`, or a TaskFilter in `filtersJson`).
 */
export type ProjectSubset =
  /** Every task of the project that is not DELETED when the run is created (Label Studio `All`). */
  | 'ALL'
  /** The tasks of `taskIds` (those of the project), else those matching `filtersJson` (Label Studio `Custom`). */
  | 'CUSTOM'
  /** The tasks with a ground-truth annotation on the task as a whole (Label Studio `HasGT`). */
  | 'HAS_GT'
  /** `sampleSubsetSize` of the project's tasks, picked by a hash of the run id and each task id (Label Studio `Sample`). */
  | 'SAMPLE';

/**
 * A prompt (Label Studio Enterprise "Prompts", seed 004): a labeling skill over input fields of tasks, with versions
 * that run against projects. Prompts belong to an organization and are linked to its projects.
 */
export type Prompt = Node & {
  __typename?: 'Prompt';
  /** The projects the prompt is used with. */
  associatedProjects: Array<Project>;
  /** The best accuracy any of its versions reached, 0-1. */
  bestScore?: Maybe<Scalars['Float']['output']>;
  /** When the prompt was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Who created it; null when it was created with a service token or the person was removed. */
  createdBy?: Maybe<User>;
  /** Free-text description; null when none was given. */
  description?: Maybe<Scalars['String']['output']>;
  /** The global, opaque id of the prompt (`prm_…`). */
  id: Scalars['ID']['output'];
  /** The task data fields the prompt reads, e.g. `text`. */
  inputFields: Array<Scalars['String']['output']>;
  /** The organization that owns the prompt. */
  organization: Organization;
  /** The classes a prediction may take. */
  outputClasses: Array<Scalars['String']['output']>;
  /** How many inference runs its versions have, on every project (also those the caller may not see). */
  runsCount: Scalars['Int']['output'];
  /** What the prompt does; set at creation and not changeable. */
  skill: SkillName;
  /** Display name, 1 to 200 characters. */
  title: Scalars['String']['output'];
  /** When `promptUpdate` last changed it (new versions and runs do not count). */
  updatedAt: Scalars['DateTime']['output'];
  /** Its versions, oldest first. */
  versions: PromptVersionConnection;
  /** How many versions it has. */
  versionsCount: Scalars['Int']['output'];
};


/**
 * A prompt (Label Studio Enterprise "Prompts", seed 004): a labeling skill over input fields of tasks, with versions
 * that run against projects. Prompts belong to an organization and are linked to its projects.
 */
export type PromptVersionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of prompts. */
export type PromptConnection = {
  __typename?: 'PromptConnection';
  /** The prompts of this page, each with its cursor. */
  edges: Array<PromptEdge>;
  /** The prompts of this page, without cursors. */
  nodes: Array<Prompt>;
  /** Whether more prompts precede or follow this page, and its first and last cursors. */
  pageInfo: PageInfo;
  /** How many prompts match, across pages. */
  totalCount: Scalars['Int']['output'];
};

/** A new prompt of an organization. */
export type PromptCreateInput = {
  /** Projects of the organization. */
  associatedProjectIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Optional free text; null when omitted. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Required: 1 to 100 distinct task data field names (1 to 200 characters each); their values, in this order, are the prompt's input. */
  inputFields: Array<Scalars['String']['input']>;
  /** The organization that will own the prompt (required). */
  organizationId: Scalars['ID']['input'];
  /** Required: 0 to 100 distinct class names (1 to 200 characters each, trimmed) a prediction may take. */
  outputClasses: Array<Scalars['String']['input']>;
  /** Optional; TEXT_CLASSIFICATION when omitted. It cannot be changed later. */
  skill?: SkillName;
  /** Required: 1 to 200 characters, trimmed. */
  title: Scalars['String']['input'];
};

/** A prompt with its cursor. */
export type PromptEdge = {
  __typename?: 'PromptEdge';
  /** Opaque cursor of this prompt, for after/before on the same list and order. */
  cursor: Scalars['String']['output'];
  /** The prompt. */
  node: Prompt;
};

/** How to order a list of prompts; ties are broken by id. */
export type PromptOrder = {
  /** ASC (the default) or DESC. */
  direction?: OrderDirection;
  /** The field to order by (required). */
  field: PromptOrderField;
};

/** The field a prompt list is ordered by. */
export type PromptOrderField =
  /** When the prompt was created. */
  | 'CREATED_AT'
  /** The title, in the database's text order. */
  | 'TITLE'
  /** When `promptUpdate` last changed the prompt. */
  | 'UPDATED_AT';

/** What a prompt mutation returns: the prompt, or why nothing was done. */
export type PromptPayload = {
  __typename?: 'PromptPayload';
  /** The prompt after the change; null when `userErrors` is not empty. */
  prompt?: Maybe<Prompt>;
  /** Why the mutation did nothing; empty on success. */
  userErrors: Array<UserError>;
};

/** Changes to a prompt; omitted fields stay as they are. */
export type PromptUpdateInput = {
  /** Replaces the linked projects (projects of the prompt's organization; `[]` unlinks all); omitted or null: unchanged. */
  associatedProjectIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** New description; null clears it, omitted: unchanged. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Replaces the input fields (1 to 100 distinct names); omitted or null: unchanged. */
  inputFields?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Replaces the output classes (0 to 100 distinct names); omitted or null: unchanged. */
  outputClasses?: InputMaybe<Array<Scalars['String']['input']>>;
  /** New title, 1 to 200 characters; omitted or null: unchanged. */
  title?: InputMaybe<Scalars['String']['input']>;
};

/** A prompt version: the text, the provider and model it runs on. */
export type PromptVersion = Node & {
  __typename?: 'PromptVersion';
  /** Where a network provider is reached; null when none is set (OFFLINE needs none; a network version without one fails its runs). */
  connection?: Maybe<ProviderConnection>;
  /** When the version was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Who created it; null when it was created with a service token or the person was removed. */
  createdBy?: Maybe<User>;
  /** The global, opaque id of the version (`pver_…`). */
  id: Scalars['ID']['output'];
  /** Its inference runs, by the upstream's filters. */
  inferenceRuns: InferenceRunConnection;
  /** How many ground-truth examples of the project the OFFLINE provider compares each task with (0: none); network providers get none. */
  maxFewShotExamples: Scalars['Int']['output'];
  /** The prompt it is a version of. */
  prompt: Prompt;
  /**
   * The instructions, sent to a network provider as the system message as written (no placeholders are filled in); the
   * task's input fields follow in a user message. OFFLINE keeps it but does not read it.
   */
  promptText: Scalars['String']['output'];
  /** Who answers: OFFLINE, or a network provider reached through `connection`; set at creation and not changeable. */
  provider: Provider;
  /** The model name sent to the provider as `model`, e.g. `gpt-4o-mini` (not used by OFFLINE). */
  providerModelId: Scalars['String']['output'];
  /** Accuracy of its last completed run with ground truth, 0-1. */
  score?: Maybe<Scalars['Float']['output']>;
  /** Display name, 1 to 200 characters. */
  title: Scalars['String']['output'];
  /** When `promptVersionUpdate` last changed it (a new `score` does not count). */
  updatedAt: Scalars['DateTime']['output'];
};


/** A prompt version: the text, the provider and model it runs on. */
export type PromptVersionInferenceRunsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<InferenceRunFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<InferenceRunOrder>;
};

/** A page of prompt versions. */
export type PromptVersionConnection = {
  __typename?: 'PromptVersionConnection';
  /** The versions of this page, each with its cursor. */
  edges: Array<PromptVersionEdge>;
  /** The versions of this page, without cursors. */
  nodes: Array<PromptVersion>;
  /** Whether more versions precede or follow this page, and its first and last cursors. */
  pageInfo: PageInfo;
  /** How many versions there are, across pages. */
  totalCount: Scalars['Int']['output'];
};

/** A new version of a prompt. */
export type PromptVersionCreateInput = {
  /** A provider connection of the prompt's organization; required unless the provider is OFFLINE. */
  connectionId?: InputMaybe<Scalars['ID']['input']>;
  /** 0 to 100, default 0: how many ground-truth examples of the project the OFFLINE provider compares with. */
  maxFewShotExamples?: InputMaybe<Scalars['Int']['input']>;
  /** The prompt to add the version to (required). */
  promptId: Scalars['ID']['input'];
  /**
   * Required: 1 to 100000 characters. A network provider gets it as the system message, followed by the list of
   * output classes to answer with; the task's input fields, joined by newlines, are the user message.
   */
  promptText: Scalars['String']['input'];
  /** Optional; OFFLINE when omitted. Any other provider needs `connectionId`. It cannot be changed later. */
  provider?: Provider;
  /** Required: 1 to 200 characters, the model name sent to the provider (OFFLINE ignores it). */
  providerModelId: Scalars['String']['input'];
  /** Required: 1 to 200 characters, trimmed. */
  title: Scalars['String']['input'];
};

/** A prompt version with its cursor. */
export type PromptVersionEdge = {
  __typename?: 'PromptVersionEdge';
  /** Opaque cursor of this version, for after/before. */
  cursor: Scalars['String']['output'];
  /** The version. */
  node: PromptVersion;
};

/** What a prompt-version mutation returns: the version, or why nothing was done. */
export type PromptVersionPayload = {
  __typename?: 'PromptVersionPayload';
  /** Why the mutation did nothing; empty on success. */
  userErrors: Array<UserError>;
  /** The version after the change; null when `userErrors` is not empty. */
  version?: Maybe<PromptVersion>;
};

/** Changes to a prompt version; omitted fields stay as they are. */
export type PromptVersionUpdateInput = {
  /** Another provider connection of the prompt's organization; null removes the connection, omitted: unchanged. */
  connectionId?: InputMaybe<Scalars['ID']['input']>;
  /** 0 to 100; omitted or null: unchanged. */
  maxFewShotExamples?: InputMaybe<Scalars['Int']['input']>;
  /** New prompt text, 1 to 100000 characters; omitted or null: unchanged. */
  promptText?: InputMaybe<Scalars['String']['input']>;
  /** New model name, 1 to 200 characters; omitted or null: unchanged. */
  providerModelId?: InputMaybe<Scalars['String']['input']>;
  /** New title, 1 to 200 characters; omitted or null: unchanged. */
  title?: InputMaybe<Scalars['String']['input']>;
};

/**
 * Label Studio's providers, plus OFFLINE: built in, no network. The offline provider classifies a task by word
 * overlap (Jaccard) with at most `maxFewShotExamples` ground-truth examples of the project (the oldest first), and
 * answers the class of the most similar one (ties: the earliest example); with no example it answers the first
 * output class. Deterministic.
 */
export type Provider =
  /** Anthropic (Label Studio `Anthropic`), through an OpenAI-compatible connection `baseUrl`. */
  | 'ANTHROPIC'
  /** Azure AI Foundry (Label Studio `AzureAIFoundry`), through an OpenAI-compatible connection `baseUrl`. */
  | 'AZURE_AI_FOUNDRY'
  /** Azure OpenAI (Label Studio `AzureOpenAI`), through an OpenAI-compatible connection `baseUrl`. */
  | 'AZURE_OPENAI'
  /** Any other OpenAI-compatible endpoint (Label Studio `Custom`), at the connection's `baseUrl`. */
  | 'CUSTOM'
  /** Google Gemini (Label Studio `Gemini`), through an OpenAI-compatible connection `baseUrl`. */
  | 'GEMINI'
  /** The built-in classifier described above: no connection, no network; `providerModelId` and `promptText` are not used. */
  | 'OFFLINE'
  /**
   * OpenAI (Label Studio `OpenAI`). Every provider but OFFLINE is called the same way: an OpenAI-style
   * `POST {baseUrl}/chat/completions` through the version's connection.
   */
  | 'OPENAI'
  /** Google Vertex AI (Label Studio `VertexAI`), through an OpenAI-compatible connection `baseUrl`. */
  | 'VERTEX_AI';

/** Where a provider is reached. The key is write-only: no field returns it. */
export type ProviderConnection = Node & {
  __typename?: 'ProviderConnection';
  /** An OpenAI-compatible base URL, e.g. `https://api.openai.com/v1`. */
  baseUrl?: Maybe<Scalars['String']['output']>;
  /** When the connection was created. */
  createdAt: Scalars['DateTime']['output'];
  /** True when a key is stored. */
  hasApiKey: Scalars['Boolean']['output'];
  /** The global, opaque id of the connection (`pcon_…`). */
  id: Scalars['ID']['output'];
  /** How many times a call is retried after a timeout, a network error, a 429 or a 5xx answer (0 to 10), with backoff. */
  maxRetries: Scalars['Int']['output'];
  /** Display name, 1 to 200 characters. */
  name: Scalars['String']['output'];
  /** The provider it is for. Calls are OpenAI-style chat completions whatever the provider. */
  provider: Provider;
  /** Time limit of one provider call, in milliseconds (100 to 600000). */
  timeoutMs: Scalars['Int']['output'];
};

/** A new provider connection of an organization. */
export type ProviderConnectionCreateInput = {
  /** Stored encrypted with the server's `SECRETS_KEY`, never returned. */
  apiKey?: InputMaybe<Scalars['String']['input']>;
  /**
   * Optional OpenAI-compatible base URL, e.g. `https://api.openai.com/v1`; calls go to `{baseUrl}/chat/completions`.
   * An http or https URL, with no user or password in it (put the key in `apiKey`). A run through a connection without
   * one fails. Refused when its host is or resolves to a loopback, private, link-local or other non-public address that
   * the server's `OUTBOUND_ALLOWED_HOSTS` does not allow; every call checks again.
   */
  baseUrl?: InputMaybe<Scalars['String']['input']>;
  /** Retries after a timeout, a network error, a 429 or a 5xx answer: 0 to 10, default 2. */
  maxRetries?: InputMaybe<Scalars['Int']['input']>;
  /** Required: 1 to 200 characters, trimmed. */
  name: Scalars['String']['input'];
  /** The organization that will own the connection (required). */
  organizationId: Scalars['ID']['input'];
  /** Required: the provider it is for. */
  provider: Provider;
  /** Time limit of one provider call, in milliseconds: 100 to 600000, default 30000. */
  timeoutMs?: InputMaybe<Scalars['Int']['input']>;
};

/** What `providerConnectionCreate` returns: the new connection, or why nothing was done. */
export type ProviderConnectionPayload = {
  __typename?: 'ProviderConnectionPayload';
  /** The new connection; null when `userErrors` is not empty. */
  connection?: Maybe<ProviderConnection>;
  /** Why the mutation did nothing; empty on success. */
  userErrors: Array<UserError>;
};

/**
 * The entry points for reads. They answer only what the caller may see: an object of a project or organization
 * the caller has no role on answers like an unknown id (null).
 */
export type Query = {
  __typename?: 'Query';
  /** An annotation by id, or null. */
  annotation?: Maybe<Annotation>;
  /** A batch by id, or null. */
  batch?: Maybe<Batch>;
  /**
   * Sessions of a batch numbered above `afterNumber`, at most `limit` (1 to 100), in number order; each session's
   * `events` lists at most `eventsLimit` (1 to 100) unless asked for with `first`/`last`. Null for an unknown batch.
   */
  batchSessions?: Maybe<BatchSessionsPage>;
  /**
   * The change log of one project or one organization (exactly one of the two), oldest first, replayable from any
   * cursor. Changes are kept `CHANGE_RETENTION_DAYS` (default 30). A project or organization you cannot see gives an
   * empty page; membership and token changes are shown to admins only.
   */
  changes: ChangeConnection;
  /** What this coding service is and what its instructions look like. Any valid token. */
  codingService: CodingServiceInfo;
  /** A delivery by id, or null. */
  delivery?: Maybe<Delivery>;
  /** An inference run by id, or null. */
  inferenceRun?: Maybe<InferenceRun>;
  /** Any object by its global id; null when the id is unknown or of an unknown type. */
  node?: Maybe<Node>;
  /** Several objects by global id, in the order asked; null for each unknown id. */
  nodes: Array<Maybe<Node>>;
  /** An organization by id, or null. */
  organization?: Maybe<Organization>;
  /** All organizations, oldest first. */
  organizations: OrganizationConnection;
  /** A project by id, or null. */
  project?: Maybe<Project>;
  /** Projects of every organization, oldest first. */
  projects: ProjectConnection;
  /** A prompt by id, or null. */
  prompt?: Maybe<Prompt>;
  /** The caller's rate limit; null without rate limits (RATE_LIMIT_POINTS=0). */
  rateLimit?: Maybe<RateLimit>;
  /** A session of either kind by id, or null. */
  session?: Maybe<Session>;
  /** A task by id, or null. */
  task?: Maybe<Task>;
  /** Tasks of every project the caller may see (Scale's `GET /v2/tasks`), in Annograph's creation order unless `orderBy`. */
  tasks: TaskConnection;
  /** Who is calling. */
  viewer: Viewer;
  /** A webhook by id, or null (also when you may not administer it). */
  webhook?: Maybe<Webhook>;
};


/**
 * The entry points for reads. They answer only what the caller may see: an object of a project or organization
 * the caller has no role on answers like an unknown id (null).
 */
export type QueryAnnotationArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The entry points for reads. They answer only what the caller may see: an object of a project or organization
 * the caller has no role on answers like an unknown id (null).
 */
export type QueryBatchArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The entry points for reads. They answer only what the caller may see: an object of a project or organization
 * the caller has no role on answers like an unknown id (null).
 */
export type QueryBatchSessionsArgs = {
  afterNumber?: InputMaybe<Scalars['Int']['input']>;
  batchId: Scalars['ID']['input'];
  eventsLimit?: InputMaybe<Scalars['Int']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * The entry points for reads. They answer only what the caller may see: an object of a project or organization
 * the caller has no role on answers like an unknown id (null).
 */
export type QueryChangesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  projectId?: InputMaybe<Scalars['ID']['input']>;
  types?: InputMaybe<Array<ChangeType>>;
};


/**
 * The entry points for reads. They answer only what the caller may see: an object of a project or organization
 * the caller has no role on answers like an unknown id (null).
 */
export type QueryDeliveryArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The entry points for reads. They answer only what the caller may see: an object of a project or organization
 * the caller has no role on answers like an unknown id (null).
 */
export type QueryInferenceRunArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The entry points for reads. They answer only what the caller may see: an object of a project or organization
 * the caller has no role on answers like an unknown id (null).
 */
export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The entry points for reads. They answer only what the caller may see: an object of a project or organization
 * the caller has no role on answers like an unknown id (null).
 */
export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


/**
 * The entry points for reads. They answer only what the caller may see: an object of a project or organization
 * the caller has no role on answers like an unknown id (null).
 */
export type QueryOrganizationArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The entry points for reads. They answer only what the caller may see: an object of a project or organization
 * the caller has no role on answers like an unknown id (null).
 */
export type QueryOrganizationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * The entry points for reads. They answer only what the caller may see: an object of a project or organization
 * the caller has no role on answers like an unknown id (null).
 */
export type QueryProjectArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The entry points for reads. They answer only what the caller may see: an object of a project or organization
 * the caller has no role on answers like an unknown id (null).
 */
export type QueryProjectsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ProjectFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * The entry points for reads. They answer only what the caller may see: an object of a project or organization
 * the caller has no role on answers like an unknown id (null).
 */
export type QueryPromptArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The entry points for reads. They answer only what the caller may see: an object of a project or organization
 * the caller has no role on answers like an unknown id (null).
 */
export type QuerySessionArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The entry points for reads. They answer only what the caller may see: an object of a project or organization
 * the caller has no role on answers like an unknown id (null).
 */
export type QueryTaskArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The entry points for reads. They answer only what the caller may see: an object of a project or organization
 * the caller has no role on answers like an unknown id (null).
 */
export type QueryTasksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TaskFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<TaskOrder>;
};


/**
 * The entry points for reads. They answer only what the caller may see: an object of a project or organization
 * the caller has no role on answers like an unknown id (null).
 */
export type QueryWebhookArgs = {
  id: Scalars['ID']['input'];
};

/** A ranking without ties, best first. */
export type RankedChoicesAnnotationValue = {
  __typename?: 'RankedChoicesAnnotationValue';
  /** The choices to rank; empty when the source listed none. */
  possibleChoices: Array<Scalars['String']['output']>;
  /** The choices, best first, each once; empty when not answered yet. */
  ranking: Array<Scalars['String']['output']>;
};

/** A ranking with ties: groups, best first. */
export type RankedGroupsAnnotationValue = {
  __typename?: 'RankedGroupsAnnotationValue';
  /** Groups of tied choices, best group first; empty when not answered yet. */
  groups: Array<Array<Scalars['String']['output']>>;
  /** The choices to rank; empty when the source listed none. */
  possibleChoices: Array<Scalars['String']['output']>;
};

/**
 * The caller's rate limit (GitHub's shape): a leaky bucket of points per API token, one point per object a request
 * produces. A request is admitted when the bucket holds what it may cost at most, and charged what it produced; every
 * response's `extensions.cost` says both (Shopify's names).
 */
export type RateLimit = {
  __typename?: 'RateLimit';
  /** The most this request may cost: its worst-case estimate, capped at the per-request object limit. */
  cost: Scalars['Int']['output'];
  /** Points the bucket holds when full. */
  limit: Scalars['Int']['output'];
  /** Points left now: after admitting this request, before charging it. */
  remaining: Scalars['Int']['output'];
  /** When the bucket is full again if nothing more is spent. */
  resetAt: Scalars['DateTime']['output'];
  /** Points restored per second. */
  restoreRate: Scalars['Int']['output'];
};

/** One step of a model's reasoning. */
export type ReasoningStep = {
  __typename?: 'ReasoningStep';
  /** The step's text (Scale `content`). */
  content?: Maybe<Scalars['String']['output']>;
};

/** A text a message refers to. */
export type ReferenceText = {
  __typename?: 'ReferenceText';
  /** What kind of reference it is, free-form as the source labeled it (Scale `category`). */
  category?: Maybe<Scalars['String']['output']>;
  /** The referenced text itself. */
  content?: Maybe<Scalars['String']['output']>;
  /** Where the referenced text can be found. */
  url?: Maybe<Scalars['String']['output']>;
};

/** A text the message refers to. */
export type ReferenceTextInput = {
  /** What kind of reference it is, free-form (Scale `category`). Optional. */
  category?: InputMaybe<Scalars['String']['input']>;
  /** The referenced text itself. Optional. */
  content?: InputMaybe<Scalars['String']['input']>;
  /** Where the referenced text can be found. Optional. */
  url?: InputMaybe<Scalars['String']['input']>;
};

/** Where a response stands in the workflow of creating and coding a value (IQB Standard Response status). */
export type ResponseStatus =
  /**
   * Several codes are possible and a person must choose: `codes` lists the candidates, best first. A code task sets
   * it when no code reaches the `ambiguity` share of the value's examples.
   */
  | 'CODE_SELECTION_PENDING'
  /** Coded: `code` (and `score`, if any) are set. A code task sets it for a value its coder knows well enough. */
  | 'CODING_COMPLETE'
  /** Coding failed: the value was not in the expected format or could not be transformed. */
  | 'CODING_ERROR'
  /**
   * Coding was tried but gave no code. A code task sets it for a value or variable its coder never saw, or saw
   * with fewer than `minSupport` coded examples.
   */
  | 'CODING_INCOMPLETE'
  /** Deriving the value failed, e.g. because a source value had the wrong format. */
  | 'DERIVE_ERROR'
  /** A derived value waits for its source variables (e.g. for them to be coded). */
  | 'DERIVE_PENDING'
  /** The variable was shown and could be answered, but no answer was given. */
  | 'DISPLAYED'
  /** Left uncoded on purpose by automatic coding, for a person to code. */
  | 'INTENDED_INCOMPLETE'
  /** The answer was found invalid during coding (e.g. empty). */
  | 'INVALID'
  /** The test taker never reached the place where the variable could be answered. */
  | 'NOT_REACHED'
  /** A value is set, but there are no instructions or rules to code the variable. */
  | 'NO_CODING'
  /** The variable was only partly shown to the test taker. */
  | 'PARTLY_DISPLAYED'
  /** No status information, e.g. for data converted from a format without statuses. */
  | 'UNSET'
  /** The test taker gave an answer (or a derived value was computed); not coded yet. The usual status of uncoded input. */
  | 'VALUE_CHANGED';

/** A response value: one of six shapes. */
export type ResponseValue = BooleanListValue | BooleanValue | NumberListValue | NumberValue | StringListValue | StringValue;

/**
 * Project roles, lowest to highest. Each includes what the roles below it may do. An organization's OWNER or
 * ADMIN holds that role on every project of the organization.
 */
export type Role =
  /** Manages members and releases batches. */
  | 'ADMIN'
  /** Writes annotations, tags, segments and conversation content. */
  | 'ANNOTATOR'
  /** Runs the project: tasks, batches, imports, exports, prompts, runs, sessions. */
  | 'MANAGER'
  /** Everything ADMIN may do; the only project role that may grant OWNER or change or remove an OWNER's membership. */
  | 'OWNER'
  /** Completes and fails tasks. */
  | 'REVIEWER'
  /** Reads everything in the project. */
  | 'VIEWER';

/** The definition of a rubric criterion. */
export type RubricCriteriaAnnotationValue = {
  __typename?: 'RubricCriteriaAnnotationValue';
  /** Every field the source gave, verbatim. */
  criteria?: Maybe<Scalars['JSON']['output']>;
  /** The criterion's weight (Scale `weight`); null when not given. */
  weight?: Maybe<Scalars['Float']['output']>;
};

/** A rating against a rubric. */
export type RubricRatingAnnotationValue = {
  __typename?: 'RubricRatingAnnotationValue';
  /** The color the source gave the rating (Scale `color`); null when not given. */
  color?: Maybe<Scalars['String']['output']>;
  /** Why the rating was given (the value's own `justification`, besides the annotation's); null when not given. */
  justification?: Maybe<Scalars['String']['output']>;
  /** Every field the source gave, verbatim. */
  rating?: Maybe<Scalars['JSON']['output']>;
  /** The score given (Scale `score`); null when not given. */
  score?: Maybe<Scalars['Float']['output']>;
};

/** One search result. */
export type SearchResultItem = {
  __typename?: 'SearchResultItem';
  /** Free-form metadata of the result as the client sent it; null when none was sent. */
  meta?: Maybe<Scalars['JSON']['output']>;
  /** The found object's id in the client's collection (EmbeddingStudio `object_id`). */
  objectId: Scalars['String']['output'];
  /** The result's rank or score as the client sent it (EmbeddingStudio `rank`); null when none was sent. */
  rank?: Maybe<Scalars['Float']['output']>;
};

/** One search result of a session to register. */
export type SearchResultItemInput = {
  /** Free-form metadata of the result, kept verbatim; optional. */
  meta?: InputMaybe<Scalars['JSON']['input']>;
  /** The found object's id in the client's collection (EmbeddingStudio `object_id`); required, 1 to 255 characters. */
  objectId: Scalars['String']['input'];
  /** The result's rank or score, as the client computes it; optional. */
  rank?: InputMaybe<Scalars['Float']['input']>;
};

/**
 * A search a user ran, with its results and what the user did with them (EmbeddingStudio clickstream). Registered
 * sessions join the project's collecting batch with the next session number.
 */
export type SearchSession = Node & Session & {
  __typename?: 'SearchSession';
  /** The batch the session was collected into. */
  batch: Batch;
  /**
   * When the search ran: the `createdAt` given at registration (EmbeddingStudio `created_at`), or the time of
   * registration when none was given.
   */
  createdAt: Scalars['DateTime']['output'];
  /** What the user did with the results (clicks, …), oldest first. */
  events: SessionEventConnection;
  /** The client's session id (EmbeddingStudio `session_id`); registering it again returns this session. */
  externalId: Scalars['String']['output'];
  /** Global id of the search session (`ssn_…`); not the client's session id, which is `externalId`. */
  id: Scalars['ID']['output'];
  /** The session's improvement items, oldest first. */
  improvementItems: ImprovementItemConnection;
  /** Marked irrelevant: the results did not answer the query. */
  isIrrelevant: Scalars['Boolean']['output'];
  /** A search over payload only; not used to train models. */
  isPayloadSearch: Scalars['Boolean']['output'];
  /** The payload filter of the search (EmbeddingStudio's filter DSL), verbatim. */
  payloadFilter?: Maybe<Scalars['JSON']['output']>;
  /** The project the session was registered in. */
  project: Project;
  /** Free-form metadata of the search as the client sent it (EmbeddingStudio `search_meta`); null when none was sent. */
  searchMeta?: Maybe<Scalars['JSON']['output']>;
  /** The query as the client sent it. */
  searchQuery: Scalars['JSON']['output'];
  /** The results the search returned, in the order the client sent them (EmbeddingStudio `search_results`). */
  searchResults: Array<SearchResultItem>;
  /** Its place in the batch: 1, 2, 3, … without gaps. */
  sessionNumber: Scalars['Int']['output'];
  /** How the results were sorted (EmbeddingStudio `sort_by`); null when the client did not say. */
  sortBy?: Maybe<SearchSortBy>;
  /** Always EMBEDDING_STUDIO: search sessions follow EmbeddingStudio's clickstream model. */
  source: Source;
  /** The client's user id. */
  userId?: Maybe<Scalars['String']['output']>;
};


/**
 * A search a user ran, with its results and what the user did with them (EmbeddingStudio clickstream). Registered
 * sessions join the project's collecting batch with the next session number.
 */
export type SearchSessionEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * A search a user ran, with its results and what the user did with them (EmbeddingStudio clickstream). Registered
 * sessions join the project's collecting batch with the next session number.
 */
export type SearchSessionImprovementItemsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** Events to add to a search session. */
export type SearchSessionAddEventsInput = {
  /** The events, at most 1000 per call; events whose `eventId` the session already has are skipped. */
  events: Array<SessionEventInput>;
  /**
   * The project the session was registered in; optional. Given, `sessionId` may be the client's session id, looked up
   * in this project only; an id that is one session's client id and another's Annograph id is BAD_USER_INPUT.
   */
  projectId?: InputMaybe<Scalars['ID']['input']>;
  /**
   * The search session to add to; required. Without `projectId`: its Annograph id (`ssn_…`). With `projectId`: the
   * client's session id it was registered with (EmbeddingStudio `session_id`), or its Annograph id.
   */
  sessionId: Scalars['ID']['input'];
};

/** A page of search sessions. */
export type SearchSessionConnection = {
  __typename?: 'SearchSessionConnection';
  /** The sessions of this page, each with its cursor. */
  edges: Array<SearchSessionEdge>;
  /** The sessions of this page, without cursors. */
  nodes: Array<SearchSession>;
  /** Whether more sessions precede or follow this page, and its first and last cursors. */
  pageInfo: PageInfo;
  /** How many sessions match, across pages. */
  totalCount: Scalars['Int']['output'];
};

/** A search session of a page, with its cursor. */
export type SearchSessionEdge = {
  __typename?: 'SearchSessionEdge';
  /** Opaque cursor of this session, for after/before. */
  cursor: Scalars['String']['output'];
  /** The session. */
  node: SearchSession;
};

/** The search session a mutation registered or changed. */
export type SearchSessionPayload = {
  __typename?: 'SearchSessionPayload';
  /** The session after the mutation (for a repeated `sessionId`, the session registered first); null when the mutation did nothing. */
  session?: Maybe<SearchSession>;
  /** Why the mutation did nothing; empty on success. */
  userErrors: Array<UserError>;
};

/** A search session to register (EmbeddingStudio `POST /session`). */
export type SearchSessionRegisterInput = {
  /** When the search ran: within the last 12 hours and at most 5 minutes ahead. Default: now. */
  createdAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** True for a search over payload only: such a session is never queued for improvement. Default false. */
  isPayloadSearch?: InputMaybe<Scalars['Boolean']['input']>;
  /** The payload filter of the search (EmbeddingStudio's filter DSL), kept verbatim; optional. */
  payloadFilter?: InputMaybe<Scalars['JSON']['input']>;
  /** The project to register the session in; it joins the project's collecting batch. Required. */
  projectId: Scalars['ID']['input'];
  /** Free-form metadata of the search (EmbeddingStudio `search_meta`), kept verbatim; optional. */
  searchMeta?: InputMaybe<Scalars['JSON']['input']>;
  /** The query as the client sent it, any JSON (EmbeddingStudio `search_query`), kept verbatim. Required. */
  searchQuery: Scalars['JSON']['input'];
  /** The results the search returned, in order, at most 1000; required (may be empty). */
  searchResults: Array<SearchResultItemInput>;
  /**
   * The client's session id (EmbeddingStudio `session_id`), 1 to 255 characters (surrounding whitespace is trimmed):
   * registering it again returns the session registered first. Later mutations may name the session by it with
   * `projectId`.
   */
  sessionId: Scalars['String']['input'];
  /** How the results were sorted; optional (null: not said). */
  sortBy?: InputMaybe<SearchSortByInput>;
  /** The client's user id, at most 255 characters; optional. */
  userId?: InputMaybe<Scalars['String']['input']>;
};

/** How the search results were sorted. */
export type SearchSortBy = {
  __typename?: 'SearchSortBy';
  /** The field sorted by: a key of the objects' payload, or a column of the search index when `forceNotPayload`. */
  field: Scalars['String']['output'];
  /**
   * True when `field` names a column of the search index rather than a key in the objects' payload JSON
   * (EmbeddingStudio `force_not_payload`).
   */
  forceNotPayload: Scalars['Boolean']['output'];
  /** The sort direction. */
  order: SortOrder;
};

/** How the search results were sorted. */
export type SearchSortByInput = {
  /** The field sorted by: a key of the objects' payload, or a column of the search index with `forceNotPayload`; required. */
  field: Scalars['String']['input'];
  /** True when `field` is a column of the search index, not a key of the payload JSON; default false. */
  forceNotPayload?: InputMaybe<Scalars['Boolean']['input']>;
  /** The sort direction; default ASC. */
  order?: SortOrder;
};

/** A span of a document that tags refer to. */
export type Segment = Node & {
  __typename?: 'Segment';
  /** The document the segment is part of. */
  document: Document;
  /** Global id of the segment (`seg_…`). */
  id: Scalars['ID']['output'];
  /** [start, end) character offsets in the document. */
  span: Array<Scalars['Int']['output']>;
  /** The segment's text: the document's text within `span`. */
  text: Scalars['String']['output'];
};

/** A report of sensitive content in a task. */
export type SensitiveContentReport = {
  __typename?: 'SensitiveContentReport';
  /** What was found, in words; null when none was given. */
  message?: Maybe<Scalars['String']['output']>;
  /** The category, e.g. `violence`. */
  type?: Maybe<Scalars['String']['output']>;
};

/** A new service token of an organization. */
export type ServiceTokenCreateInput = {
  /** What the token is for (1 to 100 characters). */
  name: Scalars['String']['input'];
  /** Required: the organization the token acts in (you need OWNER or ADMIN in it). */
  organizationId: Scalars['ID']['input'];
  /** Its role on every project of the organization; at most ADMIN. */
  role: Role;
};

/**
 * A session of work or feedback in a project: a search session collected for model improvement (EmbeddingStudio)
 * or a correction session of a model (DeepOpinion).
 */
export type Session = {
  /** When the session started. */
  createdAt: Scalars['DateTime']['output'];
  /** Global id of the session: `ssn_…` for a search session, `csn_…` for a correction session. */
  id: Scalars['ID']['output'];
  /** The project the session belongs to. */
  project: Project;
};

/** Something the user did with a result. */
export type SessionEvent = Node & {
  __typename?: 'SessionEvent';
  /** When the event happened: the `createdAt` the client sent, or the time it was added when none was sent. */
  createdAt: Scalars['DateTime']['output'];
  /** e.g. `click`. */
  eventType: Scalars['String']['output'];
  /** The client's event id; adding it again changes nothing. */
  externalId: Scalars['String']['output'];
  /** Global id of the event (`sev_…`); not the client's event id, which is `externalId`. */
  id: Scalars['ID']['output'];
  /** Free-form metadata of the event as the client sent it; null when none was sent. */
  meta?: Maybe<Scalars['JSON']['output']>;
  /** The object the user acted on, as the client sent it: normally an `objectId` of the session's results (not checked). */
  objectId: Scalars['String']['output'];
  /** The search session the event belongs to. */
  session: SearchSession;
};

/** A page of a search session's events. */
export type SessionEventConnection = {
  __typename?: 'SessionEventConnection';
  /** The events of this page, each with its cursor. */
  edges: Array<SessionEventEdge>;
  /** The events of this page, without cursors. */
  nodes: Array<SessionEvent>;
  /** Whether more events precede or follow this page, and its first and last cursors. */
  pageInfo: PageInfo;
  /** How many events the session has, across pages. */
  totalCount: Scalars['Int']['output'];
};

/** An event of a page, with its cursor. */
export type SessionEventEdge = {
  __typename?: 'SessionEventEdge';
  /** Opaque cursor of this event, for after/before. */
  cursor: Scalars['String']['output'];
  /** The event. */
  node: SessionEvent;
};

/** One thing the user did with a result. */
export type SessionEventInput = {
  /** Default: now. */
  createdAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** The client's event id, at most 255 characters: an event sent twice is kept once. */
  eventId: Scalars['String']['input'];
  /** What the user did, at most 255 characters; default `click`. */
  eventType?: Scalars['String']['input'];
  /** Free-form metadata of the event, kept verbatim; optional. */
  meta?: InputMaybe<Scalars['JSON']['input']>;
  /** The object the user acted on, normally an `objectId` of the session's results (not checked), at most 255 characters; required. */
  objectId: Scalars['String']['input'];
};

/** DeepOpinion labeling sessions are in ANNOTATION or CORRECTION mode; correction sessions are CORRECTION. */
export type SessionMode =
  /** A DeepOpinion labeling session that annotates documents from scratch; no correction session has it. */
  | 'ANNOTATION'
  /** Reviewing and correcting a model's predicted tags: every correction session. */
  | 'CORRECTION';

/** What `sessionUseForImprovement` queued, or why it queued nothing. */
export type SessionUseForImprovementPayload = {
  __typename?: 'SessionUseForImprovementPayload';
  /** The queued item (the one already queued, when the session is queued). */
  item?: Maybe<ImprovementItem>;
  /** True when the session is a payload search: such sessions are not used for training, and nothing was queued. */
  skipped: Scalars['Boolean']['output'];
  /** Why the mutation did nothing; empty on success (and when skipped). */
  userErrors: Array<UserError>;
};

/** What a prompt does (Label Studio skill names). */
export type SkillName =
  /**
   * Marks entity spans in the text (Label Studio `NamedEntityRecognition`). Stored as given: inference runs still
   * predict one output class per task, whatever the skill.
   */
  | 'NAMED_ENTITY_RECOGNITION'
  /** Picks one of the output classes for each task (Label Studio `TextClassification`). */
  | 'TEXT_CLASSIFICATION';

/** Ascending or descending. */
export type SortOrder =
  /** Ascending: smallest value first (EmbeddingStudio `asc`). */
  | 'ASC'
  /** Descending: largest value first (EmbeddingStudio `desc`). */
  | 'DESC';

/** The system a record came from. Records created through Annograph itself are ANNOGRAPH. */
export type Source =
  /** Created in Annograph. */
  | 'ANNOGRAPH'
  /** DeepOpinion Studio (correction sessions). */
  | 'DEEPOPINION'
  /** EmbeddingStudio (search sessions, session batches). */
  | 'EMBEDDING_STUDIO'
  /** IQB Coding Service (train and code tasks, coders). */
  | 'IQB'
  /** Label Studio Enterprise (prompts, versions, inference runs). */
  | 'LABEL_STUDIO'
  /** Scale GenAI Platform (tasks, threads, annotations, batches, deliveries). */
  | 'SCALE';

/** A list of text values. */
export type StringListValue = {
  __typename?: 'StringListValue';
  /** The texts, in the order given. */
  strings: Array<Scalars['String']['output']>;
};

/** A text response value. */
export type StringValue = {
  __typename?: 'StringValue';
  /** The text, as given. */
  string: Scalars['String']['output'];
};

/**
 * Live updates, over WebSocket only: the `graphql-transport-ws` protocol (the `graphql-ws` client) at the same URL as
 * HTTP. The token goes in `connection_init`'s payload as `{"authorization": "Bearer <token>"}` (or `Token <token>`) or
 * in the upgrade request's Authorization header. Each event is checked against the caller's access as of that event.
 */
export type Subscription = {
  __typename?: 'Subscription';
  /**
   * The changes of a project as they are committed: from `after` (exclusive) through the log, then live, with no gap
   * and no repeat at the seam; without `after`, from now. VIEWER; membership and token changes need ADMIN.
   */
  changes: Change;
  /**
   * Follows one job (a coding task, an inference run, a batch or an export): its state now, then again each time a change of
   * it (or of a batch's tasks) is committed; completes after a final status. VIEWER on its project.
   */
  jobProgress: Job;
};


/**
 * Live updates, over WebSocket only: the `graphql-transport-ws` protocol (the `graphql-ws` client) at the same URL as
 * HTTP. The token goes in `connection_init`'s payload as `{"authorization": "Bearer <token>"}` (or `Token <token>`) or
 * in the upgrade request's Authorization header. Each event is checked against the caller's access as of that event.
 */
export type SubscriptionChangesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  projectId: Scalars['ID']['input'];
  types?: InputMaybe<Array<ChangeType>>;
};


/**
 * Live updates, over WebSocket only: the `graphql-transport-ws` protocol (the `graphql-ws` client) at the same URL as
 * HTTP. The token goes in `connection_init`'s payload as `{"authorization": "Bearer <token>"}` (or `Token <token>`) or
 * in the upgrade request's Authorization header. Each event is checked against the caller's access as of that event.
 */
export type SubscriptionJobProgressArgs = {
  id: Scalars['ID']['input'];
};

/** Whether a tag is done (READY) or still being corrected (CORRECTING). */
export type TagStatus =
  /** Still being corrected; tags a reviewer adds start CORRECTING. */
  | 'CORRECTING'
  /** Done and ready to be used; the model's predicted tags start READY. */
  | 'READY';

/**
 * One unit of work, whatever its kind: a GenAI conversation to write or rate (Scale), a coding job (IQB) or a
 * labeling item (Label Studio). Kind-specific parts are relations that stay empty for other kinds.
 */
export type Task = Job & Node & {
  __typename?: 'Task';
  /** Annotations on the task as a whole (not on a thread, turn, message or chunk). */
  annotations: AnnotationConnection;
  /** The batch the task belongs to, if any. */
  batch?: Maybe<Batch>;
  /** The coding parts, for a task of kind CODING; null for other kinds. */
  coding?: Maybe<CodingDetails>;
  /** When the task reached COMPLETED. */
  completedAt?: Maybe<Scalars['DateTime']['output']>;
  /** When the task was created: Scale's `created_at` for imported tasks, else when Annograph created it. */
  createdAt: Scalars['DateTime']['output'];
  /** Input fields of a labeling task; `{}` when the task has none. */
  data: Scalars['JSON']['output'];
  /** The delivery that handed the task over, if any. */
  delivery?: Maybe<Delivery>;
  /** Why the task failed (Scale `errors`, set when status is FAILED). */
  errors: Array<TaskError>;
  /** From the pace of a running coding task; null otherwise. */
  estimatedFinishAt?: Maybe<Scalars['DateTime']['output']>;
  /** The task's timeline, oldest first. */
  events: TaskEventConnection;
  /** The task's id in its source system, e.g. Scale's `task_abc123`. */
  externalId?: Maybe<Scalars['String']['output']>;
  /** When the task reached a final status; null before. */
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The global, opaque id of the task (`task_…`). */
  id: Scalars['ID']['output'];
  /** A coding task's responses done of all (from its last progress event); other tasks count 0 or 1 of 1. */
  jobProgress: JobProgress;
  /** Where the task is as a job: DRAFT, QUEUED, RUNNING, SUCCEEDED, FAILED, CANCELED. */
  jobStatus: JobStatus;
  /** What kind of work the task is, and so which kind-specific parts it has. */
  kind: TaskKind;
  /** Free-form key/value metadata (Scale `metadata`). */
  metadata: Scalars['JSON']['output'];
  /** The project the task belongs to. */
  project: Project;
  /**
   * The task in Scale's Task JSON shape, as `annograph export scale` writes it. `project` is the Scale project the task
   * was imported with, else the name of its Annograph project; task-level annotations are under `annotations` when there
   * are any.
   */
  scaleJson: Scalars['JSON']['output'];
  /** Reports of sensitive content found in the task (Scale `sensitive_content_reports`). */
  sensitiveContentReports: Array<SensitiveContentReport>;
  /** The system the task came from: SCALE for Scale imports, ANNOGRAPH for tasks created through this API. */
  source: Source;
  /** The status word of the source system, kept verbatim (e.g. Scale's `error`). */
  sourceStatus?: Maybe<Scalars['String']['output']>;
  /** When a worker took the task up (its first START event); null before, and for tasks no worker runs. */
  startedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Where the task is in its lifecycle; the upstream's own word is in `sourceStatus`. */
  status: TaskStatus;
  /** The task's conversation threads (GenAI tasks), oldest first. */
  threads: ThreadConnection;
  /** When the task last changed in Annograph (status, metadata, appended content, a re-import). */
  updatedAt: Scalars['DateTime']['output'];
};


/**
 * One unit of work, whatever its kind: a GenAI conversation to write or rate (Scale), a coding job (IQB) or a
 * labeling item (Label Studio). Kind-specific parts are relations that stay empty for other kinds.
 */
export type TaskAnnotationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AnnotationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * One unit of work, whatever its kind: a GenAI conversation to write or rate (Scale), a coding job (IQB) or a
 * labeling item (Label Studio). Kind-specific parts are relations that stay empty for other kinds.
 */
export type TaskEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * One unit of work, whatever its kind: a GenAI conversation to write or rate (Scale), a coding job (IQB) or a
 * labeling item (Label Studio). Kind-specific parts are relations that stay empty for other kinds.
 */
export type TaskThreadsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of tasks. */
export type TaskConnection = {
  __typename?: 'TaskConnection';
  /** The tasks of this page, each with its cursor. */
  edges: Array<TaskEdge>;
  /** The tasks of this page, without cursors. */
  nodes: Array<Task>;
  /** Whether more tasks precede or follow this page, and its first and last cursors. */
  pageInfo: PageInfo;
  /** How many tasks match, across pages. */
  totalCount: Scalars['Int']['output'];
};

/** A new task in a project, PENDING. */
export type TaskCreateInput = {
  /** A batch of tasks of the same project that takes new tasks: STAGING, IN_PROGRESS or PAUSED (else PRECONDITION_FAILED). */
  batchId?: InputMaybe<Scalars['ID']['input']>;
  /** Input fields of a labeling task. */
  data?: InputMaybe<Scalars['JSON']['input']>;
  /** The task's id in the system that produced it; unique per project, 1 to 255 characters. */
  externalId?: InputMaybe<Scalars['String']['input']>;
  /** The kind of work the task is; GENAI when omitted. */
  kind?: TaskKind;
  /** Free-form key/value metadata. */
  metadata?: InputMaybe<Scalars['JSON']['input']>;
  /** The project to create the task in. Required; the caller needs MANAGER on it. */
  projectId: Scalars['ID']['input'];
};

/** A task with its cursor. */
export type TaskEdge = {
  __typename?: 'TaskEdge';
  /** Opaque cursor of this task, for after/before on the same list and order. */
  cursor: Scalars['String']['output'];
  /** The task. */
  node: Task;
};

/** Why a task failed (Scale ErrorDetail). */
export type TaskError = {
  __typename?: 'TaskError';
  /** The explanation in words; null when none was given. */
  message?: Maybe<Scalars['String']['output']>;
  /** Scale ErrorType, e.g. `UNSUPPORTED_LANGUAGE`, `PROMPT_LENGTH_EXCEEDED`; kept as the upstream wrote it. */
  type?: Maybe<Scalars['String']['output']>;
};

/** Why a task failed (Scale ErrorType and a message). */
export type TaskErrorInput = {
  /** What went wrong, in words for a person. Optional. */
  message?: InputMaybe<Scalars['String']['input']>;
  /** e.g. UNSUPPORTED_LANGUAGE, LANGUAGE_MISMATCH, PROMPT_LENGTH_EXCEEDED, INVALID_CATEGORY, PROMPT_INFEASIBLE. */
  type: Scalars['String']['input'];
};

/**
 * One entry of a task's timeline: CREATE, COMMIT, START, PROGRESS (message `x/y`), WARNING, FAIL, FINISH, ABORT.
 * A coding task's status follows its last status event (WARNING and PROGRESS after START do not change it).
 */
export type TaskEvent = {
  __typename?: 'TaskEvent';
  /** Who caused it: a person, or null for the worker. */
  actor?: Maybe<User>;
  /** When it was recorded (ISO-8601 UTC); the timeline is in this order (IQB `timestamp`, there in epoch time). */
  createdAt: Scalars['DateTime']['output'];
  /** What happened (IQB event `status`); see TaskEventKind for the task status each kind leads to. */
  kind: TaskEventKind;
  /**
   * Free text about the event: `x/y` (responses done / all input responses) for PROGRESS, `started by <worker>` for
   * START, the reason for FAIL, what a coding task made for FINISH (`coder … trained on N responses`, `coded N
   * responses`); null when none was given (e.g. `taskComplete`, `taskCancel`, `taskDelete`).
   */
  message?: Maybe<Scalars['String']['output']>;
};

/** A page of a task's timeline. */
export type TaskEventConnection = {
  __typename?: 'TaskEventConnection';
  /** The events of this page, each with its cursor. */
  edges: Array<TaskEventEdge>;
  /** The events of this page, without cursors. */
  nodes: Array<TaskEvent>;
  /** Whether more events precede or follow this page, and its first and last cursors. */
  pageInfo: PageInfo;
  /** How many events the task has, across pages. */
  totalCount: Scalars['Int']['output'];
};

/** A timeline event in a page, with its cursor. */
export type TaskEventEdge = {
  __typename?: 'TaskEventEdge';
  /** Opaque cursor of this event, for after/before. */
  cursor: Scalars['String']['output'];
  /** The event. */
  node: TaskEvent;
};

/** The kinds of entries of a task timeline (the IQB event words, plus DELETE). */
export type TaskEventKind =
  /** The task was canceled: status CANCELED (IQB `abort`), by `taskAbort` or `taskCancel`. */
  | 'ABORT'
  /** A coding task was committed with `taskCommit`: DRAFT -> PENDING (IQB `commit`). */
  | 'COMMIT'
  /** The task was created (IQB `create`): a coding task starts DRAFT, a task made by `taskCreate` PENDING. */
  | 'CREATE'
  /** The task was deleted (status DELETED). */
  | 'DELETE'
  /** The task failed: status FAILED (IQB `fail`); the message says why (the worker's error, or the errors given to `taskFail`). */
  | 'FAIL'
  /** The task finished: status COMPLETED (IQB `finish`), by the coding worker or by `taskComplete`. */
  | 'FINISH'
  /** A running coding task advanced (IQB `progress`); the message is `x/y` responses done. Status stays IN_PROGRESS. */
  | 'PROGRESS'
  /** A worker took up a committed coding task: PENDING -> IN_PROGRESS (IQB `start`); the message names the worker. */
  | 'START'
  /**
   * A notice that does not change the status (IQB `warning`), e.g. `resumed: the previous worker stopped` when a
   * worker takes over a task whose worker's lease ran out.
   */
  | 'WARNING';

/** Narrows a list of tasks; all given fields must match. Ranges include their bounds. */
export type TaskFilter = {
  /** Tasks of this batch. */
  batchId?: InputMaybe<Scalars['ID']['input']>;
  /** Tasks of the batch with this name (Scale's `batch_name`). */
  batchName?: InputMaybe<Scalars['String']['input']>;
  /** Tasks completed at or after this instant; tasks with no `completedAt` never match. */
  completedAfter?: InputMaybe<Scalars['DateTime']['input']>;
  /** Tasks completed at or before this instant; tasks with no `completedAt` never match. */
  completedBefore?: InputMaybe<Scalars['DateTime']['input']>;
  /** Tasks created at or after this instant. */
  createdAfter?: InputMaybe<Scalars['DateTime']['input']>;
  /** Tasks created at or before this instant. */
  createdBefore?: InputMaybe<Scalars['DateTime']['input']>;
  /** The task's id in its source system, e.g. Scale's `task_abc123`. */
  externalId?: InputMaybe<Scalars['String']['input']>;
  /** Tasks of this kind. */
  kind?: InputMaybe<TaskKind>;
  /** Tasks of this project (for the root `tasks` list; a project's own list ignores it). */
  projectId?: InputMaybe<Scalars['ID']['input']>;
  /** Any of these statuses (empty or omitted: any). */
  status?: InputMaybe<Array<TaskStatus>>;
};

/** Scale GenAI tasks to import into a project, in Scale's own JSON shape (seed 002). */
export type TaskImportScaleInput = {
  /** The project to import into (required); the caller needs MANAGER on it. Batches the records name are found or created in it. */
  projectId: Scalars['ID']['input'];
  /**
   * Scale Task objects (snake_case, nested threads/turns/messages/annotations), at most 1000. Besides Scale's fields a
   * record may carry task-level `annotations` (exports write them). A record is refused, and nothing of it written,
   * when: its annotations break the rules `annotationCreate` applies (the value fits the type and is one of
   * `possible_values`); an id or reference (`task_id`, `project`, `batch`, thread, turn, annotation and `source_id`) is
   * longer than 255 characters; or it puts a pending task into a batch that takes no new or open tasks (COMPLETED,
   * CANCELED: the rule `taskCreate` applies).
   */
  tasks: Array<Scalars['JSON']['input']>;
};

/** What `taskImportScale` returns: the import's summary, or why nothing was imported. */
export type TaskImportScalePayload = {
  __typename?: 'TaskImportScalePayload';
  /** Counts and per-record failures; null when `userErrors` is not empty (refused records are reported here, not there). */
  summary?: Maybe<ImportSummary>;
  /** Why the mutation did nothing (unknown project, more than 1000 tasks); empty on success. */
  userErrors: Array<UserError>;
};

/** The kind of work a task is. */
export type TaskKind =
  /** Train or code jobs of the coding service (IQB). */
  | 'CODING'
  /** Conversations with threads, turns and messages (Scale GenAI). */
  | 'GENAI'
  /** A data item to label, e.g. by a prompt's inference run (Label Studio). */
  | 'LABELING';

/** How to order a list of tasks; ties are broken by id. */
export type TaskOrder = {
  /** ASC (the default) or DESC. */
  direction?: OrderDirection;
  /** The field to order by (required). */
  field: TaskOrderField;
};

/** The field a task list is ordered by. */
export type TaskOrderField =
  /** When the task completed; tasks not completed come first ascending, last descending. */
  | 'COMPLETED_AT'
  /** When the task was created (in its source system for imported tasks). */
  | 'CREATED_AT'
  /** When the task last changed in Annograph. */
  | 'UPDATED_AT';

/** The result of a task mutation: the task as it is after the change, or why nothing changed. */
export type TaskPayload = {
  __typename?: 'TaskPayload';
  /** The task after the change; null when `userErrors` is not empty. */
  task?: Maybe<Task>;
  /** Why the mutation did nothing; empty on success. */
  userErrors: Array<UserError>;
};

/**
 * One lifecycle for tasks and inference runs. Scale pending/completed/error/canceled/deleted map to
 * PENDING/COMPLETED/FAILED/CANCELED/DELETED; the upstream word stays in `sourceStatus`.
 */
export type TaskStatus =
  /** Stopped before it was done (Scale `canceled`, IQB `abort`, Label Studio `Canceled`). */
  | 'CANCELED'
  /** Done (Scale `completed`, IQB `finish`, Label Studio `Completed`). */
  | 'COMPLETED'
  /** Deleted with `taskDelete` (Scale `deleted`): the task stays readable and listed with this status, and no mutation moves it on. Runs never have it. */
  | 'DELETED'
  /** Being prepared, not yet submitted: a coding task before `taskCommit` (IQB `create`). Runs never have it. */
  | 'DRAFT'
  /** Ended with an error (Scale `error`, IQB `fail`, Label Studio `Failed`): see the task's `errors` or the run's `failureReason`. */
  | 'FAILED'
  /** A worker is on it (IQB `start` and progress, Label Studio `InProgress`); Scale has no such word and exports it as `pending`. */
  | 'IN_PROGRESS'
  /** Submitted, waiting for work or for a worker (Scale `pending`, IQB `commit`, Label Studio `Pending`). New runs start here. */
  | 'PENDING';

/** How many tasks of a batch are in one status. */
export type TaskStatusCount = {
  __typename?: 'TaskStatusCount';
  /** How many of the batch's tasks are in that status (at least 1). */
  count: Scalars['Int']['output'];
  /** The status counted. */
  status: TaskStatus;
};

/** Free text. */
export type TextAnnotationValue = {
  __typename?: 'TextAnnotationValue';
  /** The text given; null when not answered yet. */
  text?: Maybe<Scalars['String']['output']>;
};

/** A conversation of a GenAI task: turns of messages, with annotations at every level. */
export type Thread = Node & {
  __typename?: 'Thread';
  /** Annotations on the thread as a whole. */
  annotations: AnnotationConnection;
  /** The thread's id in its source system, e.g. Scale's `thread_abc123`. */
  externalId?: Maybe<Scalars['String']['output']>;
  /** The global, opaque id of the thread. */
  id: Scalars['ID']['output'];
  /** Who submitted the thread and when (Scale `submissions`). */
  submissions: Array<ThreadSubmission>;
  /** The task the thread belongs to. */
  task: Task;
  /** The thread's turns, in order. */
  turns: TurnConnection;
};


/** A conversation of a GenAI task: turns of messages, with annotations at every level. */
export type ThreadAnnotationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AnnotationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A conversation of a GenAI task: turns of messages, with annotations at every level. */
export type ThreadTurnsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A thread appended to a task that is still open (DRAFT, PENDING or IN_PROGRESS). */
export type ThreadAppendInput = {
  /** The thread's id in its source system, e.g. Scale's `thread_abc123`. Optional, at most 255 characters, not checked for uniqueness. */
  externalId?: InputMaybe<Scalars['String']['input']>;
  /** The task to append the thread to. Required; the new thread comes after the task's existing threads. */
  taskId: Scalars['ID']['input'];
};

/** A page of threads. */
export type ThreadConnection = {
  __typename?: 'ThreadConnection';
  /** The threads of this page, each with its cursor. */
  edges: Array<ThreadEdge>;
  /** The threads of this page, without cursors. */
  nodes: Array<Thread>;
  /** Whether more threads precede or follow this page, and its first and last cursors. */
  pageInfo: PageInfo;
  /** How many threads there are, across pages. */
  totalCount: Scalars['Int']['output'];
};

/** A thread with its cursor. */
export type ThreadEdge = {
  __typename?: 'ThreadEdge';
  /** Opaque cursor of this thread, for after/before. */
  cursor: Scalars['String']['output'];
  /** The thread. */
  node: Thread;
};

/** The result of `threadAppend`: the new thread, or why none was added. */
export type ThreadPayload = {
  __typename?: 'ThreadPayload';
  /** The new thread; null when `userErrors` is not empty. */
  thread?: Maybe<Thread>;
  /** Why the mutation did nothing; empty on success. */
  userErrors: Array<UserError>;
};

/** One submission of a thread by a contributor. */
export type ThreadSubmission = {
  __typename?: 'ThreadSubmission';
  /** The contributor's id in the source system. */
  contributorId?: Maybe<Scalars['String']['output']>;
  /** When the contributor submitted the thread (Scale `submitted_at`, passed on as Scale wrote it); null if not given. */
  submittedAt?: Maybe<Scalars['DateTime']['output']>;
};

/** A new token for the calling person. */
export type TokenCreateInput = {
  /** What the token is for (1 to 100 characters). */
  name: Scalars['String']['input'];
};

/** The token created, and its secret, shown this once. */
export type TokenCreatePayload = {
  __typename?: 'TokenCreatePayload';
  /** The secret to send in `Authorization`; Annograph cannot show it again. */
  secret?: Maybe<Scalars['String']['output']>;
  /** The new token; null when `userErrors` is not empty. */
  token?: Maybe<ApiToken>;
  /** Why the mutation did nothing; empty on success. */
  userErrors: Array<UserError>;
};

/** What `tokenRevoke` returns. */
export type TokenRevokePayload = {
  __typename?: 'TokenRevokePayload';
  /** The token, now revoked (`revokedAt` set, `active` false); null when `userErrors` is not empty. */
  token?: Maybe<ApiToken>;
  /** Why the mutation did nothing; empty on success. */
  userErrors: Array<UserError>;
};

/** One exchange within a thread: the messages of one round, with annotations on the turn. */
export type Turn = Node & {
  __typename?: 'Turn';
  /** Annotations on the turn as a whole. */
  annotations: AnnotationConnection;
  /** The turn's id in its source system, e.g. Scale's `turn_abc123`. */
  externalId?: Maybe<Scalars['String']['output']>;
  /** The global, opaque id of the turn. */
  id: Scalars['ID']['output'];
  /** The turn's messages, in order. */
  messages: MessageConnection;
  /** Scale rubrics of the turn (`criteria_definitions`, `max_total_score`), verbatim. */
  rubrics: Array<Scalars['JSON']['output']>;
  /** The thread the turn belongs to. */
  thread: Thread;
};


/** One exchange within a thread: the messages of one round, with annotations on the turn. */
export type TurnAnnotationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AnnotationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** One exchange within a thread: the messages of one round, with annotations on the turn. */
export type TurnMessagesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A turn appended to a thread of an open task. */
export type TurnAppendInput = {
  /** The turn's id in its source system, e.g. Scale's `turn_abc123`. Optional, at most 255 characters, not checked for uniqueness. */
  externalId?: InputMaybe<Scalars['String']['input']>;
  /** The thread to append the turn to. Required; the new turn comes after the thread's existing turns. */
  threadId: Scalars['ID']['input'];
};

/** A page of turns. */
export type TurnConnection = {
  __typename?: 'TurnConnection';
  /** The turns of this page, each with its cursor. */
  edges: Array<TurnEdge>;
  /** The turns of this page, without cursors. */
  nodes: Array<Turn>;
  /** Whether more turns precede or follow this page, and its first and last cursors. */
  pageInfo: PageInfo;
  /** How many turns there are, across pages. */
  totalCount: Scalars['Int']['output'];
};

/** A turn with its cursor. */
export type TurnEdge = {
  __typename?: 'TurnEdge';
  /** Opaque cursor of this turn, for after/before. */
  cursor: Scalars['String']['output'];
  /** The turn. */
  node: Turn;
};

/** The result of `turnAppend`: the new turn, or why none was added. */
export type TurnPayload = {
  __typename?: 'TurnPayload';
  /** The new turn; null when `userErrors` is not empty. */
  turn?: Maybe<Turn>;
  /** Why the mutation did nothing; empty on success. */
  userErrors: Array<UserError>;
};

/** A person who signs in to Annograph. */
export type User = Node & {
  __typename?: 'User';
  /** When the user was first added to Annograph. */
  createdAt: Scalars['DateTime']['output'];
  /** The person's email address, lowercased; unique across Annograph. */
  email: Scalars['String']['output'];
  /** Global id of the user (`user_…`). */
  id: Scalars['ID']['output'];
  /** Display name; the part of the email before `@` when none was given. */
  name: Scalars['String']['output'];
};

/** A problem with a mutation's input or with the state of the object it targets, returned as data. */
export type UserError = {
  __typename?: 'UserError';
  /** What went wrong, for a program. */
  code: UserErrorCode;
  /** Path to the input field at fault, e.g. `["input", "name"]`; null when no one field is at fault. */
  field?: Maybe<Array<Scalars['String']['output']>>;
  /** What went wrong, in words for a person. */
  message: Scalars['String']['output'];
};

/** The closed set of codes a mutation's `userErrors` may carry. */
export type UserErrorCode =
  /** The input is malformed or out of range. */
  | 'BAD_USER_INPUT'
  /** The change collides with an existing object (a unique name or key). */
  | 'CONFLICT'
  /** The object's current status does not allow this change. */
  | 'INVALID_STATE_TRANSITION'
  /** An id names nothing the caller may see. */
  | 'NOT_FOUND'
  /** A condition the change relies on does not hold. */
  | 'PRECONDITION_FAILED';

/** The caller: the person or the service token behind the request's `Authorization` header. */
export type Viewer = {
  __typename?: 'Viewer';
  /** Organizations the caller belongs to, oldest first. */
  organizations: OrganizationConnection;
  /** The token of this request. */
  token: ApiToken;
  /** The person's own tokens (never their secrets), oldest first; empty for a service token. */
  tokens: ApiTokenConnection;
  /** The person, or null for a service token. */
  user?: Maybe<User>;
};


/** The caller: the person or the service token behind the request's `Authorization` header. */
export type ViewerOrganizationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** The caller: the person or the service token behind the request's `Authorization` header. */
export type ViewerTokensArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * A URL that receives the changes of a project or of a whole organization as signed HTTP POSTs (Standard Webhooks:
 * `webhook-id`, `webhook-timestamp`, `webhook-signature`), delivered from the change log at least once and in order.
 * Visible only to those who may administer it: organization OWNER/ADMIN, and project ADMIN for a project's webhook.
 * The signing secret is shown once, by `webhookCreate` and `webhookRotateSecret`; no field returns it.
 */
export type Webhook = Node & {
  __typename?: 'Webhook';
  /** Failed delivery attempts in a row (any 2xx answer resets it). */
  consecutiveFailures: Scalars['Int']['output'];
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Who created it; null when created with a service token or the person was removed. */
  createdBy?: Maybe<User>;
  /** Its delivery log, oldest first: one delivery per change, with its attempts and outcome. */
  deliveries: WebhookDeliveryConnection;
  /** What the webhook is for, in words for a person. */
  description?: Maybe<Scalars['String']['output']>;
  /** When it was disabled for failing (a `WEBHOOK_DISABLED` change); null while enabled or when disabled by hand. */
  disabledAt?: Maybe<Scalars['DateTime']['output']>;
  /** False after `webhookUpdate(enabled: false)` or after too many failed attempts in a row (see `disabledAt`). */
  enabled: Scalars['Boolean']['output'];
  /** The global, opaque id of the webhook (`whk_…`). */
  id: Scalars['ID']['output'];
  /** The organization it belongs to; an organization webhook receives the changes of all its projects too. */
  organization: Organization;
  /** Until when the secret replaced by the last `webhookRotateSecret` still signs alongside the new one; null when none. */
  previousSecretExpiresAt?: Maybe<Scalars['DateTime']['output']>;
  /** The project whose changes it receives; null for an organization webhook. */
  project?: Maybe<Project>;
  /** The change types delivered; empty: every type. */
  types: Array<ChangeType>;
  /** When it last changed (URL, types, state or secret). */
  updatedAt: Scalars['DateTime']['output'];
  /** Where deliveries are POSTed: an http or https URL that the outbound guard admits. */
  url: Scalars['String']['output'];
};


/**
 * A URL that receives the changes of a project or of a whole organization as signed HTTP POSTs (Standard Webhooks:
 * `webhook-id`, `webhook-timestamp`, `webhook-signature`), delivered from the change log at least once and in order.
 * Visible only to those who may administer it: organization OWNER/ADMIN, and project ADMIN for a project's webhook.
 * The signing secret is shown once, by `webhookCreate` and `webhookRotateSecret`; no field returns it.
 */
export type WebhookDeliveriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of webhooks. */
export type WebhookConnection = {
  __typename?: 'WebhookConnection';
  /** The webhooks of this page, each with its cursor. */
  edges: Array<WebhookEdge>;
  /** The webhooks of this page, without cursors. */
  nodes: Array<Webhook>;
  /** Whether more webhooks precede or follow this page, and its first and last cursors. */
  pageInfo: PageInfo;
  /** How many webhooks there are, across pages. */
  totalCount: Scalars['Int']['output'];
};

/** A new webhook: of a project or of an organization (exactly one of `projectId` and `organizationId`). */
export type WebhookCreateInput = {
  /** Optional, at most 500 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The organization whose changes (its own and all its projects') it receives (you need OWNER or ADMIN of it). */
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  /** The project whose changes it receives (you need ADMIN on it). */
  projectId?: InputMaybe<Scalars['ID']['input']>;
  /** The change types to deliver; empty or omitted: every type. */
  types?: InputMaybe<Array<ChangeType>>;
  /**
   * Required: an http or https URL, at most 2000 characters, with no user or password in it. Refused when its host is or
   * resolves to a loopback, private, link-local or other non-public address that the server's `OUTBOUND_ALLOWED_HOSTS`
   * does not allow; every delivery checks again.
   */
  url: Scalars['String']['input'];
};

/** What `webhookCreate` returns: the webhook and its signing secret, shown this once. */
export type WebhookCreatePayload = {
  __typename?: 'WebhookCreatePayload';
  /** The signing secret (`whsec_…`, Standard Webhooks form): shown only here, store it now. */
  secret?: Maybe<Scalars['String']['output']>;
  /** Why the mutation did nothing; empty on success. */
  userErrors: Array<UserError>;
  /** The new webhook; null when `userErrors` is not empty. */
  webhook?: Maybe<Webhook>;
};

/** What `webhookDelete` returns. */
export type WebhookDeletePayload = {
  __typename?: 'WebhookDeletePayload';
  /** The id of the deleted webhook; null when `userErrors` is not empty. */
  deletedId?: Maybe<Scalars['ID']['output']>;
  /** Why the mutation did nothing; empty on success. */
  userErrors: Array<UserError>;
};

/** One change sent (or to be sent) to one webhook, with its attempts. Its `webhook-id` header is the change's id. */
export type WebhookDelivery = Node & {
  __typename?: 'WebhookDelivery';
  /** How many times it was sent. */
  attemptCount: Scalars['Int']['output'];
  /** The change it delivers; null once retention has pruned it from the log. */
  change?: Maybe<Change>;
  /** The id of the change (`chg_…`), sent as the `webhook-id` header of every attempt. */
  changeId: Scalars['ID']['output'];
  /** The type of the change, sent as the body's `type`. */
  changeType: ChangeType;
  /** When it was queued (after its change was committed). */
  createdAt: Scalars['DateTime']['output'];
  /** When a 2xx answer came. */
  deliveredAt?: Maybe<Scalars['DateTime']['output']>;
  /** The global, opaque id of the delivery (`whd_…`). */
  id: Scalars['ID']['output'];
  /** When it was last sent. */
  lastAttemptAt?: Maybe<Scalars['DateTime']['output']>;
  /** How long the last attempt took, in milliseconds. */
  lastDurationMs?: Maybe<Scalars['Int']['output']>;
  /** Why the last attempt failed without an answer (or was refused by the outbound guard); null otherwise. */
  lastError?: Maybe<Scalars['String']['output']>;
  /** The HTTP status of the last answer; null when none came (refused, network error, timeout) or before the first attempt. */
  lastStatusCode?: Maybe<Scalars['Int']['output']>;
  /** When the next attempt is due; null once SUCCEEDED or DEAD. */
  nextAttemptAt?: Maybe<Scalars['DateTime']['output']>;
  /** Where it stands. */
  outcome: WebhookDeliveryOutcome;
  /** The start of the last answer's body, at most 1 KiB. */
  responseExcerpt?: Maybe<Scalars['String']['output']>;
  /** When its state last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** The webhook it is for. */
  webhook: Webhook;
};

/** A page of a webhook's delivery log. */
export type WebhookDeliveryConnection = {
  __typename?: 'WebhookDeliveryConnection';
  /** The deliveries of this page, each with its cursor. */
  edges: Array<WebhookDeliveryEdge>;
  /** The deliveries of this page, without cursors. */
  nodes: Array<WebhookDelivery>;
  /** Whether more deliveries precede or follow this page, and its first and last cursors. */
  pageInfo: PageInfo;
  /** How many deliveries the webhook has, across pages. */
  totalCount: Scalars['Int']['output'];
};

/** A delivery in a page, with its cursor. */
export type WebhookDeliveryEdge = {
  __typename?: 'WebhookDeliveryEdge';
  /** Opaque cursor of this delivery, for after/before. */
  cursor: Scalars['String']['output'];
  /** The delivery. */
  node: WebhookDelivery;
};

/** Where a webhook delivery stands. */
export type WebhookDeliveryOutcome =
  /** Every attempt failed (`WEBHOOK_MAX_ATTEMPTS`); `webhookDeliveryRetry` sends it once more. */
  | 'DEAD'
  /** The last attempt failed; another is due at `nextAttemptAt` (exponential backoff with jitter). */
  | 'FAILED_RETRYING'
  /** Queued, not sent yet (later deliveries of a webhook wait for earlier ones). */
  | 'PENDING'
  /** A 2xx answer came. */
  | 'SUCCEEDED';

/** What `webhookDeliveryRetry` returns. */
export type WebhookDeliveryPayload = {
  __typename?: 'WebhookDeliveryPayload';
  /** The delivery, queued again; null when `userErrors` is not empty. */
  delivery?: Maybe<WebhookDelivery>;
  /** Why the mutation did nothing; empty on success. */
  userErrors: Array<UserError>;
};

/** A webhook in a page, with its cursor. */
export type WebhookEdge = {
  __typename?: 'WebhookEdge';
  /** Opaque cursor of this webhook, for after/before. */
  cursor: Scalars['String']['output'];
  /** The webhook. */
  node: Webhook;
};

/** What `webhookUpdate` returns. */
export type WebhookPayload = {
  __typename?: 'WebhookPayload';
  /** Why the mutation did nothing; empty on success. */
  userErrors: Array<UserError>;
  /** The webhook after the change; null when `userErrors` is not empty. */
  webhook?: Maybe<Webhook>;
};

/** What `webhookRotateSecret` returns: the new signing secret, shown this once. */
export type WebhookSecretPayload = {
  __typename?: 'WebhookSecretPayload';
  /** The new signing secret (`whsec_…`): shown only here. The old one keeps signing alongside it for 24 hours. */
  secret?: Maybe<Scalars['String']['output']>;
  /** Why the mutation did nothing; empty on success. */
  userErrors: Array<UserError>;
  /** The webhook; null when `userErrors` is not empty. */
  webhook?: Maybe<Webhook>;
};

/** Changes to a webhook; omitted fields stay as they are. */
export type WebhookUpdateInput = {
  /** At most 500 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Turns deliveries off or on; enabling resets `consecutiveFailures` and resumes where delivery stopped. */
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  /** The change types to deliver; empty: every type. */
  types?: InputMaybe<Array<ChangeType>>;
  /** A new URL, checked as in `webhookCreate`. */
  url?: InputMaybe<Scalars['String']['input']>;
};

/** How to reach a coding workspace. */
export type WorkspaceConfig = {
  __typename?: 'WorkspaceConfig';
  /** When access to the workspace expires (Scale `expires_at`), passed on verbatim as a string. */
  expiresAt?: Maybe<Scalars['String']['output']>;
  /** Whether access to the workspace is force-enabled (Scale `force_enable_workspace_access`). */
  forceEnableWorkspaceAccess?: Maybe<Scalars['Boolean']['output']>;
  /** When an idle workspace freezes (Scale `inactivity_freeze_time`), passed on verbatim as a string. */
  inactivityFreezeTime?: Maybe<Scalars['String']['output']>;
  /** The workspace's id (Scale `workspace_id`). */
  workspaceId?: Maybe<Scalars['String']['output']>;
  /** Version of the workspace's image (Scale `workspace_image_version`). */
  workspaceImageVersion?: Maybe<Scalars['String']['output']>;
  /** The token that grants access to the workspace (Scale `workspace_token`); treat it as a secret. */
  workspaceToken?: Maybe<Scalars['String']['output']>;
  /** Where the workspace can be opened (Scale `workspace_url`). */
  workspaceUrl?: Maybe<Scalars['String']['output']>;
};

/** A coding workspace and what ran in it. */
export type WorkspaceContainerAnnotationValue = {
  __typename?: 'WorkspaceContainerAnnotationValue';
  /** The last code run in the workspace, verbatim (Scale `last_code_run_event`); null when not given. */
  lastCodeRunEvent?: Maybe<Scalars['JSON']['output']>;
  /** Files the workspace produced (Scale `output_files`); empty when none. */
  outputFiles: Array<WorkspaceOutputFile>;
  /** Standard error of the code run (Scale `stderr_output`); null when not given. */
  stderrOutput?: Maybe<WorkspaceOutput>;
  /** Standard output of the code run (Scale `stdout_output`); null when not given. */
  stdoutOutput?: Maybe<WorkspaceOutput>;
  /** Standard error of the test run (Scale `test_stderr_output`); null when not given. */
  testStderrOutput?: Maybe<WorkspaceOutput>;
  /** Standard output of the test run (Scale `test_stdout_output`); null when not given. */
  testStdoutOutput?: Maybe<WorkspaceOutput>;
  /** How to reach the workspace (Scale `workspace_config`); null when not given. */
  workspaceConfig?: Maybe<WorkspaceConfig>;
  /** The workspace's id (Scale `workspace_id`). */
  workspaceId?: Maybe<Scalars['String']['output']>;
};

/** Output of a workspace run, inline or by URL. */
export type WorkspaceOutput = {
  __typename?: 'WorkspaceOutput';
  /** The output text, inline. */
  content?: Maybe<Scalars['String']['output']>;
  /** The output's Scale-hosted URL. */
  scaleUrl?: Maybe<Scalars['String']['output']>;
  /** Where the output can be fetched (Scale `url`). */
  url?: Maybe<Scalars['String']['output']>;
};

/** A file a workspace produced. */
export type WorkspaceOutputFile = {
  __typename?: 'WorkspaceOutputFile';
  /** The file's content, inline (Scale `file_content`). */
  fileContent?: Maybe<Scalars['String']['output']>;
  /** The file's programming language (Scale `file_language`). */
  fileLanguage?: Maybe<Scalars['String']['output']>;
  /** The file's name (Scale `file_name`). */
  fileName?: Maybe<Scalars['String']['output']>;
  /** The file's Scale-hosted URL. */
  scaleUrl?: Maybe<Scalars['String']['output']>;
  /** The file's URL as its source gives it (Scale `url`). */
  url?: Maybe<Scalars['String']['output']>;
};



export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = {
  Annotation: Annotation;
  ApiToken: ApiToken;
  Batch: Batch;
  Change: Change;
  Coder: Coder;
  Connector: Connector;
  ConnectorRun: ConnectorRun;
  CorrectionSession: CorrectionSession;
  CorrectionTag: CorrectionTag;
  DataChunk: DataChunk;
  Delivery: Delivery;
  Document: Document;
  DocumentGroup: DocumentGroup;
  ExportJob: ExportJob;
  ImprovementItem: ImprovementItem;
  InferenceRun: InferenceRun;
  Message: Message;
  MessageChunk: MessageChunk;
  Organization: Organization;
  OrganizationMember: OrganizationMember;
  Project: Project;
  ProjectMember: ProjectMember;
  Prompt: Prompt;
  PromptVersion: PromptVersion;
  ProviderConnection: ProviderConnection;
  SearchSession: SearchSession;
  Segment: Segment;
  SessionEvent: SessionEvent;
  Task: Task;
  Thread: Thread;
  Turn: Turn;
  User: User;
  Webhook: Webhook;
  WebhookDelivery: WebhookDelivery;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Annotation:
    ( { __typename: 'Annotation' }
    & GraphQLRecursivePick<FederationTypes['Annotation'], {"id":true}> );
  ApiToken:
    ( { __typename: 'ApiToken' }
    & GraphQLRecursivePick<FederationTypes['ApiToken'], {"id":true}> );
  Batch:
    ( { __typename: 'Batch' }
    & GraphQLRecursivePick<FederationTypes['Batch'], {"id":true}> );
  Change:
    ( { __typename: 'Change' }
    & GraphQLRecursivePick<FederationTypes['Change'], {"id":true}> );
  Coder:
    ( { __typename: 'Coder' }
    & GraphQLRecursivePick<FederationTypes['Coder'], {"id":true}> );
  Connector:
    ( { __typename: 'Connector' }
    & GraphQLRecursivePick<FederationTypes['Connector'], {"id":true}> );
  ConnectorRun:
    ( { __typename: 'ConnectorRun' }
    & GraphQLRecursivePick<FederationTypes['ConnectorRun'], {"id":true}> );
  CorrectionSession:
    ( { __typename: 'CorrectionSession' }
    & GraphQLRecursivePick<FederationTypes['CorrectionSession'], {"id":true}> );
  CorrectionTag:
    ( { __typename: 'CorrectionTag' }
    & GraphQLRecursivePick<FederationTypes['CorrectionTag'], {"id":true}> );
  DataChunk:
    ( { __typename: 'DataChunk' }
    & GraphQLRecursivePick<FederationTypes['DataChunk'], {"id":true}> );
  Delivery:
    ( { __typename: 'Delivery' }
    & GraphQLRecursivePick<FederationTypes['Delivery'], {"id":true}> );
  Document:
    ( { __typename: 'Document' }
    & GraphQLRecursivePick<FederationTypes['Document'], {"id":true}> );
  DocumentGroup:
    ( { __typename: 'DocumentGroup' }
    & GraphQLRecursivePick<FederationTypes['DocumentGroup'], {"id":true}> );
  ExportJob:
    ( { __typename: 'ExportJob' }
    & GraphQLRecursivePick<FederationTypes['ExportJob'], {"id":true}> );
  ImprovementItem:
    ( { __typename: 'ImprovementItem' }
    & GraphQLRecursivePick<FederationTypes['ImprovementItem'], {"id":true}> );
  InferenceRun:
    ( { __typename: 'InferenceRun' }
    & GraphQLRecursivePick<FederationTypes['InferenceRun'], {"id":true}> );
  Message:
    ( { __typename: 'Message' }
    & GraphQLRecursivePick<FederationTypes['Message'], {"id":true}> );
  MessageChunk:
    ( { __typename: 'MessageChunk' }
    & GraphQLRecursivePick<FederationTypes['MessageChunk'], {"id":true}> );
  Organization:
    ( { __typename: 'Organization' }
    & GraphQLRecursivePick<FederationTypes['Organization'], {"id":true}> );
  OrganizationMember:
    ( { __typename: 'OrganizationMember' }
    & GraphQLRecursivePick<FederationTypes['OrganizationMember'], {"id":true}> );
  Project:
    ( { __typename: 'Project' }
    & GraphQLRecursivePick<FederationTypes['Project'], {"id":true}> );
  ProjectMember:
    ( { __typename: 'ProjectMember' }
    & GraphQLRecursivePick<FederationTypes['ProjectMember'], {"id":true}> );
  Prompt:
    ( { __typename: 'Prompt' }
    & GraphQLRecursivePick<FederationTypes['Prompt'], {"id":true}> );
  PromptVersion:
    ( { __typename: 'PromptVersion' }
    & GraphQLRecursivePick<FederationTypes['PromptVersion'], {"id":true}> );
  ProviderConnection:
    ( { __typename: 'ProviderConnection' }
    & GraphQLRecursivePick<FederationTypes['ProviderConnection'], {"id":true}> );
  SearchSession:
    ( { __typename: 'SearchSession' }
    & GraphQLRecursivePick<FederationTypes['SearchSession'], {"id":true}> );
  Segment:
    ( { __typename: 'Segment' }
    & GraphQLRecursivePick<FederationTypes['Segment'], {"id":true}> );
  SessionEvent:
    ( { __typename: 'SessionEvent' }
    & GraphQLRecursivePick<FederationTypes['SessionEvent'], {"id":true}> );
  Task:
    ( { __typename: 'Task' }
    & GraphQLRecursivePick<FederationTypes['Task'], {"id":true}> );
  Thread:
    ( { __typename: 'Thread' }
    & GraphQLRecursivePick<FederationTypes['Thread'], {"id":true}> );
  Turn:
    ( { __typename: 'Turn' }
    & GraphQLRecursivePick<FederationTypes['Turn'], {"id":true}> );
  User:
    ( { __typename: 'User' }
    & GraphQLRecursivePick<FederationTypes['User'], {"id":true}> );
  Webhook:
    ( { __typename: 'Webhook' }
    & GraphQLRecursivePick<FederationTypes['Webhook'], {"id":true}> );
  WebhookDelivery:
    ( { __typename: 'WebhookDelivery' }
    & GraphQLRecursivePick<FederationTypes['WebhookDelivery'], {"id":true}> );
};

/** Mapping of union types */
export type ResolversUnionTypes<_RefType extends Record<string, unknown>> = {
  AnnotationAuthor:
    | ( ExternalContributorModel )
    | ( InferenceRunRow )
    | ( UserRow )
  ;
  AnnotationValue:
    | ( AnnotationValueModel )
    | ( AnnotationValueModel )
    | ( AnnotationValueModel )
    | ( AnnotationValueModel )
    | ( AnnotationValueModel )
    | ( AnnotationValueModel )
    | ( AnnotationValueModel )
    | ( AnnotationValueModel )
    | ( AnnotationValueModel )
    | ( AnnotationValueModel )
    | ( AnnotationValueModel )
    | ( AnnotationValueModel )
    | ( AnnotationValueModel )
  ;
  ResponseValue:
    | ( unknown )
    | ( unknown )
    | ( unknown )
    | ( unknown )
    | ( unknown )
    | ( unknown )
  ;
};

/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = {
  Job:
    | ( BatchRow )
    | ( ConnectorRunRow )
    | ( ExportJobRow )
    | ( InferenceRunRow )
    | ( TaskRow )
  ;
  Node:
    | ( AnnotationRow )
    | ( ApiTokenRow )
    | ( BatchRow )
    | ( ChangeRow )
    | ( CoderRow )
    | ( ConnectorRow )
    | ( ConnectorRunRow )
    | ( CorrectionSessionRow )
    | ( CorrectionTagRow )
    | ( DataChunkRow )
    | ( DeliveryRow )
    | ( DocumentRow )
    | ( DocumentGroupRow )
    | ( ExportJobRow )
    | ( ImprovementItemRow )
    | ( InferenceRunRow )
    | ( MessageRow )
    | ( MessageChunkRow )
    | ( OrganizationRow )
    | ( OrganizationMemberRow )
    | ( ProjectRow )
    | ( ProjectMemberRow )
    | ( PromptRow )
    | ( PromptVersionRow )
    | ( ProviderConnectionRow )
    | ( SearchSessionRow )
    | ( SegmentRow )
    | ( SessionEventRow )
    | ( TaskRow )
    | ( ThreadRow )
    | ( TurnRow )
    | ( UserRow )
    | ( WebhookRow )
    | ( WebhookDeliveryRow )
  ;
  Session:
    | ( CorrectionSessionRow )
    | ( SearchSessionRow )
  ;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AgreementInput: AgreementInput;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  AgreementMetric: AgreementMetric;
  AgreementResult: ResolverTypeWrapper<Omit<AgreementResult, 'perAuthor'> & { perAuthor: Array<ResolversTypes['AuthorAgreement']> }>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Annotation: ResolverTypeWrapper<AnnotationRow>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AnnotationAuthor: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['AnnotationAuthor']>;
  AnnotationAuthorKind: AnnotationAuthorKind;
  AnnotationComparison: AnnotationComparison;
  AnnotationCondition: AnnotationCondition;
  AnnotationConnection: ResolverTypeWrapper<AnnotationConnectionModel>;
  AnnotationCreateInput: AnnotationCreateInput;
  AnnotationDeletePayload: ResolverTypeWrapper<AnnotationDeletePayload>;
  AnnotationEdge: ResolverTypeWrapper<Omit<AnnotationEdge, 'node'> & { node: ResolversTypes['Annotation'] }>;
  AnnotationFilter: AnnotationFilter;
  AnnotationLevel: AnnotationLevel;
  AnnotationPayload: ResolverTypeWrapper<Omit<AnnotationPayload, 'annotation'> & { annotation?: Maybe<ResolversTypes['Annotation']> }>;
  AnnotationSetValueInput: AnnotationSetValueInput;
  AnnotationType: AnnotationType;
  AnnotationValue: ResolverTypeWrapper<AnnotationValueModel>;
  ApiToken: ResolverTypeWrapper<ApiTokenRow>;
  ApiTokenConnection: ResolverTypeWrapper<ApiTokenConnectionModel>;
  ApiTokenEdge: ResolverTypeWrapper<Omit<ApiTokenEdge, 'node'> & { node: ResolversTypes['ApiToken'] }>;
  Attachment: ResolverTypeWrapper<Attachment>;
  AttachmentInput: AttachmentInput;
  AuthorAgreement: ResolverTypeWrapper<Omit<AuthorAgreement, 'author'> & { author?: Maybe<ResolversTypes['AnnotationAuthor']> }>;
  Batch: ResolverTypeWrapper<BatchRow>;
  BatchConnection: ResolverTypeWrapper<BatchConnectionModel>;
  BatchCreateInput: BatchCreateInput;
  BatchEdge: ResolverTypeWrapper<Omit<BatchEdge, 'node'> & { node: ResolversTypes['Batch'] }>;
  BatchFilter: BatchFilter;
  BatchKind: BatchKind;
  BatchPayload: ResolverTypeWrapper<Omit<BatchPayload, 'batch'> & { batch?: Maybe<ResolversTypes['Batch']> }>;
  BatchReleasePayload: ResolverTypeWrapper<Omit<BatchReleasePayload, 'batch'> & { batch?: Maybe<ResolversTypes['Batch']> }>;
  BatchSessionsPage: ResolverTypeWrapper<BatchSessionsPageModel>;
  BatchStatus: BatchStatus;
  BooleanAnnotationValue: ResolverTypeWrapper<AnnotationValueModel>;
  BooleanListValue: ResolverTypeWrapper<unknown>;
  BooleanValue: ResolverTypeWrapper<unknown>;
  CandidateCode: ResolverTypeWrapper<CandidateCode>;
  CategoryAnnotationValue: ResolverTypeWrapper<AnnotationValueModel>;
  CategoryMultipleAnnotationValue: ResolverTypeWrapper<AnnotationValueModel>;
  Change: ResolverTypeWrapper<ChangeRow>;
  ChangeActor: ResolverTypeWrapper<Omit<ChangeActor, 'user'> & { user?: Maybe<ResolversTypes['User']> }>;
  ChangeActorKind: ChangeActorKind;
  ChangeConnection: ResolverTypeWrapper<ChangeConnectionModel>;
  ChangeEdge: ResolverTypeWrapper<Omit<ChangeEdge, 'node'> & { node: ResolversTypes['Change'] }>;
  ChangeType: ChangeType;
  ClassificationType: ClassificationType;
  Coder: ResolverTypeWrapper<CoderRow>;
  CoderConnection: ResolverTypeWrapper<CoderConnectionModel>;
  CoderDeletePayload: ResolverTypeWrapper<CoderDeletePayload>;
  CoderEdge: ResolverTypeWrapper<Omit<CoderEdge, 'node'> & { node: ResolversTypes['Coder'] }>;
  CoderKind: CoderKind;
  CodingDetails: ResolverTypeWrapper<TaskRow>;
  CodingResponse: ResolverTypeWrapper<CodingResponseRow>;
  CodingResponseConnection: ResolverTypeWrapper<CodingResponseConnectionModel>;
  CodingResponseEdge: ResolverTypeWrapper<Omit<CodingResponseEdge, 'node'> & { node: ResolversTypes['CodingResponse'] }>;
  CodingResponseInput: CodingResponseInput;
  CodingServiceInfo: ResolverTypeWrapper<CodingServiceInfo>;
  CodingTaskCreateInput: CodingTaskCreateInput;
  CodingTaskType: CodingTaskType;
  CodingTaskUpdateInput: CodingTaskUpdateInput;
  Connector: ResolverTypeWrapper<ConnectorRow>;
  ConnectorConnection: ResolverTypeWrapper<ConnectorConnectionModel>;
  ConnectorCreateInput: ConnectorCreateInput;
  ConnectorDeletePayload: ResolverTypeWrapper<ConnectorDeletePayload>;
  ConnectorEdge: ResolverTypeWrapper<Omit<ConnectorEdge, 'node'> & { node: ResolversTypes['Connector'] }>;
  ConnectorKind: ConnectorKind;
  ConnectorPayload: ResolverTypeWrapper<Omit<ConnectorPayload, 'connector'> & { connector?: Maybe<ResolversTypes['Connector']> }>;
  ConnectorRun: ResolverTypeWrapper<ConnectorRunRow>;
  ConnectorRunConnection: ResolverTypeWrapper<ConnectorRunConnectionModel>;
  ConnectorRunEdge: ResolverTypeWrapper<Omit<ConnectorRunEdge, 'node'> & { node: ResolversTypes['ConnectorRun'] }>;
  ConnectorRunFailure: ResolverTypeWrapper<ConnectorRunFailure>;
  ConnectorRunPayload: ResolverTypeWrapper<Omit<ConnectorRunPayload, 'run'> & { run?: Maybe<ResolversTypes['ConnectorRun']> }>;
  ConnectorRunStatus: ConnectorRunStatus;
  ConnectorUpdateInput: ConnectorUpdateInput;
  CorrectionChangePayload: ResolverTypeWrapper<CorrectionChangeModel>;
  CorrectionDocument: ResolverTypeWrapper<CorrectionDocumentModel>;
  CorrectionDocumentConnection: ResolverTypeWrapper<CorrectionDocumentConnectionModel>;
  CorrectionDocumentEdge: ResolverTypeWrapper<Omit<CorrectionDocumentEdge, 'node'> & { node: ResolversTypes['CorrectionDocument'] }>;
  CorrectionSegment: ResolverTypeWrapper<CorrectionSegmentModel>;
  CorrectionSession: ResolverTypeWrapper<CorrectionSessionRow>;
  CorrectionSessionConnection: ResolverTypeWrapper<CorrectionSessionConnectionModel>;
  CorrectionSessionCreateInput: CorrectionSessionCreateInput;
  CorrectionSessionDeletePayload: ResolverTypeWrapper<CorrectionSessionDeletePayload>;
  CorrectionSessionEdge: ResolverTypeWrapper<Omit<CorrectionSessionEdge, 'node'> & { node: ResolversTypes['CorrectionSession'] }>;
  CorrectionSessionPayload: ResolverTypeWrapper<Omit<CorrectionSessionPayload, 'session'> & { session?: Maybe<ResolversTypes['CorrectionSession']> }>;
  CorrectionStatus: CorrectionStatus;
  CorrectionTag: ResolverTypeWrapper<CorrectionTagRow>;
  CorrectionTagInput: CorrectionTagInput;
  DataChunk: ResolverTypeWrapper<DataChunkRow>;
  DataChunkDeletePayload: ResolverTypeWrapper<DataChunkDeletePayload>;
  DataChunkPayload: ResolverTypeWrapper<Omit<DataChunkPayload, 'chunk'> & { chunk?: Maybe<ResolversTypes['DataChunk']> }>;
  DataChunkType: DataChunkType;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DeletePayload: ResolverTypeWrapper<DeletePayload>;
  Delivery: ResolverTypeWrapper<DeliveryRow>;
  DeliveryConnection: ResolverTypeWrapper<DeliveryConnectionModel>;
  DeliveryCreateInput: DeliveryCreateInput;
  DeliveryEdge: ResolverTypeWrapper<Omit<DeliveryEdge, 'node'> & { node: ResolversTypes['Delivery'] }>;
  DeliveryFilter: DeliveryFilter;
  DeliveryPayload: ResolverTypeWrapper<Omit<DeliveryPayload, 'delivery'> & { delivery?: Maybe<ResolversTypes['Delivery']> }>;
  Document: ResolverTypeWrapper<DocumentRow>;
  DocumentGroup: ResolverTypeWrapper<DocumentGroupRow>;
  DocumentGroupOrigin: DocumentGroupOrigin;
  ExportCancelPayload: ResolverTypeWrapper<Omit<ExportCancelPayload, 'export'> & { export?: Maybe<ResolversTypes['ExportJob']> }>;
  ExportCreateInput: ExportCreateInput;
  ExportCreatePayload: ResolverTypeWrapper<Omit<ExportCreatePayload, 'export'> & { export?: Maybe<ResolversTypes['ExportJob']> }>;
  ExportFormat: ExportFormat;
  ExportJob: ResolverTypeWrapper<ExportJobRow>;
  ExportJobConnection: ResolverTypeWrapper<ExportJobConnectionModel>;
  ExportJobEdge: ResolverTypeWrapper<Omit<ExportJobEdge, 'node'> & { node: ResolversTypes['ExportJob'] }>;
  ExportJobFilter: ExportJobFilter;
  ExportOptions: ExportOptions;
  ExportStatus: ExportStatus;
  ExportTurns: ExportTurns;
  ExternalContributor: ResolverTypeWrapper<ExternalContributorModel>;
  ExternalContributorInput: ExternalContributorInput;
  FileAnnotationValue: ResolverTypeWrapper<AnnotationValueModel>;
  ImportFailure: ResolverTypeWrapper<ImportFailure>;
  ImportSummary: ResolverTypeWrapper<ImportSummary>;
  ImprovementItem: ResolverTypeWrapper<ImprovementItemRow>;
  ImprovementItemConnection: ResolverTypeWrapper<ImprovementItemConnectionModel>;
  ImprovementItemEdge: ResolverTypeWrapper<Omit<ImprovementItemEdge, 'node'> & { node: ResolversTypes['ImprovementItem'] }>;
  ImprovementItemPayload: ResolverTypeWrapper<Omit<ImprovementItemPayload, 'item'> & { item?: Maybe<ResolversTypes['ImprovementItem']> }>;
  ImprovementItemStatus: ImprovementItemStatus;
  ImprovementOutcome: ImprovementOutcome;
  InferenceRun: ResolverTypeWrapper<InferenceRunRow>;
  InferenceRunConnection: ResolverTypeWrapper<InferenceRunConnectionModel>;
  InferenceRunCreateInput: InferenceRunCreateInput;
  InferenceRunEdge: ResolverTypeWrapper<Omit<InferenceRunEdge, 'node'> & { node: ResolversTypes['InferenceRun'] }>;
  InferenceRunFilter: InferenceRunFilter;
  InferenceRunOrder: InferenceRunOrder;
  InferenceRunOrderField: InferenceRunOrderField;
  InferenceRunPayload: ResolverTypeWrapper<Omit<InferenceRunPayload, 'run'> & { run?: Maybe<ResolversTypes['InferenceRun']> }>;
  InferenceRunResult: ResolverTypeWrapper<InferenceRunResultModel>;
  InferenceRunResultConnection: ResolverTypeWrapper<InferenceRunResultConnectionModel>;
  InferenceRunResultEdge: ResolverTypeWrapper<Omit<InferenceRunResultEdge, 'node'> & { node: ResolversTypes['InferenceRunResult'] }>;
  InferenceRunResultFilter: InferenceRunResultFilter;
  IntegerAnnotationValue: ResolverTypeWrapper<AnnotationValueModel>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  Job: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Job']>;
  JobProgress: ResolverTypeWrapper<JobProgress>;
  JobStatus: JobStatus;
  LabeledText: ResolverTypeWrapper<LabeledText>;
  LabeledTextAnnotationValue: ResolverTypeWrapper<AnnotationValueModel>;
  MeasurementLevel: MeasurementLevel;
  Message: ResolverTypeWrapper<MessageRow>;
  MessageAppendInput: MessageAppendInput;
  MessageChunk: ResolverTypeWrapper<MessageChunkRow>;
  MessageChunkInput: MessageChunkInput;
  MessageConnection: ResolverTypeWrapper<MessageConnectionModel>;
  MessageContent: ResolverTypeWrapper<MessageRow>;
  MessageEdge: ResolverTypeWrapper<Omit<MessageEdge, 'node'> & { node: ResolversTypes['Message'] }>;
  MessagePayload: ResolverTypeWrapper<Omit<MessagePayload, 'message'> & { message?: Maybe<ResolversTypes['Message']> }>;
  MessageRole: MessageRole;
  ModelParameters: ResolverTypeWrapper<ModelParameters>;
  ModelParametersInput: ModelParametersInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Node: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Node']>;
  NumberListValue: ResolverTypeWrapper<unknown>;
  NumberValue: ResolverTypeWrapper<unknown>;
  OrderDirection: OrderDirection;
  Organization: ResolverTypeWrapper<OrganizationRow>;
  OrganizationConnection: ResolverTypeWrapper<OrganizationConnectionModel>;
  OrganizationEdge: ResolverTypeWrapper<Omit<OrganizationEdge, 'node'> & { node: ResolversTypes['Organization'] }>;
  OrganizationMember: ResolverTypeWrapper<OrganizationMemberRow>;
  OrganizationMemberConnection: ResolverTypeWrapper<OrganizationMemberConnectionModel>;
  OrganizationMemberEdge: ResolverTypeWrapper<Omit<OrganizationMemberEdge, 'node'> & { node: ResolversTypes['OrganizationMember'] }>;
  OrganizationMemberRemoveInput: OrganizationMemberRemoveInput;
  OrganizationMemberRemovePayload: ResolverTypeWrapper<OrganizationMemberRemovePayload>;
  OrganizationMemberSetInput: OrganizationMemberSetInput;
  OrganizationMemberSetPayload: ResolverTypeWrapper<Omit<OrganizationMemberSetPayload, 'member'> & { member?: Maybe<ResolversTypes['OrganizationMember']> }>;
  OrganizationRole: OrganizationRole;
  OrganizationUpdateInput: OrganizationUpdateInput;
  OrganizationUpdatePayload: ResolverTypeWrapper<Omit<OrganizationUpdatePayload, 'organization'> & { organization?: Maybe<ResolversTypes['Organization']> }>;
  OtherAnnotationValue: ResolverTypeWrapper<AnnotationValueModel>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PreferencePairs: PreferencePairs;
  Project: ResolverTypeWrapper<ProjectRow>;
  ProjectConnection: ResolverTypeWrapper<ProjectConnectionModel>;
  ProjectCreateInput: ProjectCreateInput;
  ProjectCreatePayload: ResolverTypeWrapper<Omit<ProjectCreatePayload, 'project'> & { project?: Maybe<ResolversTypes['Project']> }>;
  ProjectDeletePayload: ResolverTypeWrapper<ProjectDeletePayload>;
  ProjectEdge: ResolverTypeWrapper<Omit<ProjectEdge, 'node'> & { node: ResolversTypes['Project'] }>;
  ProjectFilter: ProjectFilter;
  ProjectMember: ResolverTypeWrapper<ProjectMemberRow>;
  ProjectMemberConnection: ResolverTypeWrapper<ProjectMemberConnectionModel>;
  ProjectMemberEdge: ResolverTypeWrapper<Omit<ProjectMemberEdge, 'node'> & { node: ResolversTypes['ProjectMember'] }>;
  ProjectMemberRemoveInput: ProjectMemberRemoveInput;
  ProjectMemberRemovePayload: ResolverTypeWrapper<ProjectMemberRemovePayload>;
  ProjectMemberSetInput: ProjectMemberSetInput;
  ProjectMemberSetPayload: ResolverTypeWrapper<Omit<ProjectMemberSetPayload, 'member'> & { member?: Maybe<ResolversTypes['ProjectMember']> }>;
  ProjectSubset: ProjectSubset;
  Prompt: ResolverTypeWrapper<PromptRow>;
  PromptConnection: ResolverTypeWrapper<PromptConnectionModel>;
  PromptCreateInput: PromptCreateInput;
  PromptEdge: ResolverTypeWrapper<Omit<PromptEdge, 'node'> & { node: ResolversTypes['Prompt'] }>;
  PromptOrder: PromptOrder;
  PromptOrderField: PromptOrderField;
  PromptPayload: ResolverTypeWrapper<Omit<PromptPayload, 'prompt'> & { prompt?: Maybe<ResolversTypes['Prompt']> }>;
  PromptUpdateInput: PromptUpdateInput;
  PromptVersion: ResolverTypeWrapper<PromptVersionRow>;
  PromptVersionConnection: ResolverTypeWrapper<PromptVersionConnectionModel>;
  PromptVersionCreateInput: PromptVersionCreateInput;
  PromptVersionEdge: ResolverTypeWrapper<Omit<PromptVersionEdge, 'node'> & { node: ResolversTypes['PromptVersion'] }>;
  PromptVersionPayload: ResolverTypeWrapper<Omit<PromptVersionPayload, 'version'> & { version?: Maybe<ResolversTypes['PromptVersion']> }>;
  PromptVersionUpdateInput: PromptVersionUpdateInput;
  Provider: Provider;
  ProviderConnection: ResolverTypeWrapper<ProviderConnectionRow>;
  ProviderConnectionCreateInput: ProviderConnectionCreateInput;
  ProviderConnectionPayload: ResolverTypeWrapper<Omit<ProviderConnectionPayload, 'connection'> & { connection?: Maybe<ResolversTypes['ProviderConnection']> }>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RankedChoicesAnnotationValue: ResolverTypeWrapper<AnnotationValueModel>;
  RankedGroupsAnnotationValue: ResolverTypeWrapper<AnnotationValueModel>;
  RateLimit: ResolverTypeWrapper<RateLimit>;
  ReasoningStep: ResolverTypeWrapper<ReasoningStep>;
  ReferenceText: ResolverTypeWrapper<ReferenceText>;
  ReferenceTextInput: ReferenceTextInput;
  ResponseStatus: ResponseStatus;
  ResponseValue: ResolverTypeWrapper<unknown>;
  Role: Role;
  RubricCriteriaAnnotationValue: ResolverTypeWrapper<AnnotationValueModel>;
  RubricRatingAnnotationValue: ResolverTypeWrapper<AnnotationValueModel>;
  SearchResultItem: ResolverTypeWrapper<SearchResultItem>;
  SearchResultItemInput: SearchResultItemInput;
  SearchSession: ResolverTypeWrapper<SearchSessionRow>;
  SearchSessionAddEventsInput: SearchSessionAddEventsInput;
  SearchSessionConnection: ResolverTypeWrapper<SearchSessionConnectionModel>;
  SearchSessionEdge: ResolverTypeWrapper<Omit<SearchSessionEdge, 'node'> & { node: ResolversTypes['SearchSession'] }>;
  SearchSessionPayload: ResolverTypeWrapper<Omit<SearchSessionPayload, 'session'> & { session?: Maybe<ResolversTypes['SearchSession']> }>;
  SearchSessionRegisterInput: SearchSessionRegisterInput;
  SearchSortBy: ResolverTypeWrapper<SearchSortBy>;
  SearchSortByInput: SearchSortByInput;
  Segment: ResolverTypeWrapper<SegmentRow>;
  SensitiveContentReport: ResolverTypeWrapper<SensitiveContentReport>;
  ServiceTokenCreateInput: ServiceTokenCreateInput;
  Session: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Session']>;
  SessionEvent: ResolverTypeWrapper<SessionEventRow>;
  SessionEventConnection: ResolverTypeWrapper<SessionEventConnectionModel>;
  SessionEventEdge: ResolverTypeWrapper<Omit<SessionEventEdge, 'node'> & { node: ResolversTypes['SessionEvent'] }>;
  SessionEventInput: SessionEventInput;
  SessionMode: SessionMode;
  SessionUseForImprovementPayload: ResolverTypeWrapper<Omit<SessionUseForImprovementPayload, 'item'> & { item?: Maybe<ResolversTypes['ImprovementItem']> }>;
  SkillName: SkillName;
  SortOrder: SortOrder;
  Source: Source;
  StringListValue: ResolverTypeWrapper<unknown>;
  StringValue: ResolverTypeWrapper<unknown>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  TagStatus: TagStatus;
  Task: ResolverTypeWrapper<TaskRow>;
  TaskConnection: ResolverTypeWrapper<TaskConnectionModel>;
  TaskCreateInput: TaskCreateInput;
  TaskEdge: ResolverTypeWrapper<Omit<TaskEdge, 'node'> & { node: ResolversTypes['Task'] }>;
  TaskError: ResolverTypeWrapper<TaskError>;
  TaskErrorInput: TaskErrorInput;
  TaskEvent: ResolverTypeWrapper<TaskEventRow>;
  TaskEventConnection: ResolverTypeWrapper<TaskEventConnectionModel>;
  TaskEventEdge: ResolverTypeWrapper<Omit<TaskEventEdge, 'node'> & { node: ResolversTypes['TaskEvent'] }>;
  TaskEventKind: TaskEventKind;
  TaskFilter: TaskFilter;
  TaskImportScaleInput: TaskImportScaleInput;
  TaskImportScalePayload: ResolverTypeWrapper<TaskImportScalePayload>;
  TaskKind: TaskKind;
  TaskOrder: TaskOrder;
  TaskOrderField: TaskOrderField;
  TaskPayload: ResolverTypeWrapper<Omit<TaskPayload, 'task'> & { task?: Maybe<ResolversTypes['Task']> }>;
  TaskStatus: TaskStatus;
  TaskStatusCount: ResolverTypeWrapper<TaskStatusCount>;
  TextAnnotationValue: ResolverTypeWrapper<AnnotationValueModel>;
  Thread: ResolverTypeWrapper<ThreadRow>;
  ThreadAppendInput: ThreadAppendInput;
  ThreadConnection: ResolverTypeWrapper<ThreadConnectionModel>;
  ThreadEdge: ResolverTypeWrapper<Omit<ThreadEdge, 'node'> & { node: ResolversTypes['Thread'] }>;
  ThreadPayload: ResolverTypeWrapper<Omit<ThreadPayload, 'thread'> & { thread?: Maybe<ResolversTypes['Thread']> }>;
  ThreadSubmission: ResolverTypeWrapper<ThreadSubmission>;
  TokenCreateInput: TokenCreateInput;
  TokenCreatePayload: ResolverTypeWrapper<Omit<TokenCreatePayload, 'token'> & { token?: Maybe<ResolversTypes['ApiToken']> }>;
  TokenRevokePayload: ResolverTypeWrapper<Omit<TokenRevokePayload, 'token'> & { token?: Maybe<ResolversTypes['ApiToken']> }>;
  Turn: ResolverTypeWrapper<TurnRow>;
  TurnAppendInput: TurnAppendInput;
  TurnConnection: ResolverTypeWrapper<TurnConnectionModel>;
  TurnEdge: ResolverTypeWrapper<Omit<TurnEdge, 'node'> & { node: ResolversTypes['Turn'] }>;
  TurnPayload: ResolverTypeWrapper<Omit<TurnPayload, 'turn'> & { turn?: Maybe<ResolversTypes['Turn']> }>;
  User: ResolverTypeWrapper<UserRow>;
  UserError: ResolverTypeWrapper<UserError>;
  UserErrorCode: UserErrorCode;
  Viewer: ResolverTypeWrapper<ViewerModel>;
  Webhook: ResolverTypeWrapper<WebhookRow>;
  WebhookConnection: ResolverTypeWrapper<WebhookConnectionModel>;
  WebhookCreateInput: WebhookCreateInput;
  WebhookCreatePayload: ResolverTypeWrapper<Omit<WebhookCreatePayload, 'webhook'> & { webhook?: Maybe<ResolversTypes['Webhook']> }>;
  WebhookDeletePayload: ResolverTypeWrapper<WebhookDeletePayload>;
  WebhookDelivery: ResolverTypeWrapper<WebhookDeliveryRow>;
  WebhookDeliveryConnection: ResolverTypeWrapper<WebhookDeliveryConnectionModel>;
  WebhookDeliveryEdge: ResolverTypeWrapper<Omit<WebhookDeliveryEdge, 'node'> & { node: ResolversTypes['WebhookDelivery'] }>;
  WebhookDeliveryOutcome: WebhookDeliveryOutcome;
  WebhookDeliveryPayload: ResolverTypeWrapper<Omit<WebhookDeliveryPayload, 'delivery'> & { delivery?: Maybe<ResolversTypes['WebhookDelivery']> }>;
  WebhookEdge: ResolverTypeWrapper<Omit<WebhookEdge, 'node'> & { node: ResolversTypes['Webhook'] }>;
  WebhookPayload: ResolverTypeWrapper<Omit<WebhookPayload, 'webhook'> & { webhook?: Maybe<ResolversTypes['Webhook']> }>;
  WebhookSecretPayload: ResolverTypeWrapper<Omit<WebhookSecretPayload, 'webhook'> & { webhook?: Maybe<ResolversTypes['Webhook']> }>;
  WebhookUpdateInput: WebhookUpdateInput;
  WorkspaceConfig: ResolverTypeWrapper<WorkspaceConfig>;
  WorkspaceContainerAnnotationValue: ResolverTypeWrapper<AnnotationValueModel>;
  WorkspaceOutput: ResolverTypeWrapper<WorkspaceOutput>;
  WorkspaceOutputFile: ResolverTypeWrapper<WorkspaceOutputFile>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AgreementInput: AgreementInput;
  Boolean: Scalars['Boolean']['output'];
  String: Scalars['String']['output'];
  AgreementResult: Omit<AgreementResult, 'perAuthor'> & { perAuthor: Array<ResolversParentTypes['AuthorAgreement']> };
  Int: Scalars['Int']['output'];
  Float: Scalars['Float']['output'];
  Annotation: AnnotationRow;
  ID: Scalars['ID']['output'];
  AnnotationAuthor: ResolversUnionTypes<ResolversParentTypes>['AnnotationAuthor'];
  AnnotationCondition: AnnotationCondition;
  AnnotationConnection: AnnotationConnectionModel;
  AnnotationCreateInput: AnnotationCreateInput;
  AnnotationDeletePayload: AnnotationDeletePayload;
  AnnotationEdge: Omit<AnnotationEdge, 'node'> & { node: ResolversParentTypes['Annotation'] };
  AnnotationFilter: AnnotationFilter;
  AnnotationPayload: Omit<AnnotationPayload, 'annotation'> & { annotation?: Maybe<ResolversParentTypes['Annotation']> };
  AnnotationSetValueInput: AnnotationSetValueInput;
  AnnotationValue: AnnotationValueModel;
  ApiToken: ApiTokenRow;
  ApiTokenConnection: ApiTokenConnectionModel;
  ApiTokenEdge: Omit<ApiTokenEdge, 'node'> & { node: ResolversParentTypes['ApiToken'] };
  Attachment: Attachment;
  AttachmentInput: AttachmentInput;
  AuthorAgreement: Omit<AuthorAgreement, 'author'> & { author?: Maybe<ResolversParentTypes['AnnotationAuthor']> };
  Batch: BatchRow;
  BatchConnection: BatchConnectionModel;
  BatchCreateInput: BatchCreateInput;
  BatchEdge: Omit<BatchEdge, 'node'> & { node: ResolversParentTypes['Batch'] };
  BatchFilter: BatchFilter;
  BatchPayload: Omit<BatchPayload, 'batch'> & { batch?: Maybe<ResolversParentTypes['Batch']> };
  BatchReleasePayload: Omit<BatchReleasePayload, 'batch'> & { batch?: Maybe<ResolversParentTypes['Batch']> };
  BatchSessionsPage: BatchSessionsPageModel;
  BooleanAnnotationValue: AnnotationValueModel;
  BooleanListValue: unknown;
  BooleanValue: unknown;
  CandidateCode: CandidateCode;
  CategoryAnnotationValue: AnnotationValueModel;
  CategoryMultipleAnnotationValue: AnnotationValueModel;
  Change: ChangeRow;
  ChangeActor: Omit<ChangeActor, 'user'> & { user?: Maybe<ResolversParentTypes['User']> };
  ChangeConnection: ChangeConnectionModel;
  ChangeEdge: Omit<ChangeEdge, 'node'> & { node: ResolversParentTypes['Change'] };
  Coder: CoderRow;
  CoderConnection: CoderConnectionModel;
  CoderDeletePayload: CoderDeletePayload;
  CoderEdge: Omit<CoderEdge, 'node'> & { node: ResolversParentTypes['Coder'] };
  CodingDetails: TaskRow;
  CodingResponse: CodingResponseRow;
  CodingResponseConnection: CodingResponseConnectionModel;
  CodingResponseEdge: Omit<CodingResponseEdge, 'node'> & { node: ResolversParentTypes['CodingResponse'] };
  CodingResponseInput: CodingResponseInput;
  CodingServiceInfo: CodingServiceInfo;
  CodingTaskCreateInput: CodingTaskCreateInput;
  CodingTaskUpdateInput: CodingTaskUpdateInput;
  Connector: ConnectorRow;
  ConnectorConnection: ConnectorConnectionModel;
  ConnectorCreateInput: ConnectorCreateInput;
  ConnectorDeletePayload: ConnectorDeletePayload;
  ConnectorEdge: Omit<ConnectorEdge, 'node'> & { node: ResolversParentTypes['Connector'] };
  ConnectorPayload: Omit<ConnectorPayload, 'connector'> & { connector?: Maybe<ResolversParentTypes['Connector']> };
  ConnectorRun: ConnectorRunRow;
  ConnectorRunConnection: ConnectorRunConnectionModel;
  ConnectorRunEdge: Omit<ConnectorRunEdge, 'node'> & { node: ResolversParentTypes['ConnectorRun'] };
  ConnectorRunFailure: ConnectorRunFailure;
  ConnectorRunPayload: Omit<ConnectorRunPayload, 'run'> & { run?: Maybe<ResolversParentTypes['ConnectorRun']> };
  ConnectorUpdateInput: ConnectorUpdateInput;
  CorrectionChangePayload: CorrectionChangeModel;
  CorrectionDocument: CorrectionDocumentModel;
  CorrectionDocumentConnection: CorrectionDocumentConnectionModel;
  CorrectionDocumentEdge: Omit<CorrectionDocumentEdge, 'node'> & { node: ResolversParentTypes['CorrectionDocument'] };
  CorrectionSegment: CorrectionSegmentModel;
  CorrectionSession: CorrectionSessionRow;
  CorrectionSessionConnection: CorrectionSessionConnectionModel;
  CorrectionSessionCreateInput: CorrectionSessionCreateInput;
  CorrectionSessionDeletePayload: CorrectionSessionDeletePayload;
  CorrectionSessionEdge: Omit<CorrectionSessionEdge, 'node'> & { node: ResolversParentTypes['CorrectionSession'] };
  CorrectionSessionPayload: Omit<CorrectionSessionPayload, 'session'> & { session?: Maybe<ResolversParentTypes['CorrectionSession']> };
  CorrectionTag: CorrectionTagRow;
  CorrectionTagInput: CorrectionTagInput;
  DataChunk: DataChunkRow;
  DataChunkDeletePayload: DataChunkDeletePayload;
  DataChunkPayload: Omit<DataChunkPayload, 'chunk'> & { chunk?: Maybe<ResolversParentTypes['DataChunk']> };
  DateTime: Scalars['DateTime']['output'];
  DeletePayload: DeletePayload;
  Delivery: DeliveryRow;
  DeliveryConnection: DeliveryConnectionModel;
  DeliveryCreateInput: DeliveryCreateInput;
  DeliveryEdge: Omit<DeliveryEdge, 'node'> & { node: ResolversParentTypes['Delivery'] };
  DeliveryFilter: DeliveryFilter;
  DeliveryPayload: Omit<DeliveryPayload, 'delivery'> & { delivery?: Maybe<ResolversParentTypes['Delivery']> };
  Document: DocumentRow;
  DocumentGroup: DocumentGroupRow;
  ExportCancelPayload: Omit<ExportCancelPayload, 'export'> & { export?: Maybe<ResolversParentTypes['ExportJob']> };
  ExportCreateInput: ExportCreateInput;
  ExportCreatePayload: Omit<ExportCreatePayload, 'export'> & { export?: Maybe<ResolversParentTypes['ExportJob']> };
  ExportJob: ExportJobRow;
  ExportJobConnection: ExportJobConnectionModel;
  ExportJobEdge: Omit<ExportJobEdge, 'node'> & { node: ResolversParentTypes['ExportJob'] };
  ExportJobFilter: ExportJobFilter;
  ExportOptions: ExportOptions;
  ExternalContributor: ExternalContributorModel;
  ExternalContributorInput: ExternalContributorInput;
  FileAnnotationValue: AnnotationValueModel;
  ImportFailure: ImportFailure;
  ImportSummary: ImportSummary;
  ImprovementItem: ImprovementItemRow;
  ImprovementItemConnection: ImprovementItemConnectionModel;
  ImprovementItemEdge: Omit<ImprovementItemEdge, 'node'> & { node: ResolversParentTypes['ImprovementItem'] };
  ImprovementItemPayload: Omit<ImprovementItemPayload, 'item'> & { item?: Maybe<ResolversParentTypes['ImprovementItem']> };
  InferenceRun: InferenceRunRow;
  InferenceRunConnection: InferenceRunConnectionModel;
  InferenceRunCreateInput: InferenceRunCreateInput;
  InferenceRunEdge: Omit<InferenceRunEdge, 'node'> & { node: ResolversParentTypes['InferenceRun'] };
  InferenceRunFilter: InferenceRunFilter;
  InferenceRunOrder: InferenceRunOrder;
  InferenceRunPayload: Omit<InferenceRunPayload, 'run'> & { run?: Maybe<ResolversParentTypes['InferenceRun']> };
  InferenceRunResult: InferenceRunResultModel;
  InferenceRunResultConnection: InferenceRunResultConnectionModel;
  InferenceRunResultEdge: Omit<InferenceRunResultEdge, 'node'> & { node: ResolversParentTypes['InferenceRunResult'] };
  InferenceRunResultFilter: InferenceRunResultFilter;
  IntegerAnnotationValue: AnnotationValueModel;
  JSON: Scalars['JSON']['output'];
  Job: ResolversInterfaceTypes<ResolversParentTypes>['Job'];
  JobProgress: JobProgress;
  LabeledText: LabeledText;
  LabeledTextAnnotationValue: AnnotationValueModel;
  Message: MessageRow;
  MessageAppendInput: MessageAppendInput;
  MessageChunk: MessageChunkRow;
  MessageChunkInput: MessageChunkInput;
  MessageConnection: MessageConnectionModel;
  MessageContent: MessageRow;
  MessageEdge: Omit<MessageEdge, 'node'> & { node: ResolversParentTypes['Message'] };
  MessagePayload: Omit<MessagePayload, 'message'> & { message?: Maybe<ResolversParentTypes['Message']> };
  ModelParameters: ModelParameters;
  ModelParametersInput: ModelParametersInput;
  Mutation: Record<PropertyKey, never>;
  Node: ResolversInterfaceTypes<ResolversParentTypes>['Node'];
  NumberListValue: unknown;
  NumberValue: unknown;
  Organization: OrganizationRow;
  OrganizationConnection: OrganizationConnectionModel;
  OrganizationEdge: Omit<OrganizationEdge, 'node'> & { node: ResolversParentTypes['Organization'] };
  OrganizationMember: OrganizationMemberRow;
  OrganizationMemberConnection: OrganizationMemberConnectionModel;
  OrganizationMemberEdge: Omit<OrganizationMemberEdge, 'node'> & { node: ResolversParentTypes['OrganizationMember'] };
  OrganizationMemberRemoveInput: OrganizationMemberRemoveInput;
  OrganizationMemberRemovePayload: OrganizationMemberRemovePayload;
  OrganizationMemberSetInput: OrganizationMemberSetInput;
  OrganizationMemberSetPayload: Omit<OrganizationMemberSetPayload, 'member'> & { member?: Maybe<ResolversParentTypes['OrganizationMember']> };
  OrganizationUpdateInput: OrganizationUpdateInput;
  OrganizationUpdatePayload: Omit<OrganizationUpdatePayload, 'organization'> & { organization?: Maybe<ResolversParentTypes['Organization']> };
  OtherAnnotationValue: AnnotationValueModel;
  PageInfo: PageInfo;
  Project: ProjectRow;
  ProjectConnection: ProjectConnectionModel;
  ProjectCreateInput: ProjectCreateInput;
  ProjectCreatePayload: Omit<ProjectCreatePayload, 'project'> & { project?: Maybe<ResolversParentTypes['Project']> };
  ProjectDeletePayload: ProjectDeletePayload;
  ProjectEdge: Omit<ProjectEdge, 'node'> & { node: ResolversParentTypes['Project'] };
  ProjectFilter: ProjectFilter;
  ProjectMember: ProjectMemberRow;
  ProjectMemberConnection: ProjectMemberConnectionModel;
  ProjectMemberEdge: Omit<ProjectMemberEdge, 'node'> & { node: ResolversParentTypes['ProjectMember'] };
  ProjectMemberRemoveInput: ProjectMemberRemoveInput;
  ProjectMemberRemovePayload: ProjectMemberRemovePayload;
  ProjectMemberSetInput: ProjectMemberSetInput;
  ProjectMemberSetPayload: Omit<ProjectMemberSetPayload, 'member'> & { member?: Maybe<ResolversParentTypes['ProjectMember']> };
  Prompt: PromptRow;
  PromptConnection: PromptConnectionModel;
  PromptCreateInput: PromptCreateInput;
  PromptEdge: Omit<PromptEdge, 'node'> & { node: ResolversParentTypes['Prompt'] };
  PromptOrder: PromptOrder;
  PromptPayload: Omit<PromptPayload, 'prompt'> & { prompt?: Maybe<ResolversParentTypes['Prompt']> };
  PromptUpdateInput: PromptUpdateInput;
  PromptVersion: PromptVersionRow;
  PromptVersionConnection: PromptVersionConnectionModel;
  PromptVersionCreateInput: PromptVersionCreateInput;
  PromptVersionEdge: Omit<PromptVersionEdge, 'node'> & { node: ResolversParentTypes['PromptVersion'] };
  PromptVersionPayload: Omit<PromptVersionPayload, 'version'> & { version?: Maybe<ResolversParentTypes['PromptVersion']> };
  PromptVersionUpdateInput: PromptVersionUpdateInput;
  ProviderConnection: ProviderConnectionRow;
  ProviderConnectionCreateInput: ProviderConnectionCreateInput;
  ProviderConnectionPayload: Omit<ProviderConnectionPayload, 'connection'> & { connection?: Maybe<ResolversParentTypes['ProviderConnection']> };
  Query: Record<PropertyKey, never>;
  RankedChoicesAnnotationValue: AnnotationValueModel;
  RankedGroupsAnnotationValue: AnnotationValueModel;
  RateLimit: RateLimit;
  ReasoningStep: ReasoningStep;
  ReferenceText: ReferenceText;
  ReferenceTextInput: ReferenceTextInput;
  ResponseValue: unknown;
  RubricCriteriaAnnotationValue: AnnotationValueModel;
  RubricRatingAnnotationValue: AnnotationValueModel;
  SearchResultItem: SearchResultItem;
  SearchResultItemInput: SearchResultItemInput;
  SearchSession: SearchSessionRow;
  SearchSessionAddEventsInput: SearchSessionAddEventsInput;
  SearchSessionConnection: SearchSessionConnectionModel;
  SearchSessionEdge: Omit<SearchSessionEdge, 'node'> & { node: ResolversParentTypes['SearchSession'] };
  SearchSessionPayload: Omit<SearchSessionPayload, 'session'> & { session?: Maybe<ResolversParentTypes['SearchSession']> };
  SearchSessionRegisterInput: SearchSessionRegisterInput;
  SearchSortBy: SearchSortBy;
  SearchSortByInput: SearchSortByInput;
  Segment: SegmentRow;
  SensitiveContentReport: SensitiveContentReport;
  ServiceTokenCreateInput: ServiceTokenCreateInput;
  Session: ResolversInterfaceTypes<ResolversParentTypes>['Session'];
  SessionEvent: SessionEventRow;
  SessionEventConnection: SessionEventConnectionModel;
  SessionEventEdge: Omit<SessionEventEdge, 'node'> & { node: ResolversParentTypes['SessionEvent'] };
  SessionEventInput: SessionEventInput;
  SessionUseForImprovementPayload: Omit<SessionUseForImprovementPayload, 'item'> & { item?: Maybe<ResolversParentTypes['ImprovementItem']> };
  StringListValue: unknown;
  StringValue: unknown;
  Subscription: Record<PropertyKey, never>;
  Task: TaskRow;
  TaskConnection: TaskConnectionModel;
  TaskCreateInput: TaskCreateInput;
  TaskEdge: Omit<TaskEdge, 'node'> & { node: ResolversParentTypes['Task'] };
  TaskError: TaskError;
  TaskErrorInput: TaskErrorInput;
  TaskEvent: TaskEventRow;
  TaskEventConnection: TaskEventConnectionModel;
  TaskEventEdge: Omit<TaskEventEdge, 'node'> & { node: ResolversParentTypes['TaskEvent'] };
  TaskFilter: TaskFilter;
  TaskImportScaleInput: TaskImportScaleInput;
  TaskImportScalePayload: TaskImportScalePayload;
  TaskOrder: TaskOrder;
  TaskPayload: Omit<TaskPayload, 'task'> & { task?: Maybe<ResolversParentTypes['Task']> };
  TaskStatusCount: TaskStatusCount;
  TextAnnotationValue: AnnotationValueModel;
  Thread: ThreadRow;
  ThreadAppendInput: ThreadAppendInput;
  ThreadConnection: ThreadConnectionModel;
  ThreadEdge: Omit<ThreadEdge, 'node'> & { node: ResolversParentTypes['Thread'] };
  ThreadPayload: Omit<ThreadPayload, 'thread'> & { thread?: Maybe<ResolversParentTypes['Thread']> };
  ThreadSubmission: ThreadSubmission;
  TokenCreateInput: TokenCreateInput;
  TokenCreatePayload: Omit<TokenCreatePayload, 'token'> & { token?: Maybe<ResolversParentTypes['ApiToken']> };
  TokenRevokePayload: Omit<TokenRevokePayload, 'token'> & { token?: Maybe<ResolversParentTypes['ApiToken']> };
  Turn: TurnRow;
  TurnAppendInput: TurnAppendInput;
  TurnConnection: TurnConnectionModel;
  TurnEdge: Omit<TurnEdge, 'node'> & { node: ResolversParentTypes['Turn'] };
  TurnPayload: Omit<TurnPayload, 'turn'> & { turn?: Maybe<ResolversParentTypes['Turn']> };
  User: UserRow;
  UserError: UserError;
  Viewer: ViewerModel;
  Webhook: WebhookRow;
  WebhookConnection: WebhookConnectionModel;
  WebhookCreateInput: WebhookCreateInput;
  WebhookCreatePayload: Omit<WebhookCreatePayload, 'webhook'> & { webhook?: Maybe<ResolversParentTypes['Webhook']> };
  WebhookDeletePayload: WebhookDeletePayload;
  WebhookDelivery: WebhookDeliveryRow;
  WebhookDeliveryConnection: WebhookDeliveryConnectionModel;
  WebhookDeliveryEdge: Omit<WebhookDeliveryEdge, 'node'> & { node: ResolversParentTypes['WebhookDelivery'] };
  WebhookDeliveryPayload: Omit<WebhookDeliveryPayload, 'delivery'> & { delivery?: Maybe<ResolversParentTypes['WebhookDelivery']> };
  WebhookEdge: Omit<WebhookEdge, 'node'> & { node: ResolversParentTypes['Webhook'] };
  WebhookPayload: Omit<WebhookPayload, 'webhook'> & { webhook?: Maybe<ResolversParentTypes['Webhook']> };
  WebhookSecretPayload: Omit<WebhookSecretPayload, 'webhook'> & { webhook?: Maybe<ResolversParentTypes['Webhook']> };
  WebhookUpdateInput: WebhookUpdateInput;
  WorkspaceConfig: WorkspaceConfig;
  WorkspaceContainerAnnotationValue: AnnotationValueModel;
  WorkspaceOutput: WorkspaceOutput;
  WorkspaceOutputFile: WorkspaceOutputFile;
};

export type AgreementResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AgreementResult'] = ResolversParentTypes['AgreementResult']> = {
  authors?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  expectedDisagreement?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  items?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['MeasurementLevel'], ParentType, ContextType>;
  metric?: Resolver<ResolversTypes['AgreementMetric'], ParentType, ContextType>;
  observedDisagreement?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  pairableValues?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  perAuthor?: Resolver<Array<ResolversTypes['AuthorAgreement']>, ParentType, ContextType>;
  undefinedReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type AnnotationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Annotation'] = ResolversParentTypes['Annotation'], FederationReferenceType extends FederationReferenceTypes['Annotation'] = FederationReferenceTypes['Annotation']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Annotation']> | FederationReferenceType, FederationReferenceType, ContextType>;
  author?: Resolver<Maybe<ResolversTypes['AnnotationAuthor']>, ParentType, ContextType>;
  authorKind?: Resolver<ResolversTypes['AnnotationAuthorKind'], ParentType, ContextType>;
  cannotAssess?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  chunk?: Resolver<Maybe<ResolversTypes['MessageChunk']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  externalId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  groundTruth?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inferenceRun?: Resolver<Maybe<ResolversTypes['InferenceRun']>, ParentType, ContextType>;
  justification?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  labels?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  level?: Resolver<ResolversTypes['AnnotationLevel'], ParentType, ContextType>;
  message?: Resolver<Maybe<ResolversTypes['Message']>, ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  notApplicable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  possibleValues?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  promptVersion?: Resolver<Maybe<ResolversTypes['PromptVersion']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  sourceType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  task?: Resolver<ResolversTypes['Task'], ParentType, ContextType>;
  thread?: Resolver<Maybe<ResolversTypes['Thread']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  turn?: Resolver<Maybe<ResolversTypes['Turn']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['AnnotationType'], ParentType, ContextType>;
  typedValue?: Resolver<ResolversTypes['AnnotationValue'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AnnotationAuthorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AnnotationAuthor'] = ResolversParentTypes['AnnotationAuthor']> = {
  __resolveType: TypeResolveFn<'ExternalContributor' | 'InferenceRun' | 'User', ParentType, ContextType>;
};

export type AnnotationConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AnnotationConnection'] = ResolversParentTypes['AnnotationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AnnotationEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Annotation']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AnnotationDeletePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AnnotationDeletePayload'] = ResolversParentTypes['AnnotationDeletePayload']> = {
  deletedAnnotationId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type AnnotationEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AnnotationEdge'] = ResolversParentTypes['AnnotationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Annotation'], ParentType, ContextType>;
};

export type AnnotationPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AnnotationPayload'] = ResolversParentTypes['AnnotationPayload']> = {
  annotation?: Resolver<Maybe<ResolversTypes['Annotation']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type AnnotationValueResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AnnotationValue'] = ResolversParentTypes['AnnotationValue']> = {
  __resolveType: TypeResolveFn<'BooleanAnnotationValue' | 'CategoryAnnotationValue' | 'CategoryMultipleAnnotationValue' | 'FileAnnotationValue' | 'IntegerAnnotationValue' | 'LabeledTextAnnotationValue' | 'OtherAnnotationValue' | 'RankedChoicesAnnotationValue' | 'RankedGroupsAnnotationValue' | 'RubricCriteriaAnnotationValue' | 'RubricRatingAnnotationValue' | 'TextAnnotationValue' | 'WorkspaceContainerAnnotationValue', ParentType, ContextType>;
};

export type ApiTokenResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ApiToken'] = ResolversParentTypes['ApiToken'], FederationReferenceType extends FederationReferenceTypes['ApiToken'] = FederationReferenceTypes['ApiToken']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ApiToken']> | FederationReferenceType, FederationReferenceType, ContextType>;
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastUsedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  prefix?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  serviceRole?: Resolver<Maybe<ResolversTypes['Role']>, ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ApiTokenConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ApiTokenConnection'] = ResolversParentTypes['ApiTokenConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ApiTokenEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['ApiToken']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ApiTokenEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ApiTokenEdge'] = ResolversParentTypes['ApiTokenEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ApiToken'], ParentType, ContextType>;
};

export type AttachmentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Attachment'] = ResolversParentTypes['Attachment']> = {
  content?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  duration?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  fileSizeInBytes?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  mimeType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  scaleUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  transcript?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  transcriptEnd?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  transcriptStart?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  transcriptUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type AuthorAgreementResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuthorAgreement'] = ResolversParentTypes['AuthorAgreement']> = {
  author?: Resolver<Maybe<ResolversTypes['AnnotationAuthor']>, ParentType, ContextType>;
  authorKey?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  items?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type BatchResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Batch'] = ResolversParentTypes['Batch'], FederationReferenceType extends FederationReferenceTypes['Batch'] = FederationReferenceTypes['Batch']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Batch']> | FederationReferenceType, FederationReferenceType, ContextType>;
  callback?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  completedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  estimatedFinishAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  externalId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  finishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  jobProgress?: Resolver<ResolversTypes['JobProgress'], ParentType, ContextType>;
  jobStatus?: Resolver<ResolversTypes['JobStatus'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['BatchKind'], ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  project?: Resolver<ResolversTypes['Project'], ParentType, ContextType>;
  releaseId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  releasedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  sessionCounter?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sessions?: Resolver<ResolversTypes['SearchSessionConnection'], ParentType, ContextType, Partial<BatchSessionsArgs>>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  sourceStatus?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  startedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['BatchStatus'], ParentType, ContextType>;
  taskCounts?: Resolver<Array<ResolversTypes['TaskStatusCount']>, ParentType, ContextType>;
  tasks?: Resolver<ResolversTypes['TaskConnection'], ParentType, ContextType, Partial<BatchTasksArgs>>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type BatchConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BatchConnection'] = ResolversParentTypes['BatchConnection']> = {
  edges?: Resolver<Array<ResolversTypes['BatchEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Batch']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type BatchEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BatchEdge'] = ResolversParentTypes['BatchEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Batch'], ParentType, ContextType>;
};

export type BatchPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BatchPayload'] = ResolversParentTypes['BatchPayload']> = {
  batch?: Resolver<Maybe<ResolversTypes['Batch']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type BatchReleasePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BatchReleasePayload'] = ResolversParentTypes['BatchReleasePayload']> = {
  batch?: Resolver<Maybe<ResolversTypes['Batch']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type BatchSessionsPageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BatchSessionsPage'] = ResolversParentTypes['BatchSessionsPage']> = {
  batch?: Resolver<ResolversTypes['Batch'], ParentType, ContextType>;
  lastNumber?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  sessions?: Resolver<Array<ResolversTypes['SearchSession']>, ParentType, ContextType>;
};

export type BooleanAnnotationValueResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BooleanAnnotationValue'] = ResolversParentTypes['BooleanAnnotationValue']> = {
  boolean?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  possibleBooleans?: Resolver<Array<ResolversTypes['Boolean']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type BooleanListValueResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BooleanListValue'] = ResolversParentTypes['BooleanListValue']> = {
  booleans?: Resolver<Array<ResolversTypes['Boolean']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type BooleanValueResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BooleanValue'] = ResolversParentTypes['BooleanValue']> = {
  boolean?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CandidateCodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CandidateCode'] = ResolversParentTypes['CandidateCode']> = {
  code?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  parameter?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CategoryAnnotationValueResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CategoryAnnotationValue'] = ResolversParentTypes['CategoryAnnotationValue']> = {
  category?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  possibleCategories?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CategoryMultipleAnnotationValueResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CategoryMultipleAnnotationValue'] = ResolversParentTypes['CategoryMultipleAnnotationValue']> = {
  categories?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  possibleCategories?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ChangeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Change'] = ResolversParentTypes['Change'], FederationReferenceType extends FederationReferenceTypes['Change'] = FederationReferenceTypes['Change']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Change']> | FederationReferenceType, FederationReferenceType, ContextType>;
  actor?: Resolver<ResolversTypes['ChangeActor'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  object?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType>;
  objectId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  objectType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organizationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  payload?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  project?: Resolver<Maybe<ResolversTypes['Project']>, ParentType, ContextType>;
  projectId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['ChangeType'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ChangeActorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ChangeActor'] = ResolversParentTypes['ChangeActor']> = {
  kind?: Resolver<ResolversTypes['ChangeActorKind'], ParentType, ContextType>;
  tokenId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  userId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  worker?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ChangeConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ChangeConnection'] = ResolversParentTypes['ChangeConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ChangeEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Change']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ChangeEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ChangeEdge'] = ResolversParentTypes['ChangeEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Change'], ParentType, ContextType>;
};

export type CoderResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Coder'] = ResolversParentTypes['Coder'], FederationReferenceType extends FederationReferenceTypes['Coder'] = FederationReferenceTypes['Coder']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Coder']> | FederationReferenceType, FederationReferenceType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  externalId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['CoderKind'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  project?: Resolver<ResolversTypes['Project'], ParentType, ContextType>;
  score?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CoderConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CoderConnection'] = ResolversParentTypes['CoderConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CoderEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Coder']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CoderDeletePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CoderDeletePayload'] = ResolversParentTypes['CoderDeletePayload']> = {
  deletedCoderId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type CoderEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CoderEdge'] = ResolversParentTypes['CoderEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Coder'], ParentType, ContextType>;
};

export type CodingDetailsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CodingDetails'] = ResolversParentTypes['CodingDetails']> = {
  coder?: Resolver<Maybe<ResolversTypes['Coder']>, ParentType, ContextType>;
  dataChunks?: Resolver<Array<ResolversTypes['DataChunk']>, ParentType, ContextType>;
  instructions?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  label?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  output?: Resolver<Maybe<ResolversTypes['DataChunk']>, ParentType, ContextType>;
  progress?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['CodingTaskType'], ParentType, ContextType>;
};

export type CodingResponseResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CodingResponse'] = ResolversParentTypes['CodingResponse']> = {
  code?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  codes?: Resolver<Array<ResolversTypes['CandidateCode']>, ParentType, ContextType>;
  score?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  setId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ResponseStatus'], ParentType, ContextType>;
  subform?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  value?: Resolver<ResolversTypes['ResponseValue'], ParentType, ContextType>;
  variableId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CodingResponseConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CodingResponseConnection'] = ResolversParentTypes['CodingResponseConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CodingResponseEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['CodingResponse']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CodingResponseEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CodingResponseEdge'] = ResolversParentTypes['CodingResponseEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CodingResponse'], ParentType, ContextType>;
};

export type CodingServiceInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CodingServiceInfo'] = ResolversParentTypes['CodingServiceInfo']> = {
  apiVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  instructionsSchema?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  instructionsText?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  mode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  serviceId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ConnectorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Connector'] = ResolversParentTypes['Connector'], FederationReferenceType extends FederationReferenceTypes['Connector'] = FederationReferenceTypes['Connector']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Connector']> | FederationReferenceType, FederationReferenceType, ContextType>;
  baseUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  hasCredentials?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  intervalMinutes?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ConnectorKind'], ParentType, ContextType>;
  nextRunAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  options?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  project?: Resolver<ResolversTypes['Project'], ParentType, ContextType>;
  runs?: Resolver<ResolversTypes['ConnectorRunConnection'], ParentType, ContextType, Partial<ConnectorRunsArgs>>;
  state?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ConnectorConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ConnectorConnection'] = ResolversParentTypes['ConnectorConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ConnectorEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Connector']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ConnectorDeletePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ConnectorDeletePayload'] = ResolversParentTypes['ConnectorDeletePayload']> = {
  deletedId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type ConnectorEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ConnectorEdge'] = ResolversParentTypes['ConnectorEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Connector'], ParentType, ContextType>;
};

export type ConnectorPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ConnectorPayload'] = ResolversParentTypes['ConnectorPayload']> = {
  connector?: Resolver<Maybe<ResolversTypes['Connector']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type ConnectorRunResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ConnectorRun'] = ResolversParentTypes['ConnectorRun'], FederationReferenceType extends FederationReferenceTypes['ConnectorRun'] = FederationReferenceTypes['ConnectorRun']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ConnectorRun']> | FederationReferenceType, FederationReferenceType, ContextType>;
  connector?: Resolver<ResolversTypes['Connector'], ParentType, ContextType>;
  created?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  estimatedFinishAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  failed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  failures?: Resolver<Array<ResolversTypes['ConnectorRunFailure']>, ParentType, ContextType>;
  finishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  jobProgress?: Resolver<ResolversTypes['JobProgress'], ParentType, ContextType>;
  jobStatus?: Resolver<ResolversTypes['JobStatus'], ParentType, ContextType>;
  pages?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  startedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ConnectorRunStatus'], ParentType, ContextType>;
  trigger?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unchanged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ConnectorRunConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ConnectorRunConnection'] = ResolversParentTypes['ConnectorRunConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ConnectorRunEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['ConnectorRun']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ConnectorRunEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ConnectorRunEdge'] = ResolversParentTypes['ConnectorRunEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ConnectorRun'], ParentType, ContextType>;
};

export type ConnectorRunFailureResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ConnectorRunFailure'] = ResolversParentTypes['ConnectorRunFailure']> = {
  externalId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ConnectorRunPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ConnectorRunPayload'] = ResolversParentTypes['ConnectorRunPayload']> = {
  run?: Resolver<Maybe<ResolversTypes['ConnectorRun']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type CorrectionChangePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CorrectionChangePayload'] = ResolversParentTypes['CorrectionChangePayload']> = {
  predictedScore?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  progress?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  segment?: Resolver<Maybe<ResolversTypes['CorrectionSegment']>, ParentType, ContextType>;
  session?: Resolver<Maybe<ResolversTypes['CorrectionSession']>, ParentType, ContextType>;
  tag?: Resolver<Maybe<ResolversTypes['CorrectionTag']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type CorrectionDocumentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CorrectionDocument'] = ResolversParentTypes['CorrectionDocument']> = {
  document?: Resolver<ResolversTypes['Document'], ParentType, ContextType>;
  segments?: Resolver<Array<ResolversTypes['CorrectionSegment']>, ParentType, ContextType>;
};

export type CorrectionDocumentConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CorrectionDocumentConnection'] = ResolversParentTypes['CorrectionDocumentConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CorrectionDocumentEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['CorrectionDocument']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CorrectionDocumentEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CorrectionDocumentEdge'] = ResolversParentTypes['CorrectionDocumentEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CorrectionDocument'], ParentType, ContextType>;
};

export type CorrectionSegmentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CorrectionSegment'] = ResolversParentTypes['CorrectionSegment']> = {
  annotatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  segment?: Resolver<ResolversTypes['Segment'], ParentType, ContextType>;
  tags?: Resolver<Array<ResolversTypes['CorrectionTag']>, ParentType, ContextType>;
};

export type CorrectionSessionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CorrectionSession'] = ResolversParentTypes['CorrectionSession'], FederationReferenceType extends FederationReferenceTypes['CorrectionSession'] = FederationReferenceTypes['CorrectionSession']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['CorrectionSession']> | FederationReferenceType, FederationReferenceType, ContextType>;
  classes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  documentCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  documentGroup?: Resolver<Maybe<ResolversTypes['DocumentGroup']>, ParentType, ContextType>;
  documents?: Resolver<ResolversTypes['CorrectionDocumentConnection'], ParentType, ContextType, Partial<CorrectionSessionDocumentsArgs>>;
  externalId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  finishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  labels?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  mode?: Resolver<ResolversTypes['SessionMode'], ParentType, ContextType>;
  model?: Resolver<ResolversTypes['Coder'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  predictedScore?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  progress?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  project?: Resolver<ResolversTypes['Project'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CorrectionStatus'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['ClassificationType'], ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  uuid?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CorrectionSessionConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CorrectionSessionConnection'] = ResolversParentTypes['CorrectionSessionConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CorrectionSessionEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['CorrectionSession']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CorrectionSessionDeletePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CorrectionSessionDeletePayload'] = ResolversParentTypes['CorrectionSessionDeletePayload']> = {
  deletedSessionId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type CorrectionSessionEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CorrectionSessionEdge'] = ResolversParentTypes['CorrectionSessionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CorrectionSession'], ParentType, ContextType>;
};

export type CorrectionSessionPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CorrectionSessionPayload'] = ResolversParentTypes['CorrectionSessionPayload']> = {
  session?: Resolver<Maybe<ResolversTypes['CorrectionSession']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type CorrectionTagResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CorrectionTag'] = ResolversParentTypes['CorrectionTag'], FederationReferenceType extends FederationReferenceTypes['CorrectionTag'] = FederationReferenceTypes['CorrectionTag']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['CorrectionTag']> | FederationReferenceType, FederationReferenceType, ContextType>;
  class?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  predicted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  segment?: Resolver<ResolversTypes['Segment'], ParentType, ContextType>;
  span?: Resolver<Maybe<Array<ResolversTypes['Int']>>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['TagStatus'], ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DataChunkResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DataChunk'] = ResolversParentTypes['DataChunk'], FederationReferenceType extends FederationReferenceTypes['DataChunk'] = FederationReferenceTypes['DataChunk']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['DataChunk']> | FederationReferenceType, FederationReferenceType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  responseCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  responses?: Resolver<ResolversTypes['CodingResponseConnection'], ParentType, ContextType, Partial<DataChunkResponsesArgs>>;
  task?: Resolver<ResolversTypes['Task'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['DataChunkType'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DataChunkDeletePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DataChunkDeletePayload'] = ResolversParentTypes['DataChunkDeletePayload']> = {
  deletedChunkId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type DataChunkPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DataChunkPayload'] = ResolversParentTypes['DataChunkPayload']> = {
  chunk?: Resolver<Maybe<ResolversTypes['DataChunk']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DeletePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DeletePayload'] = ResolversParentTypes['DeletePayload']> = {
  deletedId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type DeliveryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Delivery'] = ResolversParentTypes['Delivery'], FederationReferenceType extends FederationReferenceTypes['Delivery'] = FederationReferenceTypes['Delivery']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Delivery']> | FederationReferenceType, FederationReferenceType, ContextType>;
  deliveredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  externalId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  project?: Resolver<ResolversTypes['Project'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  taskCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  tasks?: Resolver<ResolversTypes['TaskConnection'], ParentType, ContextType, Partial<DeliveryTasksArgs>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DeliveryConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DeliveryConnection'] = ResolversParentTypes['DeliveryConnection']> = {
  edges?: Resolver<Array<ResolversTypes['DeliveryEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Delivery']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DeliveryEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DeliveryEdge'] = ResolversParentTypes['DeliveryEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Delivery'], ParentType, ContextType>;
};

export type DeliveryPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DeliveryPayload'] = ResolversParentTypes['DeliveryPayload']> = {
  delivery?: Resolver<Maybe<ResolversTypes['Delivery']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type DocumentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Document'] = ResolversParentTypes['Document'], FederationReferenceType extends FederationReferenceTypes['Document'] = FederationReferenceTypes['Document']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Document']> | FederationReferenceType, FederationReferenceType, ContextType>;
  externalId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DocumentGroupResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DocumentGroup'] = ResolversParentTypes['DocumentGroup'], FederationReferenceType extends FederationReferenceTypes['DocumentGroup'] = FederationReferenceTypes['DocumentGroup']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['DocumentGroup']> | FederationReferenceType, FederationReferenceType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  documentCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  origin?: Resolver<ResolversTypes['DocumentGroupOrigin'], ParentType, ContextType>;
  project?: Resolver<ResolversTypes['Project'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ExportCancelPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ExportCancelPayload'] = ResolversParentTypes['ExportCancelPayload']> = {
  export?: Resolver<Maybe<ResolversTypes['ExportJob']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type ExportCreatePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ExportCreatePayload'] = ResolversParentTypes['ExportCreatePayload']> = {
  export?: Resolver<Maybe<ResolversTypes['ExportJob']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type ExportJobResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ExportJob'] = ResolversParentTypes['ExportJob'], FederationReferenceType extends FederationReferenceTypes['ExportJob'] = FederationReferenceTypes['ExportJob']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ExportJob']> | FederationReferenceType, FederationReferenceType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  estimatedFinishAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  expiresAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  fileSize?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  filter?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  finishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  format?: Resolver<ResolversTypes['ExportFormat'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  jobProgress?: Resolver<ResolversTypes['JobProgress'], ParentType, ContextType>;
  jobStatus?: Resolver<ResolversTypes['JobStatus'], ParentType, ContextType>;
  objectCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  options?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  project?: Resolver<ResolversTypes['Project'], ParentType, ContextType>;
  rootObjectCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sha256?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  startedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ExportStatus'], ParentType, ContextType>;
  totalCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ExportJobConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ExportJobConnection'] = ResolversParentTypes['ExportJobConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ExportJobEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['ExportJob']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ExportJobEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ExportJobEdge'] = ResolversParentTypes['ExportJobEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ExportJob'], ParentType, ContextType>;
};

export type ExternalContributorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ExternalContributor'] = ResolversParentTypes['ExternalContributor']> = {
  externalId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type FileAnnotationValueResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FileAnnotationValue'] = ResolversParentTypes['FileAnnotationValue']> = {
  file?: Resolver<Maybe<ResolversTypes['Attachment']>, ParentType, ContextType>;
  possibleFiles?: Resolver<Array<ResolversTypes['Attachment']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ImportFailureResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImportFailure'] = ResolversParentTypes['ImportFailure']> = {
  line?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  taskId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ImportSummaryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImportSummary'] = ResolversParentTypes['ImportSummary']> = {
  created?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  failed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  failures?: Resolver<Array<ResolversTypes['ImportFailure']>, ParentType, ContextType>;
  unchanged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ImprovementItemResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImprovementItem'] = ResolversParentTypes['ImprovementItem'], FederationReferenceType extends FederationReferenceTypes['ImprovementItem'] = FederationReferenceTypes['ImprovementItem']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ImprovementItem']> | FederationReferenceType, FederationReferenceType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  detail?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  leaseUntil?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  project?: Resolver<ResolversTypes['Project'], ParentType, ContextType>;
  session?: Resolver<ResolversTypes['SearchSession'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ImprovementItemStatus'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ImprovementItemConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImprovementItemConnection'] = ResolversParentTypes['ImprovementItemConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ImprovementItemEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['ImprovementItem']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ImprovementItemEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImprovementItemEdge'] = ResolversParentTypes['ImprovementItemEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ImprovementItem'], ParentType, ContextType>;
};

export type ImprovementItemPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImprovementItemPayload'] = ResolversParentTypes['ImprovementItemPayload']> = {
  item?: Resolver<Maybe<ResolversTypes['ImprovementItem']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type InferenceRunResolvers<ContextType = Context, ParentType extends ResolversParentTypes['InferenceRun'] = ResolversParentTypes['InferenceRun'], FederationReferenceType extends FederationReferenceTypes['InferenceRun'] = FederationReferenceTypes['InferenceRun']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['InferenceRun']> | FederationReferenceType, FederationReferenceType, ContextType>;
  accuracy?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  completedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  estimatedFinishAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  failureReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  filtersJson?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  finishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  groundTruthAgreement?: Resolver<ResolversTypes['AgreementResult'], ParentType, ContextType, Partial<InferenceRunGroundTruthAgreementArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  jobId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  jobProgress?: Resolver<ResolversTypes['JobProgress'], ParentType, ContextType>;
  jobStatus?: Resolver<ResolversTypes['JobStatus'], ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  parentModel?: Resolver<ResolversTypes['Prompt'], ParentType, ContextType>;
  predictionsUpdatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  progress?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  project?: Resolver<ResolversTypes['Project'], ParentType, ContextType>;
  projectSubset?: Resolver<ResolversTypes['ProjectSubset'], ParentType, ContextType>;
  results?: Resolver<ResolversTypes['InferenceRunResultConnection'], ParentType, ContextType, Partial<InferenceRunResultsArgs>>;
  sampleSubsetSize?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  sourceModelRun?: Resolver<Maybe<ResolversTypes['InferenceRun']>, ParentType, ContextType>;
  sourceStatus?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  startedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['TaskStatus'], ParentType, ContextType>;
  taskIds?: Resolver<Maybe<Array<ResolversTypes['ID']>>, ParentType, ContextType>;
  totalCorrectPredictions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totalFailedPredictions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totalPredictions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totalTasks?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  triggeredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['PromptVersion'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type InferenceRunConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['InferenceRunConnection'] = ResolversParentTypes['InferenceRunConnection']> = {
  edges?: Resolver<Array<ResolversTypes['InferenceRunEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['InferenceRun']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type InferenceRunEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['InferenceRunEdge'] = ResolversParentTypes['InferenceRunEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['InferenceRun'], ParentType, ContextType>;
};

export type InferenceRunPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['InferenceRunPayload'] = ResolversParentTypes['InferenceRunPayload']> = {
  run?: Resolver<Maybe<ResolversTypes['InferenceRun']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type InferenceRunResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['InferenceRunResult'] = ResolversParentTypes['InferenceRunResult']> = {
  correct?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  groundTruth?: Resolver<Maybe<ResolversTypes['Annotation']>, ParentType, ContextType>;
  prediction?: Resolver<Maybe<ResolversTypes['Annotation']>, ParentType, ContextType>;
  task?: Resolver<ResolversTypes['Task'], ParentType, ContextType>;
};

export type InferenceRunResultConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['InferenceRunResultConnection'] = ResolversParentTypes['InferenceRunResultConnection']> = {
  edges?: Resolver<Array<ResolversTypes['InferenceRunResultEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['InferenceRunResult']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type InferenceRunResultEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['InferenceRunResultEdge'] = ResolversParentTypes['InferenceRunResultEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['InferenceRunResult'], ParentType, ContextType>;
};

export type IntegerAnnotationValueResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IntegerAnnotationValue'] = ResolversParentTypes['IntegerAnnotationValue']> = {
  integer?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  possibleIntegers?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type JobResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Job'] = ResolversParentTypes['Job']> = {
  __resolveType: TypeResolveFn<'Batch' | 'ConnectorRun' | 'ExportJob' | 'InferenceRun' | 'Task', ParentType, ContextType>;
};

export type JobProgressResolvers<ContextType = Context, ParentType extends ResolversParentTypes['JobProgress'] = ResolversParentTypes['JobProgress']> = {
  done?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  failed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  fraction?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type LabeledTextResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LabeledText'] = ResolversParentTypes['LabeledText']> = {
  label?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type LabeledTextAnnotationValueResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LabeledTextAnnotationValue'] = ResolversParentTypes['LabeledTextAnnotationValue']> = {
  spans?: Resolver<Array<ResolversTypes['LabeledText']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MessageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Message'] = ResolversParentTypes['Message'], FederationReferenceType extends FederationReferenceTypes['Message'] = FederationReferenceTypes['Message']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Message']> | FederationReferenceType, FederationReferenceType, ContextType>;
  annotations?: Resolver<ResolversTypes['AnnotationConnection'], ParentType, ContextType, Partial<MessageAnnotationsArgs>>;
  content?: Resolver<ResolversTypes['MessageContent'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  modelParameters?: Resolver<Maybe<ResolversTypes['ModelParameters']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['MessageRole'], ParentType, ContextType>;
  rubricEvaluations?: Resolver<Array<ResolversTypes['JSON']>, ParentType, ContextType>;
  sourceId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  turn?: Resolver<ResolversTypes['Turn'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MessageChunkResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MessageChunk'] = ResolversParentTypes['MessageChunk'], FederationReferenceType extends FederationReferenceTypes['MessageChunk'] = FederationReferenceTypes['MessageChunk']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['MessageChunk']> | FederationReferenceType, FederationReferenceType, ContextType>;
  annotations?: Resolver<ResolversTypes['AnnotationConnection'], ParentType, ContextType, Partial<MessageChunkAnnotationsArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['Message'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MessageConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MessageConnection'] = ResolversParentTypes['MessageConnection']> = {
  edges?: Resolver<Array<ResolversTypes['MessageEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Message']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MessageContentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MessageContent'] = ResolversParentTypes['MessageContent']> = {
  attachments?: Resolver<Array<ResolversTypes['Attachment']>, ParentType, ContextType>;
  chunks?: Resolver<Array<ResolversTypes['MessageChunk']>, ParentType, ContextType>;
  reasoning?: Resolver<Array<ResolversTypes['ReasoningStep']>, ParentType, ContextType>;
  referenceTexts?: Resolver<Array<ResolversTypes['ReferenceText']>, ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type MessageEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MessageEdge'] = ResolversParentTypes['MessageEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Message'], ParentType, ContextType>;
};

export type MessagePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MessagePayload'] = ResolversParentTypes['MessagePayload']> = {
  message?: Resolver<Maybe<ResolversTypes['Message']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type ModelParametersResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ModelParameters'] = ResolversParentTypes['ModelParameters']> = {
  maxCompletionTokens?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  model?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  temperature?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  topK?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  topP?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  annotationCreate?: Resolver<ResolversTypes['AnnotationPayload'], ParentType, ContextType, RequireFields<MutationAnnotationCreateArgs, 'input'>>;
  annotationDelete?: Resolver<ResolversTypes['AnnotationDeletePayload'], ParentType, ContextType, RequireFields<MutationAnnotationDeleteArgs, 'id'>>;
  annotationSetValue?: Resolver<ResolversTypes['AnnotationPayload'], ParentType, ContextType, RequireFields<MutationAnnotationSetValueArgs, 'id' | 'input'>>;
  batchCancel?: Resolver<ResolversTypes['BatchPayload'], ParentType, ContextType, RequireFields<MutationBatchCancelArgs, 'id'>>;
  batchCreate?: Resolver<ResolversTypes['BatchPayload'], ParentType, ContextType, RequireFields<MutationBatchCreateArgs, 'input'>>;
  batchFinalize?: Resolver<ResolversTypes['BatchPayload'], ParentType, ContextType, RequireFields<MutationBatchFinalizeArgs, 'id'>>;
  batchPause?: Resolver<ResolversTypes['BatchPayload'], ParentType, ContextType, RequireFields<MutationBatchPauseArgs, 'id'>>;
  batchRelease?: Resolver<ResolversTypes['BatchReleasePayload'], ParentType, ContextType, RequireFields<MutationBatchReleaseArgs, 'projectId' | 'releaseId'>>;
  batchResume?: Resolver<ResolversTypes['BatchPayload'], ParentType, ContextType, RequireFields<MutationBatchResumeArgs, 'id'>>;
  batchSetMetadata?: Resolver<ResolversTypes['BatchPayload'], ParentType, ContextType, RequireFields<MutationBatchSetMetadataArgs, 'id' | 'merge' | 'metadata'>>;
  coderDelete?: Resolver<ResolversTypes['CoderDeletePayload'], ParentType, ContextType, RequireFields<MutationCoderDeleteArgs, 'id'>>;
  codingTaskCreate?: Resolver<ResolversTypes['TaskPayload'], ParentType, ContextType, RequireFields<MutationCodingTaskCreateArgs, 'input'>>;
  codingTaskUpdate?: Resolver<ResolversTypes['TaskPayload'], ParentType, ContextType, RequireFields<MutationCodingTaskUpdateArgs, 'id' | 'input'>>;
  connectorCreate?: Resolver<ResolversTypes['ConnectorPayload'], ParentType, ContextType, RequireFields<MutationConnectorCreateArgs, 'input'>>;
  connectorDelete?: Resolver<ResolversTypes['ConnectorDeletePayload'], ParentType, ContextType, RequireFields<MutationConnectorDeleteArgs, 'id'>>;
  connectorRun?: Resolver<ResolversTypes['ConnectorRunPayload'], ParentType, ContextType, RequireFields<MutationConnectorRunArgs, 'id'>>;
  connectorUpdate?: Resolver<ResolversTypes['ConnectorPayload'], ParentType, ContextType, RequireFields<MutationConnectorUpdateArgs, 'id' | 'input'>>;
  correctionSegmentMarkAnnotated?: Resolver<ResolversTypes['CorrectionChangePayload'], ParentType, ContextType, RequireFields<MutationCorrectionSegmentMarkAnnotatedArgs, 'segmentId' | 'sessionId'>>;
  correctionSessionCreate?: Resolver<ResolversTypes['CorrectionSessionPayload'], ParentType, ContextType, RequireFields<MutationCorrectionSessionCreateArgs, 'input'>>;
  correctionSessionDelete?: Resolver<ResolversTypes['CorrectionSessionDeletePayload'], ParentType, ContextType, RequireFields<MutationCorrectionSessionDeleteArgs, 'id'>>;
  correctionTagAdd?: Resolver<ResolversTypes['CorrectionChangePayload'], ParentType, ContextType, RequireFields<MutationCorrectionTagAddArgs, 'segmentId' | 'sessionId' | 'tag'>>;
  correctionTagChange?: Resolver<ResolversTypes['CorrectionChangePayload'], ParentType, ContextType, RequireFields<MutationCorrectionTagChangeArgs, 'id' | 'tag'>>;
  correctionTagConfirm?: Resolver<ResolversTypes['CorrectionChangePayload'], ParentType, ContextType, RequireFields<MutationCorrectionTagConfirmArgs, 'id' | 'status'>>;
  correctionTagDelete?: Resolver<ResolversTypes['CorrectionChangePayload'], ParentType, ContextType, RequireFields<MutationCorrectionTagDeleteArgs, 'id'>>;
  deliveryCreate?: Resolver<ResolversTypes['DeliveryPayload'], ParentType, ContextType, RequireFields<MutationDeliveryCreateArgs, 'input'>>;
  exportCancel?: Resolver<ResolversTypes['ExportCancelPayload'], ParentType, ContextType, RequireFields<MutationExportCancelArgs, 'id'>>;
  exportCreate?: Resolver<ResolversTypes['ExportCreatePayload'], ParentType, ContextType, RequireFields<MutationExportCreateArgs, 'input'>>;
  improvementItemClaim?: Resolver<ResolversTypes['ImprovementItemPayload'], ParentType, ContextType, RequireFields<MutationImprovementItemClaimArgs, 'leaseSeconds' | 'projectId'>>;
  improvementItemComplete?: Resolver<ResolversTypes['ImprovementItemPayload'], ParentType, ContextType, RequireFields<MutationImprovementItemCompleteArgs, 'id' | 'outcome'>>;
  inferenceRunCancel?: Resolver<ResolversTypes['InferenceRunPayload'], ParentType, ContextType, RequireFields<MutationInferenceRunCancelArgs, 'id'>>;
  inferenceRunCreate?: Resolver<ResolversTypes['InferenceRunPayload'], ParentType, ContextType, RequireFields<MutationInferenceRunCreateArgs, 'input'>>;
  messageAppend?: Resolver<ResolversTypes['MessagePayload'], ParentType, ContextType, RequireFields<MutationMessageAppendArgs, 'input'>>;
  organizationMemberRemove?: Resolver<ResolversTypes['OrganizationMemberRemovePayload'], ParentType, ContextType, RequireFields<MutationOrganizationMemberRemoveArgs, 'input'>>;
  organizationMemberSet?: Resolver<ResolversTypes['OrganizationMemberSetPayload'], ParentType, ContextType, RequireFields<MutationOrganizationMemberSetArgs, 'input'>>;
  organizationUpdate?: Resolver<ResolversTypes['OrganizationUpdatePayload'], ParentType, ContextType, RequireFields<MutationOrganizationUpdateArgs, 'id' | 'input'>>;
  projectCreate?: Resolver<ResolversTypes['ProjectCreatePayload'], ParentType, ContextType, RequireFields<MutationProjectCreateArgs, 'input'>>;
  projectDelete?: Resolver<ResolversTypes['ProjectDeletePayload'], ParentType, ContextType, RequireFields<MutationProjectDeleteArgs, 'id'>>;
  projectMemberRemove?: Resolver<ResolversTypes['ProjectMemberRemovePayload'], ParentType, ContextType, RequireFields<MutationProjectMemberRemoveArgs, 'input'>>;
  projectMemberSet?: Resolver<ResolversTypes['ProjectMemberSetPayload'], ParentType, ContextType, RequireFields<MutationProjectMemberSetArgs, 'input'>>;
  promptCreate?: Resolver<ResolversTypes['PromptPayload'], ParentType, ContextType, RequireFields<MutationPromptCreateArgs, 'input'>>;
  promptDelete?: Resolver<ResolversTypes['DeletePayload'], ParentType, ContextType, RequireFields<MutationPromptDeleteArgs, 'id'>>;
  promptUpdate?: Resolver<ResolversTypes['PromptPayload'], ParentType, ContextType, RequireFields<MutationPromptUpdateArgs, 'id' | 'input'>>;
  promptVersionCreate?: Resolver<ResolversTypes['PromptVersionPayload'], ParentType, ContextType, RequireFields<MutationPromptVersionCreateArgs, 'input'>>;
  promptVersionDelete?: Resolver<ResolversTypes['DeletePayload'], ParentType, ContextType, RequireFields<MutationPromptVersionDeleteArgs, 'id'>>;
  promptVersionUpdate?: Resolver<ResolversTypes['PromptVersionPayload'], ParentType, ContextType, RequireFields<MutationPromptVersionUpdateArgs, 'id' | 'input'>>;
  providerConnectionCreate?: Resolver<ResolversTypes['ProviderConnectionPayload'], ParentType, ContextType, RequireFields<MutationProviderConnectionCreateArgs, 'input'>>;
  searchSessionAddEvents?: Resolver<ResolversTypes['SearchSessionPayload'], ParentType, ContextType, RequireFields<MutationSearchSessionAddEventsArgs, 'input'>>;
  searchSessionMarkIrrelevant?: Resolver<ResolversTypes['SearchSessionPayload'], ParentType, ContextType, RequireFields<MutationSearchSessionMarkIrrelevantArgs, 'id'>>;
  searchSessionRegister?: Resolver<ResolversTypes['SearchSessionPayload'], ParentType, ContextType, RequireFields<MutationSearchSessionRegisterArgs, 'input'>>;
  serviceTokenCreate?: Resolver<ResolversTypes['TokenCreatePayload'], ParentType, ContextType, RequireFields<MutationServiceTokenCreateArgs, 'input'>>;
  sessionUseForImprovement?: Resolver<ResolversTypes['SessionUseForImprovementPayload'], ParentType, ContextType, RequireFields<MutationSessionUseForImprovementArgs, 'sessionId'>>;
  taskAbort?: Resolver<ResolversTypes['TaskPayload'], ParentType, ContextType, RequireFields<MutationTaskAbortArgs, 'id'>>;
  taskCancel?: Resolver<ResolversTypes['TaskPayload'], ParentType, ContextType, RequireFields<MutationTaskCancelArgs, 'id'>>;
  taskCommit?: Resolver<ResolversTypes['TaskPayload'], ParentType, ContextType, RequireFields<MutationTaskCommitArgs, 'id'>>;
  taskComplete?: Resolver<ResolversTypes['TaskPayload'], ParentType, ContextType, RequireFields<MutationTaskCompleteArgs, 'id'>>;
  taskCreate?: Resolver<ResolversTypes['TaskPayload'], ParentType, ContextType, RequireFields<MutationTaskCreateArgs, 'input'>>;
  taskDataAdd?: Resolver<ResolversTypes['DataChunkPayload'], ParentType, ContextType, RequireFields<MutationTaskDataAddArgs, 'responses' | 'taskId'>>;
  taskDataDelete?: Resolver<ResolversTypes['DataChunkDeletePayload'], ParentType, ContextType, RequireFields<MutationTaskDataDeleteArgs, 'chunkId'>>;
  taskDelete?: Resolver<ResolversTypes['TaskPayload'], ParentType, ContextType, RequireFields<MutationTaskDeleteArgs, 'id'>>;
  taskFail?: Resolver<ResolversTypes['TaskPayload'], ParentType, ContextType, RequireFields<MutationTaskFailArgs, 'errors' | 'id'>>;
  taskImportScale?: Resolver<ResolversTypes['TaskImportScalePayload'], ParentType, ContextType, RequireFields<MutationTaskImportScaleArgs, 'input'>>;
  taskSetMetadata?: Resolver<ResolversTypes['TaskPayload'], ParentType, ContextType, RequireFields<MutationTaskSetMetadataArgs, 'id' | 'merge' | 'metadata'>>;
  threadAppend?: Resolver<ResolversTypes['ThreadPayload'], ParentType, ContextType, RequireFields<MutationThreadAppendArgs, 'input'>>;
  tokenCreate?: Resolver<ResolversTypes['TokenCreatePayload'], ParentType, ContextType, RequireFields<MutationTokenCreateArgs, 'input'>>;
  tokenRevoke?: Resolver<ResolversTypes['TokenRevokePayload'], ParentType, ContextType, RequireFields<MutationTokenRevokeArgs, 'id'>>;
  turnAppend?: Resolver<ResolversTypes['TurnPayload'], ParentType, ContextType, RequireFields<MutationTurnAppendArgs, 'input'>>;
  webhookCreate?: Resolver<ResolversTypes['WebhookCreatePayload'], ParentType, ContextType, RequireFields<MutationWebhookCreateArgs, 'input'>>;
  webhookDelete?: Resolver<ResolversTypes['WebhookDeletePayload'], ParentType, ContextType, RequireFields<MutationWebhookDeleteArgs, 'id'>>;
  webhookDeliveryRetry?: Resolver<ResolversTypes['WebhookDeliveryPayload'], ParentType, ContextType, RequireFields<MutationWebhookDeliveryRetryArgs, 'id'>>;
  webhookRotateSecret?: Resolver<ResolversTypes['WebhookSecretPayload'], ParentType, ContextType, RequireFields<MutationWebhookRotateSecretArgs, 'id'>>;
  webhookUpdate?: Resolver<ResolversTypes['WebhookPayload'], ParentType, ContextType, RequireFields<MutationWebhookUpdateArgs, 'id' | 'input'>>;
};

export type NodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = {
  __resolveType: TypeResolveFn<'Annotation' | 'ApiToken' | 'Batch' | 'Change' | 'Coder' | 'Connector' | 'ConnectorRun' | 'CorrectionSession' | 'CorrectionTag' | 'DataChunk' | 'Delivery' | 'Document' | 'DocumentGroup' | 'ExportJob' | 'ImprovementItem' | 'InferenceRun' | 'Message' | 'MessageChunk' | 'Organization' | 'OrganizationMember' | 'Project' | 'ProjectMember' | 'Prompt' | 'PromptVersion' | 'ProviderConnection' | 'SearchSession' | 'Segment' | 'SessionEvent' | 'Task' | 'Thread' | 'Turn' | 'User' | 'Webhook' | 'WebhookDelivery', ParentType, ContextType>;
};

export type NumberListValueResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NumberListValue'] = ResolversParentTypes['NumberListValue']> = {
  numbers?: Resolver<Array<ResolversTypes['Float']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type NumberValueResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NumberValue'] = ResolversParentTypes['NumberValue']> = {
  number?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type OrganizationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Organization'] = ResolversParentTypes['Organization'], FederationReferenceType extends FederationReferenceTypes['Organization'] = FederationReferenceTypes['Organization']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Organization']> | FederationReferenceType, FederationReferenceType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  members?: Resolver<ResolversTypes['OrganizationMemberConnection'], ParentType, ContextType, Partial<OrganizationMembersArgs>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  projects?: Resolver<ResolversTypes['ProjectConnection'], ParentType, ContextType, Partial<OrganizationProjectsArgs>>;
  prompts?: Resolver<ResolversTypes['PromptConnection'], ParentType, ContextType, Partial<OrganizationPromptsArgs>>;
  serviceTokens?: Resolver<Maybe<ResolversTypes['ApiTokenConnection']>, ParentType, ContextType, Partial<OrganizationServiceTokensArgs>>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  viewerRole?: Resolver<Maybe<ResolversTypes['OrganizationRole']>, ParentType, ContextType>;
  webhooks?: Resolver<Maybe<ResolversTypes['WebhookConnection']>, ParentType, ContextType, Partial<OrganizationWebhooksArgs>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type OrganizationConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrganizationConnection'] = ResolversParentTypes['OrganizationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['OrganizationEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OrganizationEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrganizationEdge'] = ResolversParentTypes['OrganizationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
};

export type OrganizationMemberResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrganizationMember'] = ResolversParentTypes['OrganizationMember'], FederationReferenceType extends FederationReferenceTypes['OrganizationMember'] = FederationReferenceTypes['OrganizationMember']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['OrganizationMember']> | FederationReferenceType, FederationReferenceType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['OrganizationRole'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type OrganizationMemberConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrganizationMemberConnection'] = ResolversParentTypes['OrganizationMemberConnection']> = {
  edges?: Resolver<Array<ResolversTypes['OrganizationMemberEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['OrganizationMember']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OrganizationMemberEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrganizationMemberEdge'] = ResolversParentTypes['OrganizationMemberEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['OrganizationMember'], ParentType, ContextType>;
};

export type OrganizationMemberRemovePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrganizationMemberRemovePayload'] = ResolversParentTypes['OrganizationMemberRemovePayload']> = {
  removedMemberId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type OrganizationMemberSetPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrganizationMemberSetPayload'] = ResolversParentTypes['OrganizationMemberSetPayload']> = {
  member?: Resolver<Maybe<ResolversTypes['OrganizationMember']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type OrganizationUpdatePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrganizationUpdatePayload'] = ResolversParentTypes['OrganizationUpdatePayload']> = {
  organization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type OtherAnnotationValueResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OtherAnnotationValue'] = ResolversParentTypes['OtherAnnotationValue']> = {
  possibleRaw?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  raw?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  sourceType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ProjectResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Project'] = ResolversParentTypes['Project'], FederationReferenceType extends FederationReferenceTypes['Project'] = FederationReferenceTypes['Project']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Project']> | FederationReferenceType, FederationReferenceType, ContextType>;
  agreement?: Resolver<ResolversTypes['AgreementResult'], ParentType, ContextType, RequireFields<ProjectAgreementArgs, 'input'>>;
  batches?: Resolver<ResolversTypes['BatchConnection'], ParentType, ContextType, Partial<ProjectBatchesArgs>>;
  changes?: Resolver<ResolversTypes['ChangeConnection'], ParentType, ContextType, Partial<ProjectChangesArgs>>;
  coders?: Resolver<ResolversTypes['CoderConnection'], ParentType, ContextType, Partial<ProjectCodersArgs>>;
  connectors?: Resolver<ResolversTypes['ConnectorConnection'], ParentType, ContextType, Partial<ProjectConnectorsArgs>>;
  correctionSessions?: Resolver<ResolversTypes['CorrectionSessionConnection'], ParentType, ContextType, Partial<ProjectCorrectionSessionsArgs>>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  deliveries?: Resolver<ResolversTypes['DeliveryConnection'], ParentType, ContextType, Partial<ProjectDeliveriesArgs>>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  exports?: Resolver<ResolversTypes['ExportJobConnection'], ParentType, ContextType, Partial<ProjectExportsArgs>>;
  externalId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  improvementItems?: Resolver<ResolversTypes['ImprovementItemConnection'], ParentType, ContextType, Partial<ProjectImprovementItemsArgs>>;
  inferenceRuns?: Resolver<ResolversTypes['InferenceRunConnection'], ParentType, ContextType, Partial<ProjectInferenceRunsArgs>>;
  members?: Resolver<ResolversTypes['ProjectMemberConnection'], ParentType, ContextType, Partial<ProjectMembersArgs>>;
  metadata?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  models?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  searchSessions?: Resolver<ResolversTypes['SearchSessionConnection'], ParentType, ContextType, Partial<ProjectSearchSessionsArgs>>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  tasks?: Resolver<ResolversTypes['TaskConnection'], ParentType, ContextType, Partial<ProjectTasksArgs>>;
  types?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  viewerRole?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  webhooks?: Resolver<Maybe<ResolversTypes['WebhookConnection']>, ParentType, ContextType, Partial<ProjectWebhooksArgs>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ProjectConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProjectConnection'] = ResolversParentTypes['ProjectConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ProjectEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Project']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ProjectCreatePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProjectCreatePayload'] = ResolversParentTypes['ProjectCreatePayload']> = {
  project?: Resolver<Maybe<ResolversTypes['Project']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type ProjectDeletePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProjectDeletePayload'] = ResolversParentTypes['ProjectDeletePayload']> = {
  deletedProjectId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type ProjectEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProjectEdge'] = ResolversParentTypes['ProjectEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Project'], ParentType, ContextType>;
};

export type ProjectMemberResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProjectMember'] = ResolversParentTypes['ProjectMember'], FederationReferenceType extends FederationReferenceTypes['ProjectMember'] = FederationReferenceTypes['ProjectMember']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ProjectMember']> | FederationReferenceType, FederationReferenceType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  project?: Resolver<ResolversTypes['Project'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ProjectMemberConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProjectMemberConnection'] = ResolversParentTypes['ProjectMemberConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ProjectMemberEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['ProjectMember']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ProjectMemberEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProjectMemberEdge'] = ResolversParentTypes['ProjectMemberEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ProjectMember'], ParentType, ContextType>;
};

export type ProjectMemberRemovePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProjectMemberRemovePayload'] = ResolversParentTypes['ProjectMemberRemovePayload']> = {
  removedMemberId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type ProjectMemberSetPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProjectMemberSetPayload'] = ResolversParentTypes['ProjectMemberSetPayload']> = {
  member?: Resolver<Maybe<ResolversTypes['ProjectMember']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type PromptResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Prompt'] = ResolversParentTypes['Prompt'], FederationReferenceType extends FederationReferenceTypes['Prompt'] = FederationReferenceTypes['Prompt']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Prompt']> | FederationReferenceType, FederationReferenceType, ContextType>;
  associatedProjects?: Resolver<Array<ResolversTypes['Project']>, ParentType, ContextType>;
  bestScore?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inputFields?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  outputClasses?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  runsCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  skill?: Resolver<ResolversTypes['SkillName'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  versions?: Resolver<ResolversTypes['PromptVersionConnection'], ParentType, ContextType, Partial<PromptVersionsArgs>>;
  versionsCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PromptConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PromptConnection'] = ResolversParentTypes['PromptConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PromptEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Prompt']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PromptEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PromptEdge'] = ResolversParentTypes['PromptEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Prompt'], ParentType, ContextType>;
};

export type PromptPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PromptPayload'] = ResolversParentTypes['PromptPayload']> = {
  prompt?: Resolver<Maybe<ResolversTypes['Prompt']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type PromptVersionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PromptVersion'] = ResolversParentTypes['PromptVersion'], FederationReferenceType extends FederationReferenceTypes['PromptVersion'] = FederationReferenceTypes['PromptVersion']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['PromptVersion']> | FederationReferenceType, FederationReferenceType, ContextType>;
  connection?: Resolver<Maybe<ResolversTypes['ProviderConnection']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inferenceRuns?: Resolver<ResolversTypes['InferenceRunConnection'], ParentType, ContextType, Partial<PromptVersionInferenceRunsArgs>>;
  maxFewShotExamples?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  prompt?: Resolver<ResolversTypes['Prompt'], ParentType, ContextType>;
  promptText?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  provider?: Resolver<ResolversTypes['Provider'], ParentType, ContextType>;
  providerModelId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  score?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PromptVersionConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PromptVersionConnection'] = ResolversParentTypes['PromptVersionConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PromptVersionEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['PromptVersion']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PromptVersionEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PromptVersionEdge'] = ResolversParentTypes['PromptVersionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['PromptVersion'], ParentType, ContextType>;
};

export type PromptVersionPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PromptVersionPayload'] = ResolversParentTypes['PromptVersionPayload']> = {
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  version?: Resolver<Maybe<ResolversTypes['PromptVersion']>, ParentType, ContextType>;
};

export type ProviderConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProviderConnection'] = ResolversParentTypes['ProviderConnection'], FederationReferenceType extends FederationReferenceTypes['ProviderConnection'] = FederationReferenceTypes['ProviderConnection']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ProviderConnection']> | FederationReferenceType, FederationReferenceType, ContextType>;
  baseUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  hasApiKey?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  maxRetries?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  provider?: Resolver<ResolversTypes['Provider'], ParentType, ContextType>;
  timeoutMs?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ProviderConnectionPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProviderConnectionPayload'] = ResolversParentTypes['ProviderConnectionPayload']> = {
  connection?: Resolver<Maybe<ResolversTypes['ProviderConnection']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  annotation?: Resolver<Maybe<ResolversTypes['Annotation']>, ParentType, ContextType, RequireFields<QueryAnnotationArgs, 'id'>>;
  batch?: Resolver<Maybe<ResolversTypes['Batch']>, ParentType, ContextType, RequireFields<QueryBatchArgs, 'id'>>;
  batchSessions?: Resolver<Maybe<ResolversTypes['BatchSessionsPage']>, ParentType, ContextType, RequireFields<QueryBatchSessionsArgs, 'afterNumber' | 'batchId' | 'eventsLimit' | 'limit'>>;
  changes?: Resolver<ResolversTypes['ChangeConnection'], ParentType, ContextType, Partial<QueryChangesArgs>>;
  codingService?: Resolver<ResolversTypes['CodingServiceInfo'], ParentType, ContextType>;
  delivery?: Resolver<Maybe<ResolversTypes['Delivery']>, ParentType, ContextType, RequireFields<QueryDeliveryArgs, 'id'>>;
  inferenceRun?: Resolver<Maybe<ResolversTypes['InferenceRun']>, ParentType, ContextType, RequireFields<QueryInferenceRunArgs, 'id'>>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  nodes?: Resolver<Array<Maybe<ResolversTypes['Node']>>, ParentType, ContextType, RequireFields<QueryNodesArgs, 'ids'>>;
  organization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType, RequireFields<QueryOrganizationArgs, 'id'>>;
  organizations?: Resolver<ResolversTypes['OrganizationConnection'], ParentType, ContextType, Partial<QueryOrganizationsArgs>>;
  project?: Resolver<Maybe<ResolversTypes['Project']>, ParentType, ContextType, RequireFields<QueryProjectArgs, 'id'>>;
  projects?: Resolver<ResolversTypes['ProjectConnection'], ParentType, ContextType, Partial<QueryProjectsArgs>>;
  prompt?: Resolver<Maybe<ResolversTypes['Prompt']>, ParentType, ContextType, RequireFields<QueryPromptArgs, 'id'>>;
  rateLimit?: Resolver<Maybe<ResolversTypes['RateLimit']>, ParentType, ContextType>;
  session?: Resolver<Maybe<ResolversTypes['Session']>, ParentType, ContextType, RequireFields<QuerySessionArgs, 'id'>>;
  task?: Resolver<Maybe<ResolversTypes['Task']>, ParentType, ContextType, RequireFields<QueryTaskArgs, 'id'>>;
  tasks?: Resolver<ResolversTypes['TaskConnection'], ParentType, ContextType, Partial<QueryTasksArgs>>;
  viewer?: Resolver<ResolversTypes['Viewer'], ParentType, ContextType>;
  webhook?: Resolver<Maybe<ResolversTypes['Webhook']>, ParentType, ContextType, RequireFields<QueryWebhookArgs, 'id'>>;
};

export type RankedChoicesAnnotationValueResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RankedChoicesAnnotationValue'] = ResolversParentTypes['RankedChoicesAnnotationValue']> = {
  possibleChoices?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  ranking?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RankedGroupsAnnotationValueResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RankedGroupsAnnotationValue'] = ResolversParentTypes['RankedGroupsAnnotationValue']> = {
  groups?: Resolver<Array<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  possibleChoices?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RateLimitResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RateLimit'] = ResolversParentTypes['RateLimit']> = {
  cost?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  limit?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  remaining?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  resetAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  restoreRate?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ReasoningStepResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReasoningStep'] = ResolversParentTypes['ReasoningStep']> = {
  content?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ReferenceTextResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReferenceText'] = ResolversParentTypes['ReferenceText']> = {
  category?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  content?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ResponseValueResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ResponseValue'] = ResolversParentTypes['ResponseValue']> = {
  __resolveType: TypeResolveFn<'BooleanListValue' | 'BooleanValue' | 'NumberListValue' | 'NumberValue' | 'StringListValue' | 'StringValue', ParentType, ContextType>;
};

export type RubricCriteriaAnnotationValueResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RubricCriteriaAnnotationValue'] = ResolversParentTypes['RubricCriteriaAnnotationValue']> = {
  criteria?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  weight?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RubricRatingAnnotationValueResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RubricRatingAnnotationValue'] = ResolversParentTypes['RubricRatingAnnotationValue']> = {
  color?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  justification?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rating?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  score?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SearchResultItemResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SearchResultItem'] = ResolversParentTypes['SearchResultItem']> = {
  meta?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  objectId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rank?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type SearchSessionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SearchSession'] = ResolversParentTypes['SearchSession'], FederationReferenceType extends FederationReferenceTypes['SearchSession'] = FederationReferenceTypes['SearchSession']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['SearchSession']> | FederationReferenceType, FederationReferenceType, ContextType>;
  batch?: Resolver<ResolversTypes['Batch'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  events?: Resolver<ResolversTypes['SessionEventConnection'], ParentType, ContextType, Partial<SearchSessionEventsArgs>>;
  externalId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  improvementItems?: Resolver<ResolversTypes['ImprovementItemConnection'], ParentType, ContextType, Partial<SearchSessionImprovementItemsArgs>>;
  isIrrelevant?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  isPayloadSearch?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  payloadFilter?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  project?: Resolver<ResolversTypes['Project'], ParentType, ContextType>;
  searchMeta?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  searchQuery?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  searchResults?: Resolver<Array<ResolversTypes['SearchResultItem']>, ParentType, ContextType>;
  sessionNumber?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sortBy?: Resolver<Maybe<ResolversTypes['SearchSortBy']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  userId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SearchSessionConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SearchSessionConnection'] = ResolversParentTypes['SearchSessionConnection']> = {
  edges?: Resolver<Array<ResolversTypes['SearchSessionEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['SearchSession']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SearchSessionEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SearchSessionEdge'] = ResolversParentTypes['SearchSessionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SearchSession'], ParentType, ContextType>;
};

export type SearchSessionPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SearchSessionPayload'] = ResolversParentTypes['SearchSessionPayload']> = {
  session?: Resolver<Maybe<ResolversTypes['SearchSession']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type SearchSortByResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SearchSortBy'] = ResolversParentTypes['SearchSortBy']> = {
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  forceNotPayload?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  order?: Resolver<ResolversTypes['SortOrder'], ParentType, ContextType>;
};

export type SegmentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Segment'] = ResolversParentTypes['Segment'], FederationReferenceType extends FederationReferenceTypes['Segment'] = FederationReferenceTypes['Segment']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Segment']> | FederationReferenceType, FederationReferenceType, ContextType>;
  document?: Resolver<ResolversTypes['Document'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  span?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SensitiveContentReportResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SensitiveContentReport'] = ResolversParentTypes['SensitiveContentReport']> = {
  message?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type SessionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Session'] = ResolversParentTypes['Session']> = {
  __resolveType: TypeResolveFn<'CorrectionSession' | 'SearchSession', ParentType, ContextType>;
};

export type SessionEventResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SessionEvent'] = ResolversParentTypes['SessionEvent'], FederationReferenceType extends FederationReferenceTypes['SessionEvent'] = FederationReferenceTypes['SessionEvent']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['SessionEvent']> | FederationReferenceType, FederationReferenceType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  eventType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  externalId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  meta?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  objectId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  session?: Resolver<ResolversTypes['SearchSession'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SessionEventConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SessionEventConnection'] = ResolversParentTypes['SessionEventConnection']> = {
  edges?: Resolver<Array<ResolversTypes['SessionEventEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['SessionEvent']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SessionEventEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SessionEventEdge'] = ResolversParentTypes['SessionEventEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SessionEvent'], ParentType, ContextType>;
};

export type SessionUseForImprovementPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SessionUseForImprovementPayload'] = ResolversParentTypes['SessionUseForImprovementPayload']> = {
  item?: Resolver<Maybe<ResolversTypes['ImprovementItem']>, ParentType, ContextType>;
  skipped?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type StringListValueResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StringListValue'] = ResolversParentTypes['StringListValue']> = {
  strings?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type StringValueResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StringValue'] = ResolversParentTypes['StringValue']> = {
  string?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SubscriptionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = {
  changes?: SubscriptionResolver<ResolversTypes['Change'], "changes", ParentType, ContextType, RequireFields<SubscriptionChangesArgs, 'projectId'>>;
  jobProgress?: SubscriptionResolver<ResolversTypes['Job'], "jobProgress", ParentType, ContextType, RequireFields<SubscriptionJobProgressArgs, 'id'>>;
};

export type TaskResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Task'] = ResolversParentTypes['Task'], FederationReferenceType extends FederationReferenceTypes['Task'] = FederationReferenceTypes['Task']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Task']> | FederationReferenceType, FederationReferenceType, ContextType>;
  annotations?: Resolver<ResolversTypes['AnnotationConnection'], ParentType, ContextType, Partial<TaskAnnotationsArgs>>;
  batch?: Resolver<Maybe<ResolversTypes['Batch']>, ParentType, ContextType>;
  coding?: Resolver<Maybe<ResolversTypes['CodingDetails']>, ParentType, ContextType>;
  completedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  data?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  delivery?: Resolver<Maybe<ResolversTypes['Delivery']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['TaskError']>, ParentType, ContextType>;
  estimatedFinishAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  events?: Resolver<ResolversTypes['TaskEventConnection'], ParentType, ContextType, Partial<TaskEventsArgs>>;
  externalId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  finishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  jobProgress?: Resolver<ResolversTypes['JobProgress'], ParentType, ContextType>;
  jobStatus?: Resolver<ResolversTypes['JobStatus'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['TaskKind'], ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  project?: Resolver<ResolversTypes['Project'], ParentType, ContextType>;
  scaleJson?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  sensitiveContentReports?: Resolver<Array<ResolversTypes['SensitiveContentReport']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  sourceStatus?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  startedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['TaskStatus'], ParentType, ContextType>;
  threads?: Resolver<ResolversTypes['ThreadConnection'], ParentType, ContextType, Partial<TaskThreadsArgs>>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TaskConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TaskConnection'] = ResolversParentTypes['TaskConnection']> = {
  edges?: Resolver<Array<ResolversTypes['TaskEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Task']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TaskEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TaskEdge'] = ResolversParentTypes['TaskEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Task'], ParentType, ContextType>;
};

export type TaskErrorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TaskError'] = ResolversParentTypes['TaskError']> = {
  message?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type TaskEventResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TaskEvent'] = ResolversParentTypes['TaskEvent']> = {
  actor?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['TaskEventKind'], ParentType, ContextType>;
  message?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type TaskEventConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TaskEventConnection'] = ResolversParentTypes['TaskEventConnection']> = {
  edges?: Resolver<Array<ResolversTypes['TaskEventEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['TaskEvent']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TaskEventEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TaskEventEdge'] = ResolversParentTypes['TaskEventEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['TaskEvent'], ParentType, ContextType>;
};

export type TaskImportScalePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TaskImportScalePayload'] = ResolversParentTypes['TaskImportScalePayload']> = {
  summary?: Resolver<Maybe<ResolversTypes['ImportSummary']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type TaskPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TaskPayload'] = ResolversParentTypes['TaskPayload']> = {
  task?: Resolver<Maybe<ResolversTypes['Task']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type TaskStatusCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TaskStatusCount'] = ResolversParentTypes['TaskStatusCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['TaskStatus'], ParentType, ContextType>;
};

export type TextAnnotationValueResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TextAnnotationValue'] = ResolversParentTypes['TextAnnotationValue']> = {
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ThreadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Thread'] = ResolversParentTypes['Thread'], FederationReferenceType extends FederationReferenceTypes['Thread'] = FederationReferenceTypes['Thread']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Thread']> | FederationReferenceType, FederationReferenceType, ContextType>;
  annotations?: Resolver<ResolversTypes['AnnotationConnection'], ParentType, ContextType, Partial<ThreadAnnotationsArgs>>;
  externalId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  submissions?: Resolver<Array<ResolversTypes['ThreadSubmission']>, ParentType, ContextType>;
  task?: Resolver<ResolversTypes['Task'], ParentType, ContextType>;
  turns?: Resolver<ResolversTypes['TurnConnection'], ParentType, ContextType, Partial<ThreadTurnsArgs>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ThreadConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ThreadConnection'] = ResolversParentTypes['ThreadConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ThreadEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Thread']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ThreadEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ThreadEdge'] = ResolversParentTypes['ThreadEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Thread'], ParentType, ContextType>;
};

export type ThreadPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ThreadPayload'] = ResolversParentTypes['ThreadPayload']> = {
  thread?: Resolver<Maybe<ResolversTypes['Thread']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type ThreadSubmissionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ThreadSubmission'] = ResolversParentTypes['ThreadSubmission']> = {
  contributorId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  submittedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
};

export type TokenCreatePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TokenCreatePayload'] = ResolversParentTypes['TokenCreatePayload']> = {
  secret?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  token?: Resolver<Maybe<ResolversTypes['ApiToken']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type TokenRevokePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TokenRevokePayload'] = ResolversParentTypes['TokenRevokePayload']> = {
  token?: Resolver<Maybe<ResolversTypes['ApiToken']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type TurnResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Turn'] = ResolversParentTypes['Turn'], FederationReferenceType extends FederationReferenceTypes['Turn'] = FederationReferenceTypes['Turn']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Turn']> | FederationReferenceType, FederationReferenceType, ContextType>;
  annotations?: Resolver<ResolversTypes['AnnotationConnection'], ParentType, ContextType, Partial<TurnAnnotationsArgs>>;
  externalId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  messages?: Resolver<ResolversTypes['MessageConnection'], ParentType, ContextType, Partial<TurnMessagesArgs>>;
  rubrics?: Resolver<Array<ResolversTypes['JSON']>, ParentType, ContextType>;
  thread?: Resolver<ResolversTypes['Thread'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TurnConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TurnConnection'] = ResolversParentTypes['TurnConnection']> = {
  edges?: Resolver<Array<ResolversTypes['TurnEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Turn']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TurnEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TurnEdge'] = ResolversParentTypes['TurnEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Turn'], ParentType, ContextType>;
};

export type TurnPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TurnPayload'] = ResolversParentTypes['TurnPayload']> = {
  turn?: Resolver<Maybe<ResolversTypes['Turn']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type UserResolvers<ContextType = Context, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User'], FederationReferenceType extends FederationReferenceTypes['User'] = FederationReferenceTypes['User']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['User']> | FederationReferenceType, FederationReferenceType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type UserErrorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = {
  code?: Resolver<ResolversTypes['UserErrorCode'], ParentType, ContextType>;
  field?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ViewerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Viewer'] = ResolversParentTypes['Viewer']> = {
  organizations?: Resolver<ResolversTypes['OrganizationConnection'], ParentType, ContextType, Partial<ViewerOrganizationsArgs>>;
  token?: Resolver<ResolversTypes['ApiToken'], ParentType, ContextType>;
  tokens?: Resolver<ResolversTypes['ApiTokenConnection'], ParentType, ContextType, Partial<ViewerTokensArgs>>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
};

export type WebhookResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Webhook'] = ResolversParentTypes['Webhook'], FederationReferenceType extends FederationReferenceTypes['Webhook'] = FederationReferenceTypes['Webhook']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Webhook']> | FederationReferenceType, FederationReferenceType, ContextType>;
  consecutiveFailures?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  deliveries?: Resolver<ResolversTypes['WebhookDeliveryConnection'], ParentType, ContextType, Partial<WebhookDeliveriesArgs>>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  disabledAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  enabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  previousSecretExpiresAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  project?: Resolver<Maybe<ResolversTypes['Project']>, ParentType, ContextType>;
  types?: Resolver<Array<ResolversTypes['ChangeType']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type WebhookConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WebhookConnection'] = ResolversParentTypes['WebhookConnection']> = {
  edges?: Resolver<Array<ResolversTypes['WebhookEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Webhook']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type WebhookCreatePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WebhookCreatePayload'] = ResolversParentTypes['WebhookCreatePayload']> = {
  secret?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  webhook?: Resolver<Maybe<ResolversTypes['Webhook']>, ParentType, ContextType>;
};

export type WebhookDeletePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WebhookDeletePayload'] = ResolversParentTypes['WebhookDeletePayload']> = {
  deletedId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type WebhookDeliveryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WebhookDelivery'] = ResolversParentTypes['WebhookDelivery'], FederationReferenceType extends FederationReferenceTypes['WebhookDelivery'] = FederationReferenceTypes['WebhookDelivery']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['WebhookDelivery']> | FederationReferenceType, FederationReferenceType, ContextType>;
  attemptCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  change?: Resolver<Maybe<ResolversTypes['Change']>, ParentType, ContextType>;
  changeId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  changeType?: Resolver<ResolversTypes['ChangeType'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  deliveredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastAttemptAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  lastDurationMs?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  lastError?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastStatusCode?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  nextAttemptAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['WebhookDeliveryOutcome'], ParentType, ContextType>;
  responseExcerpt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  webhook?: Resolver<ResolversTypes['Webhook'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type WebhookDeliveryConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WebhookDeliveryConnection'] = ResolversParentTypes['WebhookDeliveryConnection']> = {
  edges?: Resolver<Array<ResolversTypes['WebhookDeliveryEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['WebhookDelivery']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type WebhookDeliveryEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WebhookDeliveryEdge'] = ResolversParentTypes['WebhookDeliveryEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['WebhookDelivery'], ParentType, ContextType>;
};

export type WebhookDeliveryPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WebhookDeliveryPayload'] = ResolversParentTypes['WebhookDeliveryPayload']> = {
  delivery?: Resolver<Maybe<ResolversTypes['WebhookDelivery']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type WebhookEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WebhookEdge'] = ResolversParentTypes['WebhookEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Webhook'], ParentType, ContextType>;
};

export type WebhookPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WebhookPayload'] = ResolversParentTypes['WebhookPayload']> = {
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  webhook?: Resolver<Maybe<ResolversTypes['Webhook']>, ParentType, ContextType>;
};

export type WebhookSecretPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WebhookSecretPayload'] = ResolversParentTypes['WebhookSecretPayload']> = {
  secret?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  webhook?: Resolver<Maybe<ResolversTypes['Webhook']>, ParentType, ContextType>;
};

export type WorkspaceConfigResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WorkspaceConfig'] = ResolversParentTypes['WorkspaceConfig']> = {
  expiresAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  forceEnableWorkspaceAccess?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  inactivityFreezeTime?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  workspaceId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  workspaceImageVersion?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  workspaceToken?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  workspaceUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type WorkspaceContainerAnnotationValueResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WorkspaceContainerAnnotationValue'] = ResolversParentTypes['WorkspaceContainerAnnotationValue']> = {
  lastCodeRunEvent?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  outputFiles?: Resolver<Array<ResolversTypes['WorkspaceOutputFile']>, ParentType, ContextType>;
  stderrOutput?: Resolver<Maybe<ResolversTypes['WorkspaceOutput']>, ParentType, ContextType>;
  stdoutOutput?: Resolver<Maybe<ResolversTypes['WorkspaceOutput']>, ParentType, ContextType>;
  testStderrOutput?: Resolver<Maybe<ResolversTypes['WorkspaceOutput']>, ParentType, ContextType>;
  testStdoutOutput?: Resolver<Maybe<ResolversTypes['WorkspaceOutput']>, ParentType, ContextType>;
  workspaceConfig?: Resolver<Maybe<ResolversTypes['WorkspaceConfig']>, ParentType, ContextType>;
  workspaceId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type WorkspaceOutputResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WorkspaceOutput'] = ResolversParentTypes['WorkspaceOutput']> = {
  content?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  scaleUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type WorkspaceOutputFileResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WorkspaceOutputFile'] = ResolversParentTypes['WorkspaceOutputFile']> = {
  fileContent?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fileLanguage?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fileName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  scaleUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type Resolvers<ContextType = Context> = {
  AgreementResult?: AgreementResultResolvers<ContextType>;
  Annotation?: AnnotationResolvers<ContextType>;
  AnnotationAuthor?: AnnotationAuthorResolvers<ContextType>;
  AnnotationConnection?: AnnotationConnectionResolvers<ContextType>;
  AnnotationDeletePayload?: AnnotationDeletePayloadResolvers<ContextType>;
  AnnotationEdge?: AnnotationEdgeResolvers<ContextType>;
  AnnotationPayload?: AnnotationPayloadResolvers<ContextType>;
  AnnotationValue?: AnnotationValueResolvers<ContextType>;
  ApiToken?: ApiTokenResolvers<ContextType>;
  ApiTokenConnection?: ApiTokenConnectionResolvers<ContextType>;
  ApiTokenEdge?: ApiTokenEdgeResolvers<ContextType>;
  Attachment?: AttachmentResolvers<ContextType>;
  AuthorAgreement?: AuthorAgreementResolvers<ContextType>;
  Batch?: BatchResolvers<ContextType>;
  BatchConnection?: BatchConnectionResolvers<ContextType>;
  BatchEdge?: BatchEdgeResolvers<ContextType>;
  BatchPayload?: BatchPayloadResolvers<ContextType>;
  BatchReleasePayload?: BatchReleasePayloadResolvers<ContextType>;
  BatchSessionsPage?: BatchSessionsPageResolvers<ContextType>;
  BooleanAnnotationValue?: BooleanAnnotationValueResolvers<ContextType>;
  BooleanListValue?: BooleanListValueResolvers<ContextType>;
  BooleanValue?: BooleanValueResolvers<ContextType>;
  CandidateCode?: CandidateCodeResolvers<ContextType>;
  CategoryAnnotationValue?: CategoryAnnotationValueResolvers<ContextType>;
  CategoryMultipleAnnotationValue?: CategoryMultipleAnnotationValueResolvers<ContextType>;
  Change?: ChangeResolvers<ContextType>;
  ChangeActor?: ChangeActorResolvers<ContextType>;
  ChangeConnection?: ChangeConnectionResolvers<ContextType>;
  ChangeEdge?: ChangeEdgeResolvers<ContextType>;
  Coder?: CoderResolvers<ContextType>;
  CoderConnection?: CoderConnectionResolvers<ContextType>;
  CoderDeletePayload?: CoderDeletePayloadResolvers<ContextType>;
  CoderEdge?: CoderEdgeResolvers<ContextType>;
  CodingDetails?: CodingDetailsResolvers<ContextType>;
  CodingResponse?: CodingResponseResolvers<ContextType>;
  CodingResponseConnection?: CodingResponseConnectionResolvers<ContextType>;
  CodingResponseEdge?: CodingResponseEdgeResolvers<ContextType>;
  CodingServiceInfo?: CodingServiceInfoResolvers<ContextType>;
  Connector?: ConnectorResolvers<ContextType>;
  ConnectorConnection?: ConnectorConnectionResolvers<ContextType>;
  ConnectorDeletePayload?: ConnectorDeletePayloadResolvers<ContextType>;
  ConnectorEdge?: ConnectorEdgeResolvers<ContextType>;
  ConnectorPayload?: ConnectorPayloadResolvers<ContextType>;
  ConnectorRun?: ConnectorRunResolvers<ContextType>;
  ConnectorRunConnection?: ConnectorRunConnectionResolvers<ContextType>;
  ConnectorRunEdge?: ConnectorRunEdgeResolvers<ContextType>;
  ConnectorRunFailure?: ConnectorRunFailureResolvers<ContextType>;
  ConnectorRunPayload?: ConnectorRunPayloadResolvers<ContextType>;
  CorrectionChangePayload?: CorrectionChangePayloadResolvers<ContextType>;
  CorrectionDocument?: CorrectionDocumentResolvers<ContextType>;
  CorrectionDocumentConnection?: CorrectionDocumentConnectionResolvers<ContextType>;
  CorrectionDocumentEdge?: CorrectionDocumentEdgeResolvers<ContextType>;
  CorrectionSegment?: CorrectionSegmentResolvers<ContextType>;
  CorrectionSession?: CorrectionSessionResolvers<ContextType>;
  CorrectionSessionConnection?: CorrectionSessionConnectionResolvers<ContextType>;
  CorrectionSessionDeletePayload?: CorrectionSessionDeletePayloadResolvers<ContextType>;
  CorrectionSessionEdge?: CorrectionSessionEdgeResolvers<ContextType>;
  CorrectionSessionPayload?: CorrectionSessionPayloadResolvers<ContextType>;
  CorrectionTag?: CorrectionTagResolvers<ContextType>;
  DataChunk?: DataChunkResolvers<ContextType>;
  DataChunkDeletePayload?: DataChunkDeletePayloadResolvers<ContextType>;
  DataChunkPayload?: DataChunkPayloadResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  DeletePayload?: DeletePayloadResolvers<ContextType>;
  Delivery?: DeliveryResolvers<ContextType>;
  DeliveryConnection?: DeliveryConnectionResolvers<ContextType>;
  DeliveryEdge?: DeliveryEdgeResolvers<ContextType>;
  DeliveryPayload?: DeliveryPayloadResolvers<ContextType>;
  Document?: DocumentResolvers<ContextType>;
  DocumentGroup?: DocumentGroupResolvers<ContextType>;
  ExportCancelPayload?: ExportCancelPayloadResolvers<ContextType>;
  ExportCreatePayload?: ExportCreatePayloadResolvers<ContextType>;
  ExportJob?: ExportJobResolvers<ContextType>;
  ExportJobConnection?: ExportJobConnectionResolvers<ContextType>;
  ExportJobEdge?: ExportJobEdgeResolvers<ContextType>;
  ExternalContributor?: ExternalContributorResolvers<ContextType>;
  FileAnnotationValue?: FileAnnotationValueResolvers<ContextType>;
  ImportFailure?: ImportFailureResolvers<ContextType>;
  ImportSummary?: ImportSummaryResolvers<ContextType>;
  ImprovementItem?: ImprovementItemResolvers<ContextType>;
  ImprovementItemConnection?: ImprovementItemConnectionResolvers<ContextType>;
  ImprovementItemEdge?: ImprovementItemEdgeResolvers<ContextType>;
  ImprovementItemPayload?: ImprovementItemPayloadResolvers<ContextType>;
  InferenceRun?: InferenceRunResolvers<ContextType>;
  InferenceRunConnection?: InferenceRunConnectionResolvers<ContextType>;
  InferenceRunEdge?: InferenceRunEdgeResolvers<ContextType>;
  InferenceRunPayload?: InferenceRunPayloadResolvers<ContextType>;
  InferenceRunResult?: InferenceRunResultResolvers<ContextType>;
  InferenceRunResultConnection?: InferenceRunResultConnectionResolvers<ContextType>;
  InferenceRunResultEdge?: InferenceRunResultEdgeResolvers<ContextType>;
  IntegerAnnotationValue?: IntegerAnnotationValueResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  Job?: JobResolvers<ContextType>;
  JobProgress?: JobProgressResolvers<ContextType>;
  LabeledText?: LabeledTextResolvers<ContextType>;
  LabeledTextAnnotationValue?: LabeledTextAnnotationValueResolvers<ContextType>;
  Message?: MessageResolvers<ContextType>;
  MessageChunk?: MessageChunkResolvers<ContextType>;
  MessageConnection?: MessageConnectionResolvers<ContextType>;
  MessageContent?: MessageContentResolvers<ContextType>;
  MessageEdge?: MessageEdgeResolvers<ContextType>;
  MessagePayload?: MessagePayloadResolvers<ContextType>;
  ModelParameters?: ModelParametersResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  NumberListValue?: NumberListValueResolvers<ContextType>;
  NumberValue?: NumberValueResolvers<ContextType>;
  Organization?: OrganizationResolvers<ContextType>;
  OrganizationConnection?: OrganizationConnectionResolvers<ContextType>;
  OrganizationEdge?: OrganizationEdgeResolvers<ContextType>;
  OrganizationMember?: OrganizationMemberResolvers<ContextType>;
  OrganizationMemberConnection?: OrganizationMemberConnectionResolvers<ContextType>;
  OrganizationMemberEdge?: OrganizationMemberEdgeResolvers<ContextType>;
  OrganizationMemberRemovePayload?: OrganizationMemberRemovePayloadResolvers<ContextType>;
  OrganizationMemberSetPayload?: OrganizationMemberSetPayloadResolvers<ContextType>;
  OrganizationUpdatePayload?: OrganizationUpdatePayloadResolvers<ContextType>;
  OtherAnnotationValue?: OtherAnnotationValueResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Project?: ProjectResolvers<ContextType>;
  ProjectConnection?: ProjectConnectionResolvers<ContextType>;
  ProjectCreatePayload?: ProjectCreatePayloadResolvers<ContextType>;
  ProjectDeletePayload?: ProjectDeletePayloadResolvers<ContextType>;
  ProjectEdge?: ProjectEdgeResolvers<ContextType>;
  ProjectMember?: ProjectMemberResolvers<ContextType>;
  ProjectMemberConnection?: ProjectMemberConnectionResolvers<ContextType>;
  ProjectMemberEdge?: ProjectMemberEdgeResolvers<ContextType>;
  ProjectMemberRemovePayload?: ProjectMemberRemovePayloadResolvers<ContextType>;
  ProjectMemberSetPayload?: ProjectMemberSetPayloadResolvers<ContextType>;
  Prompt?: PromptResolvers<ContextType>;
  PromptConnection?: PromptConnectionResolvers<ContextType>;
  PromptEdge?: PromptEdgeResolvers<ContextType>;
  PromptPayload?: PromptPayloadResolvers<ContextType>;
  PromptVersion?: PromptVersionResolvers<ContextType>;
  PromptVersionConnection?: PromptVersionConnectionResolvers<ContextType>;
  PromptVersionEdge?: PromptVersionEdgeResolvers<ContextType>;
  PromptVersionPayload?: PromptVersionPayloadResolvers<ContextType>;
  ProviderConnection?: ProviderConnectionResolvers<ContextType>;
  ProviderConnectionPayload?: ProviderConnectionPayloadResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RankedChoicesAnnotationValue?: RankedChoicesAnnotationValueResolvers<ContextType>;
  RankedGroupsAnnotationValue?: RankedGroupsAnnotationValueResolvers<ContextType>;
  RateLimit?: RateLimitResolvers<ContextType>;
  ReasoningStep?: ReasoningStepResolvers<ContextType>;
  ReferenceText?: ReferenceTextResolvers<ContextType>;
  ResponseValue?: ResponseValueResolvers<ContextType>;
  RubricCriteriaAnnotationValue?: RubricCriteriaAnnotationValueResolvers<ContextType>;
  RubricRatingAnnotationValue?: RubricRatingAnnotationValueResolvers<ContextType>;
  SearchResultItem?: SearchResultItemResolvers<ContextType>;
  SearchSession?: SearchSessionResolvers<ContextType>;
  SearchSessionConnection?: SearchSessionConnectionResolvers<ContextType>;
  SearchSessionEdge?: SearchSessionEdgeResolvers<ContextType>;
  SearchSessionPayload?: SearchSessionPayloadResolvers<ContextType>;
  SearchSortBy?: SearchSortByResolvers<ContextType>;
  Segment?: SegmentResolvers<ContextType>;
  SensitiveContentReport?: SensitiveContentReportResolvers<ContextType>;
  Session?: SessionResolvers<ContextType>;
  SessionEvent?: SessionEventResolvers<ContextType>;
  SessionEventConnection?: SessionEventConnectionResolvers<ContextType>;
  SessionEventEdge?: SessionEventEdgeResolvers<ContextType>;
  SessionUseForImprovementPayload?: SessionUseForImprovementPayloadResolvers<ContextType>;
  StringListValue?: StringListValueResolvers<ContextType>;
  StringValue?: StringValueResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  Task?: TaskResolvers<ContextType>;
  TaskConnection?: TaskConnectionResolvers<ContextType>;
  TaskEdge?: TaskEdgeResolvers<ContextType>;
  TaskError?: TaskErrorResolvers<ContextType>;
  TaskEvent?: TaskEventResolvers<ContextType>;
  TaskEventConnection?: TaskEventConnectionResolvers<ContextType>;
  TaskEventEdge?: TaskEventEdgeResolvers<ContextType>;
  TaskImportScalePayload?: TaskImportScalePayloadResolvers<ContextType>;
  TaskPayload?: TaskPayloadResolvers<ContextType>;
  TaskStatusCount?: TaskStatusCountResolvers<ContextType>;
  TextAnnotationValue?: TextAnnotationValueResolvers<ContextType>;
  Thread?: ThreadResolvers<ContextType>;
  ThreadConnection?: ThreadConnectionResolvers<ContextType>;
  ThreadEdge?: ThreadEdgeResolvers<ContextType>;
  ThreadPayload?: ThreadPayloadResolvers<ContextType>;
  ThreadSubmission?: ThreadSubmissionResolvers<ContextType>;
  TokenCreatePayload?: TokenCreatePayloadResolvers<ContextType>;
  TokenRevokePayload?: TokenRevokePayloadResolvers<ContextType>;
  Turn?: TurnResolvers<ContextType>;
  TurnConnection?: TurnConnectionResolvers<ContextType>;
  TurnEdge?: TurnEdgeResolvers<ContextType>;
  TurnPayload?: TurnPayloadResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
  Viewer?: ViewerResolvers<ContextType>;
  Webhook?: WebhookResolvers<ContextType>;
  WebhookConnection?: WebhookConnectionResolvers<ContextType>;
  WebhookCreatePayload?: WebhookCreatePayloadResolvers<ContextType>;
  WebhookDeletePayload?: WebhookDeletePayloadResolvers<ContextType>;
  WebhookDelivery?: WebhookDeliveryResolvers<ContextType>;
  WebhookDeliveryConnection?: WebhookDeliveryConnectionResolvers<ContextType>;
  WebhookDeliveryEdge?: WebhookDeliveryEdgeResolvers<ContextType>;
  WebhookDeliveryPayload?: WebhookDeliveryPayloadResolvers<ContextType>;
  WebhookEdge?: WebhookEdgeResolvers<ContextType>;
  WebhookPayload?: WebhookPayloadResolvers<ContextType>;
  WebhookSecretPayload?: WebhookSecretPayloadResolvers<ContextType>;
  WorkspaceConfig?: WorkspaceConfigResolvers<ContextType>;
  WorkspaceContainerAnnotationValue?: WorkspaceContainerAnnotationValueResolvers<ContextType>;
  WorkspaceOutput?: WorkspaceOutputResolvers<ContextType>;
  WorkspaceOutputFile?: WorkspaceOutputFileResolvers<ContextType>;
};

