/** The key under which tag names are compared: names are unique case-insensitively. */
export function tagKey(name: string): string {
  return name.trim().toLocaleLowerCase('und');
}
