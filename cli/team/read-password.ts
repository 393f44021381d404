import { ApiError } from '../../core/api/api-error.js';

/** Asks for a password on the terminal without showing it; refuses when there is no terminal to ask on. */
export async function readPassword(prompt: string): Promise<string> {
  const input = process.stdin;
  if (!input.isTTY) throw new ApiError('INVALID_ARGUMENT', 'no terminal to ask for the password on: set RESEARCH_NOTES_REMOTE_PASSWORD');
  process.stderr.write(prompt);
  input.setRawMode(true);
  input.resume();
  input.setEncoding('utf8');
  try {
    return await new Promise<string>((resolve, reject) => {
      let typed = '';
      const onData = (chunk: string): void => {
        for (const character of chunk) {
          if (character === '\r' || character === '\n') {
            input.off('data', onData);
            resolve(typed);
            return;
          }
          if (character === '\u0003') {
            input.off('data', onData);
            reject(new ApiError('CANCELLED', 'cancelled'));
            return;
          }
          typed = character === '\u007f' ? typed.slice(0, -1) : typed + character;
        }
      };
      input.on('data', onData);
    });
  } finally {
    input.setRawMode(false);
    input.pause();
    process.stderr.write('\n');
  }
}
