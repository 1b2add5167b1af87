import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Stream } from '../../../shared/programme.js';
import { streamKind } from '../../lib/contract.js';
import { channelName } from '../../ui/channelName.js';

/**
 * Plays an address in a media element: natively where the browser can (a file, or HLS in
 * Safari), else through hls.js, which is fetched only then. `failed` when neither can.
 */
function useMediaSource(element: HTMLMediaElement | null, url: string) {
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (!element) return;
    setFailed(false);
    const isHls = /\.m3u8($|[?#])/i.test(url);
    if (!isHls || element.canPlayType('application/vnd.apple.mpegurl') !== '') {
      element.src = url;
      return () => element.removeAttribute('src');
    }
    let destroy: () => void = () => undefined;
    let isGone = false;
    import('hls.js')
      .then(({ default: Hls }) => {
        if (isGone) return;
        if (!Hls.isSupported()) return setFailed(true);
        const hls = new Hls();
        hls.on(Hls.Events.ERROR, (_event, data) => data.fatal && setFailed(true));
        hls.loadSource(url);
        hls.attachMedia(element);
        destroy = () => hls.destroy();
      })
      .catch(() => setFailed(true));
    return () => {
      isGone = true;
      destroy();
    };
  }, [element, url]);
  return failed;
}

type MediaProps = { stream: Stream; captions: Stream[]; kind: 'video' | 'audio' };

/**
 * A stream that loads nothing until the viewer asks for it (on a weak connection, the page
 * comes first); once asked, a change of channel or mode goes on playing.
 */
function Media(props: MediaProps & { isStarted: boolean; onStart: () => void }) {
  const { isStarted, onStart, ...media } = props;
  const { t } = useTranslation();
  const label = t(props.kind === 'video' ? 'live.player.video' : 'live.player.audio', {
    language: channelName(props.stream.language, t),
  });
  if (!isStarted)
    return (
      <p>
        <button type="button" onClick={onStart}>
          {t('live.player.play', { what: label })}
        </button>
      </p>
    );
  return <StartedMedia {...media} label={label} />;
}

function StartedMedia(props: MediaProps & { label: string }) {
  const { stream, captions, kind, label } = props;
  const { t } = useTranslation();
  const [element, setElement] = useState<HTMLMediaElement | null>(null);
  const failed = useMediaSource(element, stream.url);
  return (
    <>
      {kind === 'video' ? (
        // biome-ignore lint/a11y/useMediaCaption: the organizers' caption tracks are added where they gave them; a live stream may have none to add
        <video
          ref={setElement}
          controls
          playsInline
          crossOrigin="anonymous"
          aria-label={label}
          className="player-video"
        >
          {captions.map((track) => (
            <track
              key={track.url}
              kind="captions"
              src={track.url}
              srcLang={track.language === 'floor' ? undefined : track.language}
              label={channelName(track.language, t)}
            />
          ))}
        </video>
      ) : (
        // biome-ignore lint/a11y/useMediaCaption: the sound of an interpretation channel; its captions are the video's tracks
        <audio ref={setElement} controls autoPlay aria-label={label} />
      )}
      {failed && (
        <p role="alert">
          {t('live.player.failed')}{' '}
          <a href={stream.url} rel="noopener">
            {t('live.player.openApart')}
          </a>
        </p>
      )}
    </>
  );
}

export type LoadMode = 'full' | 'audio' | 'text';

/** The chosen channel in the chosen mode: video (HLS, a file, or a host's player), its sound alone, or nothing. */
export function Player({ streams, language, mode }: { streams: Stream[]; language: string; mode: LoadMode }) {
  const { t } = useTranslation();
  const [isStarted, setStarted] = useState(false);
  const start = { isStarted, onStart: () => setStarted(true) };
  const ofLanguage = streams.filter((s) => s.language === language);
  const find = (...kinds: string[]) => ofLanguage.find((s) => kinds.includes(streamKind(s)));
  const captions = streams.filter((s) => streamKind(s) === 'captions');
  if (mode === 'text') return <p className="player-note">{t('live.player.textOnly')}</p>;
  if (mode === 'audio') {
    const audio = find('audio');
    return audio ? (
      <Media key={audio.url} stream={audio} captions={[]} kind="audio" {...start} />
    ) : (
      <p className="player-note">{t('live.player.noAudio')}</p>
    );
  }
  const video = find('video');
  if (video) return <Media key={video.url} stream={video} captions={captions} kind="video" {...start} />;
  const embed = find('embed');
  if (embed)
    return (
      <iframe
        className="player-embed"
        src={embed.url}
        title={t('live.player.video', { language: channelName(language, t) })}
        allow="autoplay; fullscreen; picture-in-picture"
        allowFullScreen
        referrerPolicy="strict-origin-when-cross-origin"
      />
    );
  const audio = find('audio');
  if (audio) return <Media key={audio.url} stream={audio} captions={[]} kind="audio" {...start} />;
  const link = find('link');
  return link ? (
    <p>
      <a href={link.url} rel="noopener">
        {t('live.player.join', { language: channelName(language, t) })}
      </a>
    </p>
  ) : null;
}
