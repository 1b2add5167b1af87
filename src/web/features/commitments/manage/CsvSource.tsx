import { type ChangeEvent, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/** A file's text, read in the browser from an uploaded file or pasted; `fileName` when it came from a file. */
export interface CsvText {
  text: string;
  fileName: string | null;
}

export const NO_CSV: CsvText = { text: '', fileName: null };

/** The data rows of a CSV text, roughly (the header and blank lines left out), to say what was read. */
export const roughRows = (text: string) => Math.max(0, text.split(/\r?\n/).filter((l) => l.trim() !== '').length - 1);

/** One CSV file, uploaded or pasted: a file replaces what was pasted, and typing replaces the file. */
export function CsvSource(props: {
  id: string;
  legend: string;
  hint: string;
  value: CsvText;
  onChange: (value: CsvText) => void;
}) {
  const { t } = useTranslation();
  const { id, value, onChange } = props;
  const fileInput = useRef<HTMLInputElement>(null);
  const readFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    onChange(file ? { text: await file.text(), fileName: file.name } : NO_CSV);
  };
  const paste = (text: string) => {
    if (fileInput.current) fileInput.current.value = '';
    onChange({ text, fileName: null });
  };
  return (
    <fieldset id={id} className="host-csv-source" aria-describedby={`${id}-hint`}>
      <legend>{props.legend}</legend>
      <p id={`${id}-hint`} className="hint">
        {props.hint}
      </p>
      <div className="field">
        <label htmlFor={`${id}-file`}>{t('commitmentsHost.import.upload')}</label>
        <input
          ref={fileInput}
          id={`${id}-file`}
          type="file"
          accept=".csv,text/csv"
          onChange={(e) => void readFile(e)}
        />
      </div>
      {value.fileName && (
        <p className="muted">
          {t('commitmentsHost.import.fromFile', { name: value.fileName, count: roughRows(value.text) })}{' '}
          <button type="button" className="secondary small" onClick={() => paste('')}>
            {t('commitmentsHost.import.removeFile')}
          </button>
        </p>
      )}
      <div className="field">
        <label htmlFor={`${id}-text`}>{t('commitmentsHost.import.paste')}</label>
        <textarea
          id={`${id}-text`}
          rows={5}
          spellCheck={false}
          className="host-csv-text"
          value={value.fileName ? '' : value.text}
          onChange={(e) => paste(e.target.value)}
        />
      </div>
    </fieldset>
  );
}
