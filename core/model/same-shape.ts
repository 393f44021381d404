type Mutual<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/**
 * True when two object types have the same fields (an optional one too) and each is assignable
 * to the other: a check, written `const check: SameShape<z.infer<typeof schema>, Type> = true`,
 * that a schema and the type it stands for have not drifted apart.
 */
export type SameShape<A, B> = Mutual<keyof A, keyof B> extends true ? Mutual<A, B> : false;
