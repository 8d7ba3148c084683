import { chromium } from 'playwright';
import type { BenchMeasure } from '../bench-types';
import { builtApp, previewServer } from './ui-built-app';

const PORT = Number(process.env.BENCH_UI_PORT ?? 4312);
const LONG_TASK_MS = 50;
const CHOICES = 8;

/**
 * Long tasks (> 50 ms) while a trainee answers: plays the flagship scenario
 * in Chromium, taking response 1 each time, and reads the Long Tasks API
 * around every choice. Target: none. Shared CPUs make single runs noisy.
 */
export const uiLongTasks: BenchMeasure = {
  name: 'ui-long-tasks',
  description: 'Long tasks (> 50 ms) on choosing a response in the built app (target: 0)',
  async *run() {
    const dist = builtApp();
    const server = await previewServer(dist, PORT);
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--disable-gpu', '--no-first-run', '--disable-background-networking', '--mute-audio'],
    });
    try {
      const page = await browser.newPage();
      const scenario = process.env.BENCH_PLAY_SCENARIO ?? 'work-injury-claim';
      await page.goto(`${server.url}#/play/${scenario}`);
      await page.getByRole('group', { name: 'Responses' }).waitFor();
      await page.evaluate(() => {
        const w = window as unknown as { __longTasks: number[] };
        w.__longTasks = [];
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) w.__longTasks.push(entry.duration);
        }).observe({ type: 'longtask' });
      });
      const perChoice: number[] = [];
      for (let i = 0; i < CHOICES; i += 1) {
        if (await page.getByRole('heading', { name: /Debrief/ }).isVisible()) break;
        const lines = await page.locator('.conversation-log > li').count();
        await page.evaluate(() => ((window as unknown as { __longTasks: number[] }).__longTasks = []));
        await page.keyboard.press('1');
        await page.waitForFunction(
          (n) =>
            document.querySelectorAll('.conversation-log > li').length > n ||
            [...document.querySelectorAll('h1, h2')].some((h) => h.textContent?.includes('Debrief')),
          lines,
        );
        // Let the frame after the choice finish before reading.
        await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 100))));
        const tasks = await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);
        perChoice.push(Math.max(0, ...tasks));
      }
      const worst = Math.max(0, ...perChoice);
      yield {
        measure: 'ui-long-tasks',
        choices: perChoice.length,
        worstLongTaskMs: Math.round(worst),
        choicesWithLongTask: perChoice.filter((ms) => ms > LONG_TASK_MS).length,
        pass: worst <= LONG_TASK_MS,
      };
    } finally {
      await browser.close();
      server.stop();
    }
  },
};
