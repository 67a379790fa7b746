import { useMutation } from '@apollo/client/react';
import {
  AssignHelperDocument,
  ClassifyReturneeDocument,
  CreateTaskDocument,
  EndHelperAssignmentDocument,
  RecordIncidentDocument,
} from '../../../gql/graphql';

/**
 * These records change more than their own list (an assignment can start support, a
 * classification closes the previous period and becomes the current one, a task changes the open
 * count): the file is read again, and the form closes once the page shows the new data.
 */
const reloadFile = { refetchQueries: ['ReturneeDetail'], awaitRefetchQueries: true };

export const useAssignHelper = () => useMutation(AssignHelperDocument, reloadFile);
export const useEndHelperAssignment = () => useMutation(EndHelperAssignmentDocument, reloadFile);
export const useClassifyReturnee = () => useMutation(ClassifyReturneeDocument, reloadFile);
export const useRecordIncident = () => useMutation(RecordIncidentDocument, reloadFile);

export function useCreateTask() {
  return useMutation(CreateTaskDocument, {
    ...reloadFile,
    update(cache) {
      // The task lists elsewhere (mine, the unit's) load again when next opened.
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'myTasks' });
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'unitTasks' });
    },
  });
}
