import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { pagePath } from '../../../../shared/routes.js';
import { Localized } from '../../../ui/text.js';
import { AmendmentCard } from './AmendmentCard.js';
import { AUTHORITATIVE_LANGUAGE, type ParagraphGroupData } from './model.js';
import { type Queue, useQueueNames } from './queue.js';

const G = 'outcomeAmendments.group';

/** The chair's amendment that collides with today's text: said beside the paragraph, with the way out. */
function Collision({ amendmentId, group, queue }: { amendmentId: string; group: ParagraphGroupData; queue: Queue }) {
  const { t } = useTranslation();
  const names = useQueueNames(queue);
  const amendment = group.amendments.find((a) => a.id === amendmentId);
  if (!amendment) return null;
  return (
    <div role="alert" className="alert alert-warning amendment-collision">
      <p>
        <strong>{t(`${G}.collisionTitle`, { amendment: names.amendment(amendment) })}</strong>
      </p>
      <p>{t(`${G}.collisionExplain`, { version: amendment.againstVersion })}</p>
      <p>
        <Link to={pagePath('outcomeEditor', { slug: queue.slug })}>
          {t(`${G}.openEditor`, { paragraph: names.paragraph(group.paragraph.id) })}
        </Link>
      </p>
    </div>
  );
}

/**
 * A paragraph (its number, its negotiation state in words, today's text), then its amendments:
 * competing ones side by side, stacked on a narrow screen.
 */
export function ParagraphGroup({ group, queue }: { group: ParagraphGroupData; queue: Queue }) {
  const { t } = useTranslation();
  const names = useQueueNames(queue);
  const [collision, setCollision] = useState<string | null>(null);
  const { paragraph } = group;
  const titleId = `paragraph-${paragraph.id}`;
  const isGone = paragraph.number === null;
  const state = queue.doc.states[paragraph.id] ?? 'open';
  const onCollision = (amendmentId: string, isColliding: boolean) =>
    setCollision((shown) => (isColliding ? amendmentId : shown === amendmentId ? null : shown));
  return (
    <section className="paragraph-group" aria-labelledby={titleId}>
      <h2 id={titleId}>{names.paragraph(paragraph.id, true)}</h2>
      <div className="paragraph-facts">
        {paragraph.section && (
          <p>
            <span className="label">{t(`${G}.section`)}:</span> <Localized text={paragraph.section} />
          </p>
        )}
        {!isGone && (
          <p>
            <span className="label">{t(`${G}.state`)}:</span>{' '}
            <span className={`paragraph-state state-${state}`}>{t(`outcomeAmendments.states.${state}`)}</span>
          </p>
        )}
      </div>
      <figure className="paragraph-today">
        <figcaption>{isGone ? t(`${G}.lastText`) : t(`${G}.today`, { version: queue.doc.version })}</figcaption>
        <p lang={AUTHORITATIVE_LANGUAGE}>{paragraph.text}</p>
      </figure>
      {collision && <Collision amendmentId={collision} group={group} queue={queue} />}
      <div className="amendment-grid">
        {group.amendments.map((amendment) => (
          <AmendmentCard key={amendment.id} amendment={amendment} queue={queue} onCollision={onCollision} />
        ))}
      </div>
    </section>
  );
}
