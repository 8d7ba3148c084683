import type { LrsConfig, StoredCredentialKind } from '../../export/xapi/lrs-access';

/**
 * What the LRS form edits. Key and secret start empty even when saved: a
 * saved credential is never shown again, only replaced (typing a new one)
 * or kept (leaving the fields empty).
 */
export interface LrsDraft {
  endpoint: string;
  key: string;
  secret: string;
  homePage: string;
  kind: StoredCredentialKind;
}

export const draftFrom = (saved: LrsConfig | null): LrsDraft => ({
  endpoint: saved?.endpoint ?? '',
  homePage: saved?.homePage ?? '',
  kind: saved?.kind ?? 'learner-write',
  key: '',
  secret: '',
});

/** The configuration to save or test: empty key and secret keep the saved ones. */
export function configFrom(draft: LrsDraft, saved: LrsConfig | null): LrsConfig {
  const replacing = draft.key !== '' || draft.secret !== '';
  return {
    endpoint: draft.endpoint.trim(),
    key: replacing ? draft.key : (saved?.key ?? ''),
    secret: replacing ? draft.secret : (saved?.secret ?? ''),
    homePage: draft.homePage.trim(),
    kind: draft.kind,
  };
}
