import { useMutation, useQuery } from '@tanstack/react-query';
import type {
  CommitmentImportAccepted,
  CommitmentImportCheck,
  CommitmentImportError,
  CommitmentImportRequest,
  CommitmentImportView,
} from '../../../../shared/commitmentImport.js';
import { api, isApiError } from '../../../lib/api.js';
import { trackerPath } from '../api.js';
import { hostKeys } from './hostApi.js';
import { importErrorsFrom } from './hostRules.js';

// The secretariat's CSV import (src/shared/commitmentImport.ts): a dry run, then a background job
// followed until it is done.

const importsPath = (slug: string, rest = '') => trackerPath(slug, `/imports${rest}`);

/** Checks every row and writes nothing. */
export function useImportCheck(slug: string) {
  return useMutation({
    mutationFn: (input: Omit<CommitmentImportRequest, 'dryRun'>) =>
      api.post<CommitmentImportCheck>(importsPath(slug), { ...input, dryRun: true }),
  });
}

/** Queues the real import; its progress is read at the import's own address. */
export function useStartImport(slug: string) {
  return useMutation({
    mutationFn: (input: Omit<CommitmentImportRequest, 'dryRun'>) =>
      api.post<CommitmentImportAccepted>(importsPath(slug), { ...input, dryRun: false }),
  });
}

const isFinished = (view: CommitmentImportView | undefined) => view?.state === 'done' || view?.state === 'failed';

/** An import as it goes, read again every second until it is done or failed. */
export function useImportProgress(slug: string, importId: string) {
  return useQuery({
    queryKey: hostKeys.importProgress(slug, importId),
    queryFn: () => api.get<CommitmentImportView>(importsPath(slug, `/${encodeURIComponent(importId)}`)),
    refetchInterval: (query) => (isFinished(query.state.data) ? false : 1000),
  });
}

/** A refused real run names its cells `csv.12.title_en`: the same report as a dry run's. */
export function importErrorsOf(error: unknown): CommitmentImportError[] {
  if (!isApiError(error) || error.code !== 'commitments.import_invalid') return [];
  return importErrorsFrom(error.fieldErrors);
}
