import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

/**
 * Small loopback HTTP servers standing in for LRSs the app must survive: one
 * that hangs and later recovers, one hostile, one that only listens. Each
 * records what reached it. Stop them with `close()` (sockets included).
 */
export interface FakeServer {
  readonly origin: string;
  /** Every request that arrived: method, path and whether it carried credentials. */
  readonly requests: { method: string; path: string; authorization: string | undefined }[];
  close: () => Promise<void>;
}

const CORS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Headers': 'Authorization, Content-Type, X-Experience-API-Version, Accept',
  'Access-Control-Allow-Methods': 'GET, POST, PUT, OPTIONS',
};

type Handler = (req: IncomingMessage, body: string, res: ServerResponse) => void;

async function serve(port: number, handle: Handler): Promise<FakeServer> {
  const sockets = new Set<Socket>();
  const requests: FakeServer['requests'] = [];
  const server: Server = createServer((req, res) => {
    requests.push({ method: req.method ?? '', path: req.url ?? '', authorization: req.headers.authorization });
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => handle(req, body, res));
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

const json = (res: ServerResponse, status: number, value: unknown) => {
  res.writeHead(status, { ...CORS, 'Content-Type': 'application/json' });
  res.end(JSON.stringify(value));
};

/**
 * Accepts connections and never answers while `hanging`; afterwards a
 * minimal statements endpoint that stores by id and counts every copy it
 * is sent.
 */
export async function hangingLrs(port: number) {
  const received = new Map<string, number>();
  const actors: unknown[] = [];
  const state = { hanging: true };
  const server = await serve(port, (req, body, res) => {
    if (state.hanging) return; // the request stays open until the client gives up
    if (req.method === 'OPTIONS') return json(res, 204, null);
    if (req.method === 'POST' && req.url?.startsWith('/xAPI/statements')) {
      const statements = JSON.parse(body) as { id: string; actor: unknown }[];
      for (const { id, actor } of statements) {
        received.set(id, (received.get(id) ?? 0) + 1);
        actors.push(actor);
      }
      return json(
        res,
        200,
        statements.map((s) => s.id),
      );
    }
    if (req.method === 'GET' && req.url?.startsWith('/xAPI/statements')) return json(res, 200, { statements: [], more: '' });
    json(res, 404, { message: 'not found' });
  });
  return { ...server, received, actors, recover: () => void (state.hanging = false) };
}

/** An LRS whose `more` links send the client elsewhere: first a string-joining trap, then another origin. */
export async function hostileLrs(port: number, elsewhere: string, page: unknown[]) {
  return serve(port, (req, _body, res) => {
    if (req.method === 'OPTIONS') return json(res, 204, null);
    if (req.url?.startsWith('/xAPI/statements?')) {
      // `${protocol}//${host}${more}` (what @xapi/xapi does) turns this into a request to `elsewhere`.
      return json(res, 200, { statements: page, more: `@${new URL(elsewhere).host}/xAPI/statements?page=2` });
    }
    if (req.url?.startsWith('/xAPI/@')) return json(res, 200, { statements: [], more: `${elsewhere}/xAPI/statements?page=3` });
    json(res, 404, { message: 'not found' });
  });
}

/** Only listens, and answers like an LRS, to see whether credentials ever arrive. */
export function listener(port: number) {
  return serve(port, (_req, _body, res) => json(res, 200, { statements: [], more: '' }));
}
