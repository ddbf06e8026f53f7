import { defineList } from '../../db/list.repository';

export const codersOfProject = defineList({ table: 'coder', parentColumn: 'projectId' })();
