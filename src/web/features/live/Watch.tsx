import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Stream } from '../../../shared/programme.js';
import { currentLanguage } from '../../i18n/i18n.js';
import { watchable } from '../../lib/contract.js';
import { channelName } from '../../ui/channelName.js';
import { useRemembered } from '../../ui/useRemembered.js';
import { type LoadMode, Player } from './Player.js';

const MODES: readonly LoadMode[] = ['full', 'audio', 'text'];
const isMode = (value: string): value is LoadMode => (MODES as readonly string[]).includes(value);
const isAny = (value: string): value is string => value.length > 0;

/** Whether the browser says the connection is slow or the reader asked to save data. */
function useSlowConnection() {
  const [isSlow, setSlow] = useState(false);
  useEffect(() => {
    const connection = (navigator as { connection?: { effectiveType?: string; saveData?: boolean } }).connection;
    setSlow(Boolean(connection?.saveData) || ['slow-2g', '2g', '3g'].includes(connection?.effectiveType ?? ''));
  }, []);
  return isSlow;
}

/** The session's streams: the channel in the viewer's language, and how much to load (video, sound only, text only). */
export function Watch({ streams }: { streams: Stream[] }) {
  const { t } = useTranslation();
  const languages = [...new Set(watchable(streams).map((s) => s.language))];
  const preferred = languages.includes(currentLanguage()) ? currentLanguage() : (languages[0] ?? '');
  const [chosen, choose] = useRemembered('pendopo.live.channel', preferred, isAny);
  const [mode, setMode, isModeRead] = useRemembered<LoadMode>('pendopo.live.mode', 'full', isMode);
  const isSlow = useSlowConnection();
  if (languages.length === 0) return null;
  const language = languages.includes(chosen) ? chosen : preferred;
  return (
    <section aria-labelledby="watch" className="watch">
      <h2 id="watch">{t('live.player.title')}</h2>
      {isSlow && mode === 'full' && (
        <p className="alert">
          {t('live.player.slow')}{' '}
          <button type="button" onClick={() => setMode('audio')}>
            {t('live.player.modes.audio')}
          </button>{' '}
          <button type="button" onClick={() => setMode('text')}>
            {t('live.player.modes.text')}
          </button>
        </p>
      )}
      <div className="watch-choices">
        {languages.length > 1 && (
          <fieldset>
            <legend>{t('live.player.channel')}</legend>
            {languages.map((each) => (
              <label key={each} className="check">
                <input type="radio" name="channel" checked={language === each} onChange={() => choose(each)} />
                {channelName(each, t)}
              </label>
            ))}
          </fieldset>
        )}
        <fieldset>
          <legend>{t('live.player.mode')}</legend>
          {MODES.map((each) => (
            <label key={each} className="check">
              <input type="radio" name="mode" checked={mode === each} onChange={() => setMode(each)} />
              {t(`live.player.modes.${each}`)}
            </label>
          ))}
        </fieldset>
      </div>
      {/* Nothing loads until the viewer's own choice is known: text only must load no media at all. */}
      {isModeRead && <Player streams={streams} language={language} mode={mode} />}
    </section>
  );
}
