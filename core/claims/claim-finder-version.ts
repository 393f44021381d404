/**
 * The version of the claim finder's rules and lexicons. Stored with an article's suggestions;
 * an article whose suggestions carry another version gets them recomputed. Bump it whenever a
 * change of core/claims can change what is found.
 */
export const CLAIM_FINDER_VERSION = 8;
