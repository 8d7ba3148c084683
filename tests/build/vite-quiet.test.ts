// @vitest-environment node
import { createLogger, resolveConfig, type Logger } from 'vite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

/**
 * `npm start`, `npm run build` and `npm run preview` print no warning lines
 * (issue 15). The usual culprit was the config loader: importing the scenarios
 * plugin into vite.config.ts pulled the engine's extensionless imports into
 * the bundled config, and Vite printed about 130 lines about them.
 */
function capturingLogger(lines: string[]): Logger {
  const logger = createLogger('warn');
  return {
    ...logger,
    warn: (message) => void lines.push(message),
    warnOnce: (message) => void lines.push(message),
    error: (message) => void lines.push(message),
  };
}

let hidden: string | undefined;
beforeEach(() => {
  // The old workaround must not hide a regression here.
  hidden = process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING;
  delete process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING;
});
afterEach(() => {
  if (hidden !== undefined) process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING = hidden;
});

describe('vite.config.ts', () => {
  it.each([
    ['build', 'build', false],
    ['start', 'serve', false],
    ['preview', 'serve', true],
  ] as const)('loads for %s without a warning line', async (_name, command, isPreview) => {
    const lines: string[] = [];
    const config = await resolveConfig(
      { customLogger: capturingLogger(lines), logLevel: 'warn' },
      command,
      'production',
      'production',
      isPreview,
    );
    expect(lines).toEqual([]);
    // And the build's timing report, which flags the scenario check (the build's real work) as slow, is off.
    expect(config.build.rolldownOptions.checks?.bundlerTimings).toBe(false);
  });
});
