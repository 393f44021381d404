/** A change of tag names: the new name of a tag, or null to drop it. Tags it does not concern come back unchanged. */
export type TagEdit = (name: string) => string | null;
