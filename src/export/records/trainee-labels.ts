/** Someone to be named in a list: a stable key (the profile id) and what they call themselves. */
export interface Nameable {
  key: string;
  name: string;
  programId: string | null;
}

export interface TraineeLabel {
  /** Shown beside the name: the program ID, plus the end of the profile id when that is still ambiguous. */
  detail: string | null;
  /** The name with its detail, e.g. "Sam (PT-7)" or "Trainee (…4f2a)": unique within the list. */
  label: string;
}

const SHORTEST_SUFFIX = 4;
const sameName = (name: string) => name.trim().toLocaleLowerCase();

/** The shortest id ending, at least four characters, that no two of `keys` share. */
function distinctEndings(keys: readonly string[]): Map<string, string> {
  const longest = Math.max(...keys.map((key) => key.length));
  for (let length = SHORTEST_SUFFIX; length < longest; length += 1) {
    const endings = keys.map((key) => key.slice(-length));
    if (new Set(endings).size === keys.length) return new Map(keys.map((key, i) => [key, `…${endings[i]}`]));
  }
  return new Map(keys.map((key) => [key, key]));
}

/**
 * Labels that tell people apart: two trainees may both be "Sam" (or both the
 * first-run "Trainee"), but they are two profiles. A program ID is shown when
 * there is one; where name and program ID still coincide, the end of the
 * profile id is added, like a short commit hash.
 */
export function traineeLabels(people: readonly Nameable[]): Map<string, TraineeLabel> {
  const groups = new Map<string, Nameable[]>();
  for (const person of people) {
    const group = `${sameName(person.name)}\n${person.programId ?? ''}`;
    const members = groups.get(group);
    if (members) members.push(person);
    else groups.set(group, [person]);
  }
  const labels = new Map<string, TraineeLabel>();
  for (const group of groups.values()) {
    const endings = group.length > 1 ? distinctEndings(group.map((person) => person.key)) : null;
    for (const person of group) {
      const parts = [person.programId, endings?.get(person.key)].filter((part): part is string => Boolean(part));
      const detail = parts.length > 0 ? parts.join(', ') : null;
      labels.set(person.key, { detail, label: detail ? `${person.name} (${detail})` : person.name });
    }
  }
  return labels;
}
