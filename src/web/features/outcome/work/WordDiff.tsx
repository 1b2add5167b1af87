import { useTranslation } from 'react-i18next';
import { type DiffOp, diffWords } from '../../../../shared/wordDiff.js';

/**
 * A word-level comparison shown inline: insertions underlined, deletions struck through, and each
 * said in words to a screen reader (never by colour alone).
 */
export function DiffText({ ops, lang }: { ops: readonly DiffOp[]; lang?: string }) {
  const { t } = useTranslation();
  return (
    <span className="word-diff" lang={lang}>
      {ops.map((op, index) => {
        const key = `${index}-${op.kind}`;
        if (op.kind === 'same') return <span key={key}>{op.text}</span>;
        const Tag = op.kind === 'insert' ? 'ins' : 'del';
        return (
          <Tag key={key}>
            <span className="visually-hidden">{t(`outcomeDiff.${op.kind}Start`)} </span>
            {op.text}
            <span className="visually-hidden"> {t(`outcomeDiff.${op.kind}End`)}</span>
          </Tag>
        );
      })}
    </span>
  );
}

/** The change from one text to another, word by word; a missing text is all inserted or all deleted. */
export function TextChange({ before, after, lang }: { before: string | null; after: string | null; lang?: string }) {
  return <DiffText ops={diffWords(before ?? '', after ?? '')} lang={lang} />;
}
