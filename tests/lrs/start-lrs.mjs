// Starts Learning Locker's statements service (npm xapi-statements) fully in
// memory, listening on 127.0.0.1 only. tests/run-all.mjs starts it and stops it
// by process id; the xAPI integration tests talk to http://127.0.0.1:$LRS_PORT/xAPI/.
import { createRequire } from 'node:module';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const port = process.env.LRS_PORT ?? '8089';
const scratch = mkdtempSync(join(tmpdir(), 'cg-lrs-'));

Object.assign(process.env, {
  EXPRESS_PORT: port,
  AUTH_REPO: 'test', // accepts any basic auth: this server only ever runs in tests
  EVENTS_REPO: 'test',
  MODELS_REPO: 'memory',
  STORAGE_REPO: 'memory',
  FS_LOCAL_STORAGE_DIR: scratch,
  EXPRESS_MORGAN_DIRECTORY: join(scratch, 'access-logs'),
  WINSTON_CONSOLE_LEVEL: process.env.LRS_LOG_LEVEL ?? 'warn',
  SERVICE_AWAIT_UPDATES: 'true',
});

// Stopping is run-all's SIGTERM; the service would log it as an error after the
// test summary. Registered before the service's own handler, this one runs first.
process.on('SIGTERM', () => process.exit(0));

// The service calls app.listen(port), which binds every interface; keep it on loopback.
const express = require('express');
const listen = express.application.listen;
express.application.listen = function listenOnLoopback(listenPort, callback) {
  return listen.call(this, listenPort, '127.0.0.1', callback);
};

require('xapi-statements/dist/server');
