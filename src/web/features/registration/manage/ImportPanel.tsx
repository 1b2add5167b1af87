import { type ChangeEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportIssue } from '../../../../shared/registrationList.js';
import { isApiError } from '../../../lib/api.js';
import { ProblemAlert, StatusMessage, useTranslator } from '../../../ui/ProblemAlert.js';
import { fieldErrorText } from '../../../ui/problemText.js';
import { TableScroll } from '../../../ui/TableScroll.js';
import { ServerText } from '../../../ui/text.js';
import { useImport } from './listApi.js';

/** A bad cell as the panel shows it: a dry run's issue, or one of a refused real import's errors. */
type Issue = Omit<ImportIssue, 'code'> & { code?: string };

/** The server names a refused real import's cells `rows.N.field`: the same report as a dry run's. */
function issuesOf(error: unknown): Issue[] {
  if (!isApiError(error) || error.code !== 'registration.import_invalid') return [];
  return error.fieldErrors.map(({ field, ...what }) => {
    const match = /^rows\.(\d+)\.(.+)$/.exec(field);
    return { row: Number(match?.[1] ?? 0), field: match?.[2] ?? field, ...what };
  });
}

function IssueTable({ issues }: { issues: Issue[] }) {
  const { t } = useTranslation();
  const translator = useTranslator();
  return (
    <TableScroll captionId="import-issues-caption">
      <table>
        <caption id="import-issues-caption">
          {t('registrationList.import.issuesCaption', { count: issues.length })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('registrationList.import.row')}</th>
            <th scope="col">{t('registrationList.import.column')}</th>
            <th scope="col">{t('registrationList.import.problem')}</th>
          </tr>
        </thead>
        <tbody>
          {issues.map((issue) => {
            // In the reader's language by its code; the server's words only for a code this app does not know.
            const { text, isTranslated } = fieldErrorText(translator, issue);
            return (
              <tr key={`${issue.row}:${issue.field}:${issue.message}`}>
                <td>{issue.row}</td>
                <td>
                  <code>{issue.field}</code>
                </td>
                <td>{isTranslated ? text : <ServerText>{text}</ServerText>}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** Invited people from a spreadsheet: check first (nothing is written), then import all or nothing. */
export function ImportPanel({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const importer = useImport(slug);
  const [csv, setCsv] = useState('');
  const [fileName, setFileName] = useState<string | null>(null);
  const readFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    importer.reset();
    setFileName(file?.name ?? null);
    setCsv(file ? await file.text() : '');
  };
  const run = (dryRun: boolean) => {
    if (importer.isPending || !csv) return;
    importer.mutate({ csv, dryRun });
  };
  const result = importer.data;
  const issues: Issue[] = result?.issues ?? issuesOf(importer.error);
  const status = !result
    ? null
    : result.dryRun
      ? issues.length === 0
        ? t('registrationList.import.checkedFine', { count: result.rows })
        : null
      : t('registrationList.import.done', { count: result.imported });
  return (
    <section aria-labelledby="import-title" className="card">
      <h3 id="import-title">{t('registrationList.import.title')}</h3>
      <p>{t('registrationList.import.intro')}</p>
      <p className="hint">
        {t('registrationList.import.columns')}{' '}
        <code>name, email, country, organization, position, sector, attendance, category, language</code>
      </p>
      <p className="hint">{t('registrationList.import.languageColumn')}</p>
      <div className="field">
        <label htmlFor="import-file">{t('registrationList.import.file')}</label>
        <input id="import-file" type="file" accept=".csv,text/csv" onChange={(e) => void readFile(e)} />
      </div>
      <div className="form-actions">
        <button type="button" onClick={() => run(true)} aria-disabled={!csv || importer.isPending || undefined}>
          {t('registrationList.import.check')}
        </button>
        <button
          type="button"
          className="secondary"
          onClick={() => run(false)}
          aria-disabled={!csv || importer.isPending || undefined}
        >
          {t('registrationList.import.run')}
        </button>
      </div>
      {fileName && <p className="muted">{fileName}</p>}
      <StatusMessage>{status}</StatusMessage>
      {issues.length > 0 && (
        <div role="alert" className="alert alert-error">
          <p>{t('registrationList.import.bad', { count: new Set(issues.map((i) => i.row)).size })}</p>
        </div>
      )}
      {!issues.length && importer.error ? <ProblemAlert error={importer.error} /> : null}
      {issues.length > 0 && <IssueTable issues={issues} />}
    </section>
  );
}
