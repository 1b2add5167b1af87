import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { LiveChannel, LiveSnapshot } from '../../../shared/live.js';
import { LIVE_EVENTS } from '../../lib/contract.js';
import { applyMessage, liveKeys, livePaths } from './api.js';

export type StreamState = 'connecting' | 'open' | 'reconnecting';

const FOLLOWED = Object.values(LIVE_EVENTS);

/**
 * Follows the session's stream and keeps its cached view current. It resumes after the view's
 * sequence (a server-rendered page's embedded view included), and the browser resumes after the
 * last message on its own when the connection drops (Last-Event-ID).
 */
export function useLiveStream(slug: string, id: string, view: LiveChannel, enabled: boolean): StreamState {
  const queryClient = useQueryClient();
  const [state, setState] = useState<StreamState>('connecting');
  useEffect(() => {
    if (!enabled) return;
    const key = liveKeys.snapshot(slug, id, view);
    const seq = queryClient.getQueryData<LiveSnapshot>(key)?.seq;
    const url = livePaths.stream(slug, id, view);
    const source = new EventSource(
      seq === undefined ? url : `${url}${url.includes('?') ? '&' : '?'}lastEventId=${seq}`,
    );
    for (const event of FOLLOWED) {
      source.addEventListener(event, (message: MessageEvent<string>) => {
        const data: unknown = JSON.parse(message.data);
        if (event === LIVE_EVENTS.snapshot) {
          const { recovered: _, ...snapshot } = data as LiveSnapshot & { recovered: boolean };
          queryClient.setQueryData<LiveSnapshot>(key, snapshot);
        } else {
          queryClient.setQueryData<LiveSnapshot>(key, (current) => current && applyMessage(current, event, data));
        }
      });
    }
    source.onopen = () => setState('open');
    source.onerror = () => setState('reconnecting');
    return () => source.close();
  }, [queryClient, slug, id, view, enabled]);
  return state;
}
