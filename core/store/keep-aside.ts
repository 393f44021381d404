import fs from 'node:fs/promises';
import path from 'node:path';
import { killPoint } from './kill-point.js';
import { syncFolder } from './sync-folder.js';

/**
 * Keeps a damaged file as `<name>.damaged-<timestamp>` beside it by a hard link, leaving the file
 * itself in place: a repair replaces it (by an atomic rename) only once the repaired version is
 * written, so a crash during the repair never leaves less than there was. A file already kept
 * (an earlier repair of it was interrupted) is not kept twice. Returns the kept copy's path.
 */
export async function keepAside(filePath: string, now = new Date()): Promise<string> {
  const folder = path.dirname(filePath);
  const name = path.basename(filePath);
  const stat = await fs.stat(filePath, { bigint: true });
  for (const sibling of await fs.readdir(folder)) {
    if (!sibling.startsWith(`${name}.damaged-`)) continue;
    const kept = await fs.stat(path.join(folder, sibling), { bigint: true }).catch(() => null);
    if (kept?.ino === stat.ino && kept.dev === stat.dev) return path.join(folder, sibling);
  }
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  for (let attempt = 0; ; attempt++) {
    const target = `${filePath}.damaged-${stamp}${attempt === 0 ? '' : `-${attempt}`}`;
    try {
      killPoint('keep-aside.link');
      await fs.link(filePath, target);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') continue;
      // File systems without hard links keep a copy instead.
      if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EXDEV' && code !== 'ENOSYS') throw error;
      killPoint('keep-aside.copy');
      await fs.copyFile(filePath, target, fs.constants.COPYFILE_EXCL);
    }
    await syncFolder(folder);
    return target;
  }
}
