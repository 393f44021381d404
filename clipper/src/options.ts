import { CAPTURE_PATHS } from '../../core/model/capture-ports.js';
import { askApp, portsToTry } from './find-app.js';
import { readPairing, writePairing } from './pairing-store.js';

// The clipper's options page: pairing with Research Notes by the code the app shows.

declare const BROWSER_NAME: string;

const form = document.getElementById('pair') as HTMLFormElement;
const codeInput = document.getElementById('code') as HTMLInputElement;
const statusLine = document.getElementById('status') as HTMLParagraphElement;

function say(message: string, ok: boolean): void {
  statusLine.textContent = message;
  statusLine.dataset.ok = String(ok);
}

async function pair(code: string): Promise<void> {
  say('Looking for Research Notes…', true);
  let refusal: string | null = null;
  for (const port of portsToTry((await readPairing())?.port)) {
    const hello = await askApp<{ pairing: boolean }>(port, '/clipper/hello');
    if (hello === null || !hello.ok || !hello.value.pairing) continue;
    const answer = await askApp<{ secret: string }>(port, CAPTURE_PATHS.pair, { body: { code, name: BROWSER_NAME } });
    if (answer?.ok) {
      await writePairing({ port, secret: answer.value.secret });
      say('Paired. The toolbar button (or Alt+Shift+S) now sends the page to Research Notes.', true);
      return;
    }
    refusal = answer?.ok === false ? answer.error.message : refusal;
  }
  say(refusal ?? 'Research Notes is not running, or shows no pairing code: choose "Pair browser clipper" in it first.', false);
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  void pair(codeInput.value.trim());
});

void readPairing().then((pairing) => {
  if (pairing !== null) say(`Paired with Research Notes (port ${pairing.port}). Pair again to send to another library.`, true);
});
