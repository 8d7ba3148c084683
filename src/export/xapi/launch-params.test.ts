import { afterEach, describe, expect, it } from 'vitest';
import { captureLaunch, currentLaunch, forgetLaunch, LAUNCH_KEY, parseLaunch, parseLaunchActor } from './launch-params';
import { resolveLrsAccess } from './resolve-access';

const ACTOR = { account: { homePage: 'https://program.example', name: 'learner-7' } };
const query = (extra: Record<string, string> = {}) =>
  `?${new URLSearchParams({ endpoint: 'https://lrs.example/xAPI/', auth: 'Basic bGVhcm5lcjpsYXVuY2g=', actor: JSON.stringify(ACTOR), registration: 'c0000000-0000-4000-8000-00000000000a', ...extra })}`;

function fakeWindow(search: string) {
  const replaced: string[] = [];
  return {
    replaced,
    win: {
      location: { search, pathname: '/app/', hash: '#/play/x' } as Location,
      history: { state: null, replaceState: (_s: unknown, _t: string, url: string) => void replaced.push(url) } as unknown as History,
      sessionStorage,
    },
  };
}

afterEach(() => sessionStorage.clear());

describe('xAPI launch parameters', () => {
  it('reads a Tin Can launch, including the 0.95 list form of the actor', () => {
    expect(parseLaunch(query())).toMatchObject({
      endpoint: 'https://lrs.example/xAPI/',
      auth: 'Basic bGVhcm5lcjpsYXVuY2g=',
      actor: { account: ACTOR.account },
    });
    expect(parseLaunchActor({ name: ['Ana'], mbox: ['mailto:ana@uni.example'] })).toEqual({
      objectType: 'Agent',
      name: 'Ana',
      mbox: 'mailto:ana@uni.example',
    });
    expect(parseLaunchActor({ account: [{ accountServiceHomePage: 'https://p.example', accountName: 'x1' }] })).toMatchObject({
      account: { homePage: 'https://p.example', name: 'x1' },
    });
  });

  it('ignores launches that cannot be used', () => {
    expect(parseLaunch(query({ endpoint: 'javascript:alert(1)' }))).toBeNull();
    expect(parseLaunch(query({ actor: '{"mbox":"not-an-address"}' }))).toBeNull();
    expect(parseLaunch(query({ auth: '' }))).toBeNull();
    expect(parseLaunch(query({ registration: 'nope' }))?.registration).toBeUndefined();
  });

  it('keeps the launch in this tab only and takes the token out of the address', () => {
    const { win, replaced } = fakeWindow(`${query()}&lang=en`);
    expect(captureLaunch(win)).toBe(true);
    expect(replaced).toEqual(['/app/?lang=en#/play/x']);
    expect(currentLaunch()?.auth).toBe('Basic bGVhcm5lcjpsYXVuY2g=');
    expect(resolveLrsAccess(null)).toMatchObject({
      kind: 'launch',
      endpoint: 'https://lrs.example/xAPI/',
      homePage: 'https://program.example',
      actor: ACTOR,
    });
    forgetLaunch();
    expect(sessionStorage.getItem(LAUNCH_KEY)).toBeNull();
    expect(resolveLrsAccess(null)).toBeNull();
  });

  it('re-checks what sessionStorage holds', () => {
    sessionStorage.setItem(LAUNCH_KEY, JSON.stringify({ endpoint: 'ftp://x', auth: 'a', actor: ACTOR }));
    expect(currentLaunch()).toBeNull();
    sessionStorage.setItem(LAUNCH_KEY, '{not json');
    expect(currentLaunch()).toBeNull();
  });

  it('leaves an address without a launch alone', () => {
    const { win, replaced } = fakeWindow('?lang=en');
    expect(captureLaunch(win)).toBe(false);
    expect(replaced).toEqual([]);
  });
});
