import { request as httpRequest, type IncomingMessage } from 'node:http';

/** An open Server-Sent Events response and the `count` events it has sent so far. */
export interface Stream {
  response: IncomingMessage;
  /** Resolves with the first count event (after those already taken) that matches. */
  next(
    matches: (data: { checkedIn: number; expected: number }) => boolean,
  ): Promise<{ checkedIn: number; expected: number }>;
  close(): void;
}

export function openStream(baseUrl: string, path: string, cookie: string | null): Promise<Stream> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(`${baseUrl}${path}`, { headers: cookie ? { cookie } : {} }, (response) => {
      const counts: { checkedIn: number; expected: number }[] = [];
      const waiters: (() => void)[] = [];
      let buffer = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => {
        buffer += chunk;
        let end = buffer.indexOf('\n\n');
        while (end >= 0) {
          const frame = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = /^data: (.*)$/m.exec(frame);
          if (/^event: count$/m.test(frame) && data?.[1]) counts.push(JSON.parse(data[1]));
          end = buffer.indexOf('\n\n');
        }
        for (const wake of waiters.splice(0)) wake();
      });
      let taken = 0;
      const next: Stream['next'] = (matches) =>
        new Promise((found) => {
          const look = () => {
            while (taken < counts.length) {
              const count = counts[taken++];
              if (count && matches(count)) return found(count);
            }
            waiters.push(look);
          };
          look();
        });
      resolve({ response, next, close: () => request.destroy() });
    });
    request.on('error', reject);
    request.end();
  });
}
