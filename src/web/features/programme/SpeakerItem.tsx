import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SpeakerView } from '../../../shared/programme.js';
import { pagePaths } from './api.js';

/** A speaker's photo, or nothing. Beside their linked name in a list it says nothing more (no alt text). */
export function SpeakerPhoto({
  speaker,
  size,
  isDecorative,
}: {
  speaker: SpeakerView;
  size: number;
  isDecorative?: boolean;
}) {
  const { t } = useTranslation();
  if (!speaker.photoUrl) return null;
  return (
    <img
      className="speaker-photo"
      src={speaker.photoUrl}
      alt={isDecorative ? '' : t('programme.photoOf', { name: speaker.name })}
      width={size}
      height={size}
      loading="lazy"
    />
  );
}

/** A speaker in a list: photo, name (linked), title and organisation. */
export function SpeakerItem({ slug, speaker }: { slug: string; speaker: SpeakerView }) {
  const position = [speaker.title, speaker.organization].filter(Boolean).join(', ');
  return (
    <li>
      <SpeakerPhoto speaker={speaker} size={64} isDecorative />
      <div>
        <p>
          <Link to={pagePaths.speaker(slug, speaker.id)}>{speaker.name}</Link>
        </p>
        {position && <p className="muted">{position}</p>}
      </div>
    </li>
  );
}
