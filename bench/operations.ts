// The benchmark's fixed operations (issue 9). Each is a GraphQL document and the variables of its requests; the
// requests of one operation rotate over real ids so no single row stays hot in a cache.

export const Q1 = `query Q1($projectId: ID!) {
  project(id: $projectId) {
    id name
    tasks(first: 50) {
      pageInfo { hasNextPage endCursor }
      nodes {
        id status externalId createdAt
        threads { nodes { id externalId
          turns { nodes { id externalId
            messages(first: 5) { nodes { id role content { text }
              annotations { nodes { id key type value } } } } } } } }
      }
    }
  }
}`;

const ANNOTATION =
  'id level key type title description labels value possibleValues justification notApplicable cannotAssess groundTruth metadata createdAt updatedAt';

export const Q2 = `query Q2($id: ID!) {
  task(id: $id) {
    id kind status sourceStatus source externalId data metadata createdAt updatedAt completedAt
    errors { type message } sensitiveContentReports { type message }
    project { id name } batch { id name status }
    annotations { nodes { ${ANNOTATION} } }
    events { nodes { kind message createdAt } }
    threads { nodes {
      id externalId submissions { submittedAt contributorId }
      annotations { nodes { ${ANNOTATION} } }
      turns { nodes {
        id externalId rubrics
        annotations { nodes { ${ANNOTATION} } }
        messages { nodes {
          id role sourceId rubricEvaluations
          modelParameters { model temperature maxCompletionTokens topP topK }
          content { text referenceTexts { content category url } attachments { name mimeType url } reasoning { content }
            chunks { id type text annotations { nodes { ${ANNOTATION} } } } }
          annotations { nodes { ${ANNOTATION} } }
        } }
      } }
    } }
  }
}`;

export const Q3 = `query Q3($filter: TaskFilter!, $after: String) {
  tasks(filter: $filter, orderBy: { field: COMPLETED_AT }, first: 100, after: $after) {
    pageInfo { hasNextPage endCursor }
    nodes { id status externalId createdAt completedAt batch { name } }
  }
}`;

export const M1 = `mutation M1($id: ID!, $value: JSON) {
  annotationSetValue(id: $id, input: { value: $value }) {
    annotation { id value updatedAt }
    userErrors { field message code }
  }
}`;

export const M2_CREATE = `mutation M2Create($projectId: ID!) {
  codingTaskCreate(input: { projectId: $projectId, type: TRAIN, label: "bench", instructions: { minSupport: 1 } }) {
    task { id status }
    userErrors { field message code }
  }
}`;
// A train task commits only with a coded response to learn from (issue 16).
export const M2_DATA = `mutation M2Data($id: ID!) {
  taskDataAdd(taskId: $id, responses: [{ setId: "bench", variableId: "answer", status: CODING_COMPLETE, value: "yes", code: 1, score: 1 }]) {
    chunk { id }
    userErrors { field message code }
  }
}`;
export const M2_COMMIT = `mutation M2Commit($id: ID!) { taskCommit(id: $id) { task { id status } userErrors { field message code } } }`;
export const M2_ABORT = `mutation M2Abort($id: ID!) { taskAbort(id: $id) { task { id status } userErrors { field message code } } }`;

/** What the runner finds in the data set before measuring (through the API itself). */
export type Fixtures = {
  projectIds: string[];
  taskIds: string[];
  openAnnotationIds: string[];
  q3: { filter: object; afters: (string | null)[] };
};

export const FIXTURE_QUERIES = {
  projects: '{ projects(first: 100) { nodes { id } } }',
  openAnnotations: `{ tasks(filter: { status: [PENDING, IN_PROGRESS], kind: GENAI }, first: 100) { nodes { id
    threads(first: 5) { nodes { turns(first: 5) { nodes { messages(first: 5) { nodes { annotations(first: 5) { nodes { id key } } } } } } } } } } }`,
  completedRange: `query Range($direction: OrderDirection!) { tasks(filter: { status: [COMPLETED] }, orderBy: { field: COMPLETED_AT, direction: $direction }, first: 1) { nodes { completedAt } } }`,
};
