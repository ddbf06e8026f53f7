import { defineList } from '../../db/list.repository';

// A project's connectors, oldest first; a connector's runs, newest first (ids sort in creation order).
export const connectorsOfProject = defineList({
  table: 'connector',
  parentColumn: 'projectId',
  order: () => ({ column: 'createdAt', descending: false }),
});

export const runsOfConnector = defineList({
  table: 'connectorRun',
  parentColumn: 'connectorId',
  order: () => ({ column: 'createdAt', descending: true }),
});
