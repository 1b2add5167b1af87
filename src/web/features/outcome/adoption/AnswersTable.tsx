import { useTranslation } from 'react-i18next';
import type { AdoptionBoard } from '../../../../shared/outcome.js';
import { TableScroll } from '../../../ui/TableScroll.js';
import { Localized } from '../../../ui/text.js';
import type { BoardDelegation } from './answers.js';

/** What a reservation concerns: "paragraphs 2, 3" or the whole document. */
function Concerns({ ids, numbers }: { ids: string[]; numbers: Record<string, string> }) {
  const { t } = useTranslation();
  if (ids.length === 0) return t('outcomeAdoption.answer.wholeDocument');
  const list = ids.map((id) => numbers[id] ?? '?').join(', ');
  return t('outcomeAdoption.answer.paragraphs', { count: ids.length, list });
}

/** A delegation's answer in words: joined, joined with a reservation (what and on what), broke the silence, none. */
function Answer({ delegation, method, numbers }: { delegation: BoardDelegation } & Props) {
  const { t } = useTranslation();
  switch (delegation.choice) {
    case 'join':
      return <strong className="board-answer board-answer-joined">{t('outcomeAdoption.answer.join')}</strong>;
    case 'join_with_reservation':
      return (
        <>
          <strong className="board-answer board-answer-reserved">{t('outcomeAdoption.answer.reservation')}</strong>
          <span className="board-answer-text">{delegation.text}</span>
          <span className="board-answer-concerns">
            <Concerns ids={delegation.paragraphIds} numbers={numbers} />
          </span>
        </>
      );
    case 'break_silence':
      return (
        <>
          <strong className="board-answer board-answer-broke">{t('outcomeAdoption.answer.brokeSilence')}</strong>
          <span className="board-answer-text">{delegation.text}</span>
        </>
      );
    default:
      return (
        <span className="board-answer board-answer-none">
          {method === 'silence' ? t('outcomeAdoption.answer.silent') : t('outcomeAdoption.answer.none')}
        </span>
      );
  }
}

interface Props {
  method: AdoptionBoard['method'];
  /** Paragraph id -> its number in the text before the delegations. */
  numbers: Record<string, string>;
}

/** Every taking-part delegation, its answer and its explanation of position. */
export function AnswersTable({ board, numbers }: { board: AdoptionBoard; numbers: Record<string, string> }) {
  const { t } = useTranslation();
  if (board.delegations.length === 0) return <p>{t('outcomeAdoption.table.nobody')}</p>;
  return (
    <TableScroll captionId="adoption-answers-caption">
      <table className="adoption-answers">
        <caption id="adoption-answers-caption">{t('outcomeAdoption.table.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('outcomeAdoption.table.delegation')}</th>
            <th scope="col">{t('outcomeAdoption.table.answer')}</th>
            <th scope="col">{t('outcomeAdoption.table.explanation')}</th>
          </tr>
        </thead>
        <tbody>
          {board.delegations.map((delegation) => (
            <tr key={delegation.id}>
              <th scope="row">
                <Localized text={delegation.name} />
              </th>
              <td className="adoption-answer">
                <Answer delegation={delegation} method={board.method} numbers={numbers} />
              </td>
              <td>
                {delegation.explanation ?? <span className="muted">{t('outcomeAdoption.table.noExplanation')}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
