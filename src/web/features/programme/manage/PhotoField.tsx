import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SpeakerView } from '../../../../shared/programme.js';
import { isApiError } from '../../../lib/api.js';
import { ProblemAlert, StatusMessage, useProblemMessage } from '../../../ui/ProblemAlert.js';
import { ServerText } from '../../../ui/text.js';
import { SpeakerPhoto } from '../SpeakerItem.js';
import { useRemovePhoto, useUploadPhoto } from './editorApi.js';

// What the server takes; it checks the bytes and resizes, this only guides the file chooser.
const ACCEPT = 'image/jpeg,image/png,image/webp';

/** The speaker's photo: upload on choosing a file (the server checks and resizes it), or remove it. */
export function PhotoField({ slug, speaker }: { slug: string; speaker: SpeakerView }) {
  const { t } = useTranslation();
  const upload = useUploadPhoto(slug);
  const remove = useRemovePhoto(slug);
  const input = useRef<HTMLInputElement>(null);
  const [said, setSaid] = useState<string | null>(null);
  const error = upload.error ?? remove.error;
  const messageFor = useProblemMessage();
  const own = isApiError(error) ? messageFor(error) : null;
  const serverMessage = isApiError(error) ? error.fieldError('photo') : undefined;
  const message = serverMessage && (own ?? serverMessage);
  const choose = (file: File | undefined) => {
    if (!file || upload.isPending) return;
    setSaid(null);
    remove.reset();
    upload.mutate(
      { id: speaker.id, file },
      {
        onSuccess: () => setSaid(t('programme.editor.photoUploaded')),
        onSettled: () => {
          if (input.current) input.current.value = '';
        },
      },
    );
  };
  return (
    <div className="field">
      <SpeakerPhoto speaker={speaker} size={120} />
      <label htmlFor="speaker-photo">{t('programme.editor.photo')}</label>
      <p id="speaker-photo-hint" className="hint">
        {t('programme.editor.photoHint')}
      </p>
      <input
        ref={input}
        id="speaker-photo"
        type="file"
        accept={ACCEPT}
        aria-describedby={message ? 'speaker-photo-hint speaker-photo-error' : 'speaker-photo-hint'}
        aria-invalid={message ? true : undefined}
        onChange={(e) => choose(e.target.files?.[0])}
      />
      {message && (
        <p id="speaker-photo-error" className="field-error">
          {own ?? <ServerText>{message}</ServerText>}
        </p>
      )}
      {!message && <ProblemAlert error={error} />}
      {speaker.photoUrl && (
        <p>
          <button
            type="button"
            className="secondary small"
            onClick={() => {
              upload.reset();
              remove.mutate(speaker.id, { onSuccess: () => setSaid(t('programme.editor.photoRemoved')) });
            }}
          >
            {t('programme.editor.removePhoto')}
          </button>
        </p>
      )}
      <StatusMessage>{upload.isPending ? t('programme.editor.photoUploading') : said}</StatusMessage>
    </div>
  );
}
