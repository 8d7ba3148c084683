import * as scorm12 from 'scorm-again/scorm12';
import type Scorm12Class from 'scorm-again/scorm12';
import { afterEach, describe, expect, it } from 'vitest';
import { createSession } from '../../engine/trainee';
import { openStore, type Store } from '../../storage';
import { COMPILED, playTranscript } from '../xapi/testing/play-fixture';
import { encodeResume, shortHash, stepsOf } from './resume-record';
import { launchScorm, transcriptOfSnapshot } from './scorm-launch';

const { Scorm12API } = scorm12 as unknown as { Scorm12API: typeof Scorm12Class };
const stores: Store[] = [];
afterEach(() => stores.splice(0).forEach((store) => store.close()));

async function freshStore(): Promise<Store> {
  const store = await openStore({ name: `scorm-launch-${crypto.randomUUID()}` });
  stores.push(store);
  return store;
}

/** A window whose parent frame holds the LMS's API. */
function frameUnder(api: unknown): Window {
  const parent = { API: api } as Record<string, unknown>;
  parent.parent = parent;
  return { parent } as unknown as Window;
}

describe('SCORM launch', () => {
  it('runs standalone when no LMS is found', async () => {
    const top = {} as Record<string, unknown>;
    top.parent = top;
    const launch = await launchScorm({
      window: top as unknown as Window,
      store: await freshStore(),
      loadScenario: async () => COMPILED,
      launchScenarioId: null,
    });
    expect(launch).toEqual({ connected: false });
  });

  it('makes a profile from the LMS learner and resumes the suspended attempt by replaying it', async () => {
    const { transcript } = playTranscript((turn) => (turn + 2) % 3);
    const taken = transcript.slice(0, 4);
    const registration = 'e0000000-0000-4000-8000-000000000001';
    const api = new Scorm12API({ logLevel: 5 });
    api.loadFromJSON({
      cmi: {
        core: { entry: 'resume', student_id: 'S-1001', student_name: 'Nowak, Ana' },
        suspend_data: encodeResume({
          scenarioId: COMPILED.scenario.id,
          hash: shortHash(COMPILED.contentHash),
          registration,
          steps: stepsOf(taken, COMPILED.scenario),
          elapsedSeconds: 95,
          seed: 31337,
        }),
      },
    });
    const store = await freshStore();
    const launch = await launchScorm({
      window: frameUnder(api),
      store,
      loadScenario: async () => COMPILED,
      launchScenarioId: COMPILED.scenario.id,
      now: () => 1_000_000,
    });
    expect(launch).toMatchObject({ connected: true, version: '1.2', resumeScenarioId: COMPILED.scenario.id, notice: null });
    if (!launch.connected) return;

    const [profile] = await store.profiles.list();
    expect(profile).toMatchObject({ displayName: 'Ana Nowak', programId: 'S-1001' });
    expect((await store.settings.get()).askedForName).toBe(true);
    const saved = await store.inProgress.get(launch.profileId, COMPILED.scenario.id);
    expect(saved).toMatchObject({ registration, contentHash: COMPILED.contentHash, startedAt: 1_000_000 - 95_000, seed: 31337 });
    const restored = transcriptOfSnapshot(saved!.snapshot);
    expect(restored.map((e) => [e.nodeId, e.choiceId, e.after])).toEqual(taken.map((e) => [e.nodeId, e.choiceId, e.after]));
    // The play screen can continue it.
    const session = createSession(COMPILED, { snapshot: saved!.snapshot, checkpoints: saved!.checkpoints });
    expect(session.getView().transcript).toHaveLength(4);
    expect(session.seed).toBe(31337);
    expect(session.getView().status).toBe('active');
    session.stop();
  });

  it('starts again, and says so, when the scenario changed since the suspend', async () => {
    const api = new Scorm12API({ logLevel: 5 });
    api.loadFromJSON({
      cmi: {
        core: { entry: 'resume' },
        suspend_data: encodeResume({
          scenarioId: COMPILED.scenario.id,
          hash: 'oldcontent',
          registration: 'e0000000-0000-4000-8000-000000000002',
          steps: [0],
          elapsedSeconds: 5,
        }),
      },
    });
    const launch = await launchScorm({
      window: frameUnder(api),
      store: await freshStore(),
      loadScenario: async () => COMPILED,
      launchScenarioId: null,
    });
    expect(launch).toMatchObject({ connected: true, resumeScenarioId: null, notice: expect.stringMatching(/changed/) });
  });

  it.each(['cg2|garbage', 'cg1|%E0%A4%A|abc|' + '0'.repeat(32) + '|0|5', '{"not":"ours"}', 'cg2|x|y|' + 'f'.repeat(32) + '|01|5|zzzzzzzz'])(
    'starts again with a plain message when suspend_data is corrupt: %s',
    async (suspendData) => {
      const api = new Scorm12API({ logLevel: 5 });
      api.loadFromJSON({ cmi: { core: { entry: 'resume' }, suspend_data: suspendData } });
      const launch = await launchScorm({
        window: frameUnder(api),
        store: await freshStore(),
        loadScenario: async () => COMPILED,
        launchScenarioId: null,
      });
      expect(launch).toMatchObject({
        connected: true,
        resumeScenarioId: null,
        notice: expect.stringMatching(/could not be read.*starts again/),
      });
    },
  );

  it('says nothing when a resume has no suspend_data at all', async () => {
    const api = new Scorm12API({ logLevel: 5 });
    api.loadFromJSON({ cmi: { core: { entry: 'resume' } } });
    const launch = await launchScorm({
      window: frameUnder(api),
      store: await freshStore(),
      loadScenario: async () => COMPILED,
      launchScenarioId: null,
    });
    expect(launch).toMatchObject({ connected: true, resumeScenarioId: null, notice: null });
  });
});
