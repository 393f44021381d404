import fs from 'node:fs/promises';
import { killPoint } from './kill-point.js';

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
      killPoint('move-aside.link');
      await fs.link(filePath, target);
      killPoint('move-aside.unlink');
      await fs.rm(filePath);
      killPoint('move-aside.done');
      return target;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') continue;
      if (code === 'EPERM' || code === 'ENOTSUP' || code === 'EXDEV' || code === 'ENOSYS') {
        const taken = await fs.access(target).then(() => true, () => false);
        if (taken) continue;
        killPoint('move-aside.rename');
        await fs.rename(filePath, target);
        killPoint('move-aside.done');
        return target;
      }
      throw error;
    }
  }
}
