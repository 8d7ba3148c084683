import { LrsError } from './lrs-error';

/**
 * The address of the next page of statements. xAPI-Communication §2.1.3
 * defines `more` as a relative IRL "excluding scheme, host, and port", so it
 * is resolved against the endpoint like any relative reference, and refused
 * when the result is not on the endpoint's origin: the next request carries
 * the credentials, which must only ever go to the LRS they belong to.
 * (See UPSTREAM-more-link.md for what @xapi/xapi does instead.)
 */
export function resolveMoreLink(endpoint: string, more: string): string {
  const base = new URL(endpoint);
  let next: URL;
  try {
    next = new URL(more, base);
  } catch {
    throw new LrsError(0, 'the next-page link is not an address', 'bad-answer');
  }
  if (next.origin !== base.origin || next.username !== '' || next.password !== '') {
    throw new LrsError(0, 'the next-page link leaves the LRS', 'off-origin');
  }
  return next.href;
}
