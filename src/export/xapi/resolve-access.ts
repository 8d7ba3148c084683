import { accessFromConfig, withSlash, type LrsAccess, type LrsConfig } from './lrs-access';
import { usableLrsConfig } from './lrs-config';
import { currentLaunch, type LaunchParams } from './launch-params';

/** A launch's access: its learner, its token; the program is named by the actor's account, or the LRS's origin. */
export function accessFromLaunch(launch: LaunchParams): LrsAccess {
  return {
    kind: 'launch',
    endpoint: withSlash(launch.endpoint),
    authorization: launch.auth,
    homePage: launch.actor.account?.homePage ?? new URL(launch.endpoint).origin,
    actor: launch.actor,
  };
}

/**
 * Where this tab's statements go: the launch it was opened with, if any
 * (per learner, per launch), otherwise the credential saved in Settings.
 */
export function resolveLrsAccess(saved: LrsConfig | null | undefined, launch: LaunchParams | null = currentLaunch()): LrsAccess | null {
  if (launch) return accessFromLaunch(launch);
  const config = usableLrsConfig(saved);
  return config ? accessFromConfig(config) : null;
}
