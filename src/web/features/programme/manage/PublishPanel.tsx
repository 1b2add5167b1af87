import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProgrammeDraft } from '../../../../shared/programme.js';
import { InstantTimes } from '../../../ui/InstantTimes.js';
import { ProblemAlert, StatusMessage } from '../../../ui/ProblemAlert.js';
import { ChangeList } from '../ChangeList.js';
import { usePublish } from './editorApi.js';
import { useFocusOnMount } from './focus.js';

function ConfirmPublish(props: {
  count: number;
  version: number;
  isBusy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { count, version, isBusy, onConfirm, onCancel } = props;
  const { t } = useTranslation();
  const button = useRef<HTMLButtonElement>(null);
  useFocusOnMount(button);
  return (
    <div className="form-actions">
      <p>{t('programme.editor.publishConfirm', { count, version })}</p>
      <button
        ref={button}
        type="button"
        aria-disabled={isBusy || undefined}
        onClick={() => {
          if (!isBusy) onConfirm();
        }}
      >
        {t('programme.editor.publishNow', { version })}
      </button>
      <button type="button" className="secondary" onClick={onCancel}>
        {t('programme.editor.cancel')}
      </button>
    </div>
  );
}

/** What publishing would change, then a second press to publish it as the next version. */
export function PublishPanel({ draft }: { draft: ProgrammeDraft }) {
  const { t } = useTranslation();
  const publish = usePublish(draft.event.slug);
  const [isAsking, setAsking] = useState(false);
  const [said, setSaid] = useState<string | null>(null);
  const next = draft.version + 1;
  const pending = draft.pendingChanges;
  return (
    <section className="card" aria-labelledby="publish-title">
      <h3 id="publish-title">{t('programme.editor.publishTitle')}</h3>
      <p>
        {draft.version === 0 ? (
          t('programme.notPublished')
        ) : (
          <>
            {t('programme.editor.publishedVersion', { version: draft.version })}
            {draft.publishedAt && (
              <>
                {', '}
                {t('programme.publishedAt')}{' '}
                <InstantTimes at={draft.publishedAt} eventTimeZone={draft.event.timeZone} />
              </>
            )}
          </>
        )}
      </p>
      {pending.length === 0 ? (
        <p>{t('programme.editor.nothingPending')}</p>
      ) : (
        <>
          <h4>{t('programme.editor.pending', { count: pending.length })}</h4>
          <ChangeList slug={draft.event.slug} changes={pending} isLinked={false} />
        </>
      )}
      {pending.length > 0 &&
        (isAsking ? (
          <ConfirmPublish
            count={pending.length}
            version={next}
            isBusy={publish.isPending}
            onConfirm={() =>
              publish.mutate(undefined, {
                onSuccess: ({ version }) => {
                  setAsking(false);
                  setSaid(t('programme.editor.published', { version }));
                },
              })
            }
            onCancel={() => setAsking(false)}
          />
        ) : (
          <p>
            <button
              type="button"
              onClick={() => {
                setSaid(null);
                setAsking(true);
              }}
            >
              {t('programme.editor.publish', { version: next })}
            </button>
          </p>
        ))}
      <ProblemAlert error={publish.error} />
      <StatusMessage>{said}</StatusMessage>
    </section>
  );
}
