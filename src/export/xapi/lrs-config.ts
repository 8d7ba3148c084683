import type { LrsConfig } from './lrs-access';

export interface LrsConfigProblems {
  endpoint?: string;
  homePage?: string;
}

function httpUrl(value: string): URL | null {
  try {
    const url = new URL(value.trim());
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : null;
  } catch {
    return null;
  }
}

/** What is wrong with a configuration, per field, in words for the settings form. */
export function checkLrsConfig(config: LrsConfig): LrsConfigProblems {
  const problems: LrsConfigProblems = {};
  if (!httpUrl(config.endpoint)) problems.endpoint = 'Enter the full xAPI endpoint address, starting with https://';
  if (!httpUrl(config.homePage)) {
    problems.homePage = 'Enter your program’s web address (an IRI such as https://your-university.example/physio).';
  }
  return problems;
}

/** The configuration to send with, or null when there is none or it cannot be used. */
export function usableLrsConfig(config: LrsConfig | null | undefined): LrsConfig | null {
  if (!config) return null;
  return Object.keys(checkLrsConfig(config)).length === 0 ? config : null;
}
