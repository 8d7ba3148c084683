import type { Agent } from './xapi-types';

/**
 * Which credential this device holds. A trainee's device holds a
 * per-learner write-only credential a program issues, or none (access then
 * comes with each launch); only staff devices, for the dashboard, hold one
 * that can also read the cohort's statements.
 */
export type StoredCredentialKind = 'learner-write' | 'dashboard-read';
export type CredentialKind = StoredCredentialKind | 'launch';

/** The LRS as saved in Settings (Settings.lrs). Never logged, shown again or exported. */
export interface LrsConfig {
  endpoint: string;
  key: string;
  secret: string;
  homePage: string;
  /** Absent in configurations saved before kinds existed: treated as learner-write. */
  kind?: StoredCredentialKind;
}

/** Everything a call needs: from Settings, or from this launch's parameters. */
export interface LrsAccess {
  kind: CredentialKind;
  /** Ends in '/', so resources resolve under it. */
  endpoint: string;
  /** The Authorization header value, as given (launch) or built from key and secret. */
  authorization: string;
  /** The program's IRI, for the statements' actor account and grouping. */
  homePage: string;
  /** From a launch: the learner the statements must be about. */
  actor?: Agent;
}

export const withSlash = (endpoint: string): string => (endpoint.trim().endsWith('/') ? endpoint.trim() : `${endpoint.trim()}/`);

function basicAuth(key: string, secret: string): string {
  const bytes = new TextEncoder().encode(`${key}:${secret}`);
  return `Basic ${btoa(String.fromCharCode(...bytes))}`;
}

export function accessFromConfig(config: LrsConfig): LrsAccess {
  return {
    kind: config.kind ?? 'learner-write',
    endpoint: withSlash(config.endpoint),
    authorization: basicAuth(config.key, config.secret),
    homePage: config.homePage.trim(),
  };
}

/** Either form: the client and the outbox take what they are given. */
export type LrsTarget = LrsConfig | LrsAccess;

export const toAccess = (target: LrsTarget): LrsAccess => ('authorization' in target ? target : accessFromConfig(target));

/** Settings' words for each kind. */
export const CREDENTIAL_KIND_LABEL: Record<CredentialKind, string> = {
  'learner-write': 'write-only for this learner',
  'dashboard-read': 'read credential for the dashboard',
  launch: 'from this launch',
};
