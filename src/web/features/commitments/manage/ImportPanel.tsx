import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommitmentImportCheck } from '../../../../shared/commitmentImport.js';
import { ProblemAlert, StatusMessage } from '../../../ui/ProblemAlert.js';
import { CsvSource, type CsvText, NO_CSV } from './CsvSource.js';
import { badRows } from './hostRules.js';
import { ImportIssues } from './ImportIssues.js';
import { ImportProgress } from './ImportProgress.js';
import { importErrorsOf, useImportCheck, useStartImport } from './importApi.js';

const requestOf = (commitments: CsvText, reports: CsvText) => ({
  csv: commitments.text,
  ...(reports.text.trim() ? { reportsCsv: reports.text } : {}),
});

/**
 * Commitments (and their reports) from a spreadsheet: a dry run names every bad row and field and
 * imports nothing while any is bad; a clean one offers the import, which runs in the background.
 */
export function ImportPanel({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const [commitments, setCommitments] = useState<CsvText>(NO_CSV);
  const [reports, setReports] = useState<CsvText>(NO_CSV);
  // The clean dry run the import button stands for: any change to the files asks for another.
  const [checked, setChecked] = useState<{ check: CommitmentImportCheck; request: string } | null>(null);
  const [started, setStarted] = useState<{ importId: string; total: number } | null>(null);
  const check = useImportCheck(slug);
  const start = useStartImport(slug);
  const request = requestOf(commitments, reports);
  const requestKey = JSON.stringify(request);
  const isCurrent = checked?.request === requestKey;
  const change = (apply: () => void) => {
    apply();
    check.reset();
    start.reset();
  };
  const runCheck = async () => {
    if (check.isPending || !commitments.text.trim()) return;
    setStarted(null);
    start.reset();
    try {
      const answer = await check.mutateAsync(request);
      setChecked({ check: answer, request: requestKey });
    } catch {
      setChecked(null);
    }
  };
  const runImport = async () => {
    if (start.isPending || !isCurrent) return;
    try {
      setStarted(await start.mutateAsync(request));
      setChecked(null);
    } catch {
      // A refused run names its rows as a dry run would; shown below.
    }
  };
  const result = isCurrent ? checked.check : null;
  const errors = result?.errors.length ? result.errors : importErrorsOf(start.error);
  const isClean = result !== null && result.errors.length === 0;
  const otherError = !errors.length ? (check.error ?? start.error) : null;
  return (
    <>
      <p>{t('commitmentsHost.import.intro')}</p>
      <CsvSource
        id="import-commitments"
        legend={t('commitmentsHost.import.commitmentsFile')}
        hint={t('commitmentsHost.import.commitmentsHint')}
        value={commitments}
        onChange={(value) => change(() => setCommitments(value))}
      />
      <CsvSource
        id="import-reports"
        legend={t('commitmentsHost.import.reportsFile')}
        hint={t('commitmentsHost.import.reportsHint')}
        value={reports}
        onChange={(value) => change(() => setReports(value))}
      />
      <div className="form-actions">
        <button
          type="button"
          onClick={() => void runCheck()}
          aria-disabled={!commitments.text.trim() || check.isPending || undefined}
        >
          {t('commitmentsHost.import.check')}
        </button>
      </div>
      {!commitments.text.trim() && <p className="hint">{t('commitmentsHost.import.nothingYet')}</p>}
      <StatusMessage>
        {isClean
          ? t('commitmentsHost.import.clean', { rows: result.rows, count: result.commitments, reports: result.reports })
          : null}
      </StatusMessage>
      {errors.length > 0 && (
        <>
          <div role="alert" className="alert alert-error">
            <p>{t('commitmentsHost.import.bad', { count: badRows(errors) })}</p>
          </div>
          <ImportIssues errors={errors} captionId="import-issues-caption" />
        </>
      )}
      <ProblemAlert error={otherError} />
      {isClean && result.commitments > 0 && (
        <div className="form-actions">
          <button type="button" onClick={() => void runImport()} aria-disabled={start.isPending || undefined}>
            {t('commitmentsHost.import.run', { count: result.commitments })}
          </button>
        </div>
      )}
      {started && (
        <ImportProgress key={started.importId} slug={slug} importId={started.importId} total={started.total} />
      )}
    </>
  );
}
