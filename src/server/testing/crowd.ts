import { randomBytes, randomUUID } from 'node:crypto';
import { Agent, request } from 'node:https';
import type { TestResponse } from './client.js';
import { readResponse } from './sockets.js';

export type Answer = TestResponse;

/** Client i's own loopback source address (127.0.2.2 onwards), never the proxy's 127.0.0.1. */
export const sourceAddress = (i: number) => `127.0.${2 + Math.floor(i / 250)}.${2 + (i % 250)}`;

/**
 * Clients of the platform behind nginx's TLS port, each a browser of its own: a keep-alive
 * connection from its own loopback address. A failed connection rejects with its code.
 */
export function crowd(port: number) {
  const agents = new Map<string, Agent>();
  const agentOf = (from: string) => {
    let agent = agents.get(from);
    if (!agent) {
      // The certificate is the test's own, made for this run.
      agent = new Agent({ keepAlive: true, maxSockets: 1, localAddress: from, rejectUnauthorized: false });
      agents.set(from, agent);
    }
    return agent;
  };
  const send = (from: string, method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
    new Promise<Answer>((resolve, reject) => {
      const payload = body === undefined ? undefined : JSON.stringify(body);
      const outgoing = request(
        {
          host: '127.0.0.1',
          port,
          method,
          path,
          agent: agentOf(from),
          headers: payload ? { 'content-type': 'application/json', ...headers } : headers,
        },
        (incoming) => readResponse(incoming).then(resolve, reject),
      );
      outgoing.on('error', reject);
      outgoing.end(payload);
    });
  return {
    send,
    close: () => {
      for (const agent of agents.values()) agent.destroy();
    },
  };
}

export interface Person {
  email: string;
  key: string;
  body: Record<string, unknown>;
}

export const newPerson = (n: number): Person => {
  const email = `crowd-${n}-${randomBytes(4).toString('hex')}@example.org`;
  return {
    email,
    key: randomUUID(),
    body: {
      name: `Crowd Person ${n}`,
      email,
      country: ['ID', 'FI', 'JP', 'AU'][n % 4],
      organization: 'Reliability Test',
      sector: 'government',
      attendance: 'virtual',
      consent: true,
    },
  };
};

export interface Outcome {
  id?: string;
  /** Answers that asked for a resend (a broken connection, 502, 503, 504), each then resent. */
  retried: { status: number | string }[];
  /** The final answer when it was neither a 201 nor a resend: its status and problem code. */
  failure?: { status: number; code?: string };
}

const isResend = (status: number) => status === 502 || status === 503 || status === 504;

/**
 * Registers one person as a careful client does: the same Idempotency-Key on every resend,
 * resending what failed in transit or was refused for a moment, and nothing else.
 */
export async function register(
  client: ReturnType<typeof crowd>,
  from: string,
  slug: string,
  person: Person,
): Promise<Outcome> {
  const outcome: Outcome = { retried: [] };
  for (let attempt = 0; attempt < 30; attempt++) {
    let answer: Answer;
    try {
      answer = await client.send(from, 'POST', `/api/events/${slug}/registrations`, person.body, {
        'idempotency-key': person.key,
      });
    } catch (error) {
      outcome.retried.push({ status: (error as NodeJS.ErrnoException).code ?? 'error' });
      await new Promise((resolve) => setTimeout(resolve, 200));
      continue;
    }
    if (answer.status === 201) return { ...outcome, id: (answer.json as { id: string }).id };
    if (!isResend(answer.status)) {
      return { ...outcome, failure: { status: answer.status, code: (answer.json as { code?: string } | null)?.code } };
    }
    outcome.retried.push({ status: answer.status });
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return outcome;
}
