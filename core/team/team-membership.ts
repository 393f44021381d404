import fs from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { ApiError, messageOf } from '../api/api-error.js';
import { writeFileAtomic } from '../store/write-file-atomic.js';
import type { TeamAccount } from './team-password-keeper.js';

const membershipSchema = z.object({ url: z.string().url(), username: z.string().min(1) });

/** `<library>/team/membership.json`: the team library this library joined, and with which account (never the password). */
export function membershipPath(libraryPath: string): string {
  return path.join(libraryPath, 'team', 'membership.json');
}

export async function readMembership(libraryPath: string): Promise<TeamAccount | null> {
  const file = membershipPath(libraryPath);
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new ApiError('LIBRARY_DAMAGED', `The team membership ${file} cannot be read (${messageOf(error)}).`);
  }
  const parsed = membershipSchema.safeParse(JSON.parse(text));
  if (!parsed.success) throw new ApiError('LIBRARY_DAMAGED', `The team membership ${file} is damaged: leave the team and join it again.`);
  return parsed.data;
}

export async function writeMembership(libraryPath: string, account: TeamAccount): Promise<void> {
  await fs.mkdir(path.dirname(membershipPath(libraryPath)), { recursive: true });
  await writeFileAtomic(membershipPath(libraryPath), `${JSON.stringify({ url: account.url, username: account.username }, null, 2)}\n`);
}
