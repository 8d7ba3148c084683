/**
 * The parts of the xAPI 1.0.3 data model Common Ground writes and reads
 * (https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md). Our own
 * types, so the app does not carry a client library (and its HTTP stack) for
 * a handful of interfaces.
 */

/** Text by RFC 5646 language code, e.g. { en: 'Ana' }. */
export type LanguageMap = Record<string, string>;
export type Extensions = Record<string, unknown>;

export interface Account {
  homePage: string;
  name: string;
}

/** An Agent identified by exactly one of mbox, mbox_sha1sum, openid or account. */
export interface Agent {
  objectType?: 'Agent';
  name?: string;
  mbox?: string;
  mbox_sha1sum?: string;
  openid?: string;
  account?: Account;
}

export interface InteractionComponent {
  id: string;
  description?: LanguageMap;
}

export interface ActivityDefinition {
  type?: string;
  name?: LanguageMap;
  description?: LanguageMap;
  interactionType?:
    | 'choice'
    | 'true-false'
    | 'fill-in'
    | 'long-fill-in'
    | 'matching'
    | 'performance'
    | 'sequencing'
    | 'likert'
    | 'numeric'
    | 'other';
  choices?: InteractionComponent[];
  correctResponsesPattern?: string[];
  extensions?: Extensions;
}

export interface Activity {
  objectType?: 'Activity';
  id: string;
  definition?: ActivityDefinition;
}

export interface Verb {
  id: string;
  display?: LanguageMap;
}

export interface Result {
  score?: { scaled?: number; raw?: number; min?: number; max?: number };
  success?: boolean;
  completion?: boolean;
  response?: string;
  duration?: string;
  extensions?: Extensions;
}

export interface Context {
  registration?: string;
  platform?: string;
  language?: string;
  contextActivities?: {
    parent?: Activity[];
    grouping?: Activity[];
    category?: Activity[];
    other?: Activity[];
  };
  extensions?: Extensions;
}

export interface Statement {
  id?: string;
  actor: Agent;
  verb: Verb;
  object: Activity;
  result?: Result;
  context?: Context;
  timestamp?: string;
  stored?: string;
}

/** GET /statements parameters this app uses (xAPI-Communication.md §2.1.3). */
export interface StatementQuery {
  activity?: string;
  related_activities?: boolean;
  registration?: string;
  since?: string;
  until?: string;
  limit?: number;
  ascending?: boolean;
}

/** A page of GET /statements: `more` is a relative IRL for the next page, '' or absent at the end. */
export interface StatementPage {
  statements: Statement[];
  more?: string;
}
