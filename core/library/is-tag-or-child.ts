import { tagKey } from '../rules/tag-key.js';

/** Whether `name` is the tag `ancestor` or one of its children ("Actors/CSTO" under "Actors"), ignoring case. */
export function isTagOrChild(name: string, ancestor: string): boolean {
  const key = tagKey(name);
  const parent = tagKey(ancestor);
  return key === parent || key.startsWith(`${parent}/`);
}
