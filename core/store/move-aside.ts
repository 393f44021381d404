import fs from 'node:fs/promises';

/**
 * Renames a damaged file to `<name>.damaged-<timestamp>` beside it and returns the new path. The
 * file is never overwritten or deleted: it may hold what a person needs to recover by hand.
 */
export async function moveAside(filePath: string, now = new Date()): Promise<string> {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  for (let attempt = 0; ; attempt++) {
    const target = `${filePath}.damaged-${stamp}${attempt === 0 ? '' : `-${attempt}`}`;
    try {
      // link + unlink, not rename: rename would silently replace an earlier damaged copy of the same name.
      await fs.link(filePath, target);
      await fs.rm(filePath);
      return target;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') continue;
      if (code === 'EPERM' || code === 'ENOTSUP' || code === 'EXDEV' || code === 'ENOSYS') {
        const taken = await fs.access(target).then(() => true, () => false);
        if (taken) continue;
        await fs.rename(filePath, target);
        return target;
      }
      throw error;
    }
  }
}
