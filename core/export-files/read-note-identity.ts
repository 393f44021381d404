/** How much of a note is searched for its front matter id: ours is written within the first lines. */
const FRONT_MATTER_LIMIT = 64 * 1024;
const ID_LINE = /^research_notes_id: "([A-Za-z0-9_-]{1,200})"$/m;

/** The article id in a note's front matter, when Research Notes wrote the note; null for any other file. */
export function readNoteIdentity(content: string): string | null {
  if (!content.startsWith('---\n')) return null;
  const end = content.indexOf('\n---\n', 4);
  const frontMatter = content.slice(0, end === -1 ? FRONT_MATTER_LIMIT : end + 1);
  return ID_LINE.exec(frontMatter)?.[1] ?? null;
}
