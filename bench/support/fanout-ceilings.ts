// The ceilings of the live fan-out bench (bench/live-fanout.ts), each a server in a process of
// its own on 127.0.0.1:PORT, told to broadcast by `POST /publish {text, author}` (answered with
// the message's sequence) as Pendopo is told by a question:
//   - `sse`: a bare node:http SSE loop: every stream response in a Set, each message serialised
//     once into one Buffer with its sequence as `id:` and written to every response;
//   - `socket.io`: socket.io 4.8.4 on the same node:http server, `io.emit('question', message)`
//     to every connected socket (WebSocket transport, no compression: its defaults otherwise).
// The message is shaped as Pendopo's public question (the same fields, about the same bytes).
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { Server } from 'socket.io';

const mode = process.argv[2];
const port = Number(process.env.PORT);
let seq = 0;

const questionOf = (text: string, author: string) => ({
  id: randomUUID(),
  text,
  author,
  anonymous: false,
  status: 'approved',
  votes: 0,
  askedAt: new Date().toISOString(),
  answeredAt: null,
});

function readJson(request: IncomingMessage): Promise<{ text: string; author: string }> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(JSON.parse(Buffer.concat(chunks).toString('utf8'))));
    request.on('error', reject);
  });
}

const streams = new Set<ServerResponse>();
let broadcast: (text: string, author: string) => void;

const server = createServer((request, response) => {
  if (request.method === 'POST' && request.url === '/publish') {
    void readJson(request).then(({ text, author }) => {
      broadcast(text, author);
      response.writeHead(201, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ seq }));
    });
    return;
  }
  if (mode === 'sse' && request.url?.startsWith('/stream')) {
    response.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      connection: 'keep-alive',
    });
    response.write('retry: 3000\n\n');
    response.write(`id: ${seq}\nevent: snapshot\ndata: {"seq":${seq}}\n\n`);
    streams.add(response);
    response.on('close', () => streams.delete(response));
    return;
  }
  if (mode === 'sse' || !request.url?.startsWith('/socket.io/')) {
    response.writeHead(404);
    response.end();
  }
});

if (mode === 'sse') {
  broadcast = (text, author) => {
    seq++;
    const bytes = Buffer.from(`id: ${seq}\nevent: question\ndata: ${JSON.stringify(questionOf(text, author))}\n\n`);
    for (const response of streams) response.write(bytes);
  };
} else if (mode === 'socket.io') {
  const io = new Server(server, { transports: ['websocket'], serveClient: false });
  io.on('connection', (socket) => socket.emit('hello', { seq }));
  broadcast = (text, author) => {
    seq++;
    io.emit('question', { seq, ...questionOf(text, author) });
  };
} else {
  throw new Error(`unknown mode ${mode}: sse or socket.io`);
}

// Node's and Fastify's default backlog (511), as the node listens.
server.listen(port, '127.0.0.1', () => console.log('listening'));
