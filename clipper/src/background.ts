import { CAPTURE_PATHS } from '../../core/model/capture-ports.js';
import { collectPageResources } from './collect-page-resources.js';
import { askApp, portsToTry } from './find-app.js';
import { inlineResources } from './inline-resources.js';
import { readPairing, writePairing } from './pairing-store.js';
import { serialisePage } from './serialise-page.js';

// The clipper's service worker: the toolbar button, the shortcut and the context menu send the
// page in the tab to Research Notes on this computer.

declare const BROWSER_NAME: string;
const TOOL = `Research Notes Clipper ${chrome.runtime.getManifest().version} (${BROWSER_NAME})`;

/** How a capture went, for the badge and for whoever asked (the e2e test asks through the worker). */
export interface CaptureResult {
  ok: boolean;
  message: string;
  articleId?: string;
}

async function captureTab(tabId: number): Promise<CaptureResult> {
  const pairing = await readPairing();
  if (pairing === null) {
    await chrome.runtime.openOptionsPage();
    return show(tabId, { ok: false, message: 'Pair the clipper with Research Notes first.' });
  }
  await show(tabId, { ok: true, message: 'Sending to Research Notes…' }, '…');
  try {
    const [resources] = await chrome.scripting.executeScript({ target: { tabId }, func: collectPageResources });
    const inlined = await inlineResources(resources?.result ?? { images: [], styles: [] });
    const [snapshot] = await chrome.scripting.executeScript({ target: { tabId }, func: serialisePage, args: [inlined] });
    const page = snapshot?.result;
    if (!page) return show(tabId, { ok: false, message: 'This page cannot be captured (the browser does not let extensions read it).' });
    const body = { ...page, capturedAt: new Date().toISOString(), tool: TOOL };
    // The app may have moved to another port of the range since pairing (it was restarted beside another).
    for (const port of portsToTry(pairing.port)) {
      const answer = await askApp<{ articleId?: string; message?: string }>(port, CAPTURE_PATHS.capture, { body, secret: pairing.secret, timeoutMs: 120_000 });
      if (answer === null || (!answer.ok && answer.error.code === 'PAIRING_REFUSED')) continue;
      if (!answer.ok) return show(tabId, { ok: false, message: answer.error.message });
      if (port !== pairing.port) await writePairing({ ...pairing, port });
      return show(tabId, { ok: true, message: answer.value.message ?? 'Saved in Research Notes.', ...(answer.value.articleId ? { articleId: answer.value.articleId } : {}) });
    }
    return show(tabId, { ok: false, message: 'Research Notes is not running, or does not know this clipper: start it, or pair the clipper again.' });
  } catch (error) {
    return show(tabId, { ok: false, message: `The page could not be captured: ${error instanceof Error ? error.message : String(error)}` });
  }
}

async function show(tabId: number, result: CaptureResult, badge = result.ok ? '✓' : '!'): Promise<CaptureResult> {
  await chrome.action.setBadgeBackgroundColor({ color: result.ok ? '#1f7a3a' : '#b3261e', tabId });
  await chrome.action.setBadgeText({ text: badge, tabId });
  await chrome.action.setTitle({ title: `Research Notes: ${result.message}`, tabId });
  return result;
}

async function captureActiveTab(): Promise<CaptureResult> {
  const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
  if (tab?.id === undefined) return { ok: false, message: 'No tab to capture.' };
  return captureTab(tab.id);
}

chrome.action.onClicked.addListener((tab) => {
  if (tab.id !== undefined) void captureTab(tab.id);
});
chrome.commands.onCommand.addListener((command, tab) => {
  if (command !== 'capture-page') return;
  if (tab?.id !== undefined) void captureTab(tab.id);
  else void captureActiveTab();
});
chrome.runtime.onInstalled.addListener(() => {
  chrome.contextMenus.create({ id: 'send-selection', title: 'Send selection to Research Notes', contexts: ['selection'] });
});
chrome.contextMenus.onClicked.addListener((info, tab) => {
  if (info.menuItemId === 'send-selection' && tab?.id !== undefined) void captureTab(tab.id);
});

// What the toolbar button does, reachable from the worker's console and from tests.
Object.assign(globalThis, { captureActiveTab, captureTab });
