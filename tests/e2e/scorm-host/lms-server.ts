import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { unzipSync } from 'fflate';

export const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.ogg': 'audio/ogg',
  '.wav': 'audio/wav',
  '.mp3': 'audio/mpeg',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
};

export interface LmsServer {
  origin: string;
  /** Files of the unzipped package, by path. */
  packageFiles: Map<string, Uint8Array>;
  close: () => Promise<void>;
}

/**
 * The test LMS on 127.0.0.1 (a free port): /host/ is the LMS page, /scorm-again/
 * the runtime library (npm, dist build), /package/ the SCORM zip's contents,
 * unzipped in memory exactly as an LMS would import it.
 */
export async function startLmsServer(root: string, zipPath: string): Promise<LmsServer> {
  const packageFiles = new Map(Object.entries(unzipSync(readFileSync(zipPath))));
  const hostDir = resolve(root, 'tests/e2e/scorm-host');
  const scormAgainDir = resolve(root, 'node_modules/scorm-again/dist');

  const fromDir = (dir: string, rest: string): Uint8Array | null => {
    const path = normalize(join(dir, rest));
    if (!path.startsWith(dir)) return null;
    try {
      return readFileSync(path);
    } catch {
      return null;
    }
  };

  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    let body: Uint8Array | null = null;
    if (path.startsWith('/host/')) body = fromDir(hostDir, path.slice('/host/'.length));
    else if (path.startsWith('/scorm-again/')) body = fromDir(scormAgainDir, path.slice('/scorm-again/'.length));
    else if (path.startsWith('/package/')) body = packageFiles.get(path.slice('/package/'.length)) ?? null;
    if (!body) {
      response.writeHead(404).end('Not found');
      return;
    }
    response.writeHead(200, { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' });
    response.end(body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    packageFiles,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
