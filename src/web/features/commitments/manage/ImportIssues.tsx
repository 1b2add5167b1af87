import { useTranslation } from 'react-i18next';
import type { CommitmentImportError } from '../../../../shared/commitmentImport.js';
import { useTranslator } from '../../../ui/ProblemAlert.js';
import { fieldErrorText } from '../../../ui/problemText.js';
import { TableScroll } from '../../../ui/TableScroll.js';
import { ServerText } from '../../../ui/text.js';

/** Every bad row and field, as a spreadsheet numbers them (the header is row 1). */
export function ImportIssues({ errors, captionId }: { errors: CommitmentImportError[]; captionId: string }) {
  const { t } = useTranslation();
  const translator = useTranslator();
  const hasReports = errors.some((e) => e.file === 'reportsCsv');
  return (
    <TableScroll captionId={captionId}>
      <table className="host-issues">
        <caption id={captionId}>
          <span>{t('commitmentsHost.import.issuesCaption', { count: errors.length })}</span>
        </caption>
        <thead>
          <tr>
            {hasReports && <th scope="col">{t('commitmentsHost.import.file')}</th>}
            <th scope="col">{t('commitmentsHost.import.row')}</th>
            <th scope="col">{t('commitmentsHost.import.field')}</th>
            <th scope="col">{t('commitmentsHost.import.problem')}</th>
          </tr>
        </thead>
        <tbody>
          {errors.map((e) => {
            const { text, isTranslated } = fieldErrorText(translator, e);
            return (
              <tr key={`${e.file}:${e.row}:${e.field}:${e.message}`}>
                {hasReports && <td>{t(`commitmentsHost.import.files.${e.file}`)}</td>}
                <td>{e.row === 0 ? t('commitmentsHost.import.wholeFile') : e.row}</td>
                <td>
                  <code>{e.field}</code>
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
