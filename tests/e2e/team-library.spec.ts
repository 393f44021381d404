import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { startTeamServer, type TeamServer } from '../../cli/team/start-team-server.js';
import { openLibrary, type LibraryService } from '../../core/library/library-service.js';
import { syncTeamLibrary, type TeamRemote } from '../../core/team/sync-team-library.js';
import { addTeamMember, createTeamDatabase } from '../../core/team/team-database-setup.js';
import { importedDocumentForTests } from '../../core/library/imported-document-for-tests.js';
import type { Article } from '../../core/model/article.js';
import { AppPage } from './pages/app-page.js';
import { screenshot } from './support/screenshot.js';
import { FIXTURES, makeLibraryFolder, startWebShell, type WebShell } from './support/web-shell.js';
import { freePort } from '../support/free-port.js';

// Ani works in the app (the web shell); Boris's library syncs through core, as the command line's
// sync does; both meet on a real pouchdb-server. Ani joins the team in the Team dialog, the
// highlight they both change apart shows as a conflict with both versions side by side, and the
// version she keeps is what both libraries end with; when Boris deletes it, she restores it from
// the team's deletions. A reader's account (Rita) is offered no changes and filters by analyst.

const SEED = path.join(FIXTURES, 'seed-article.txt');
const TITLE = 'Putin Reportedly Keen To Host Another Armenian-Azeri Summit';
const CLAIM = 'lambasted the CSTO for not providing any military aid';

let shell: WebShell | undefined;
let server: TeamServer | undefined;
let boris: LibraryService | undefined;
const folders: string[] = [];

test.afterEach(async () => {
  await shell?.stop();
  await boris?.close();
  await server?.stop();
  await Promise.all(folders.splice(0).map((folder) => rm(folder, { recursive: true, force: true })));
  shell = server = boris = undefined;
});

/** The embedded team server, started for this test, with one team library: its admin and address. */
async function startTeam(): Promise<{ admin: { username: string; password: string }; remote: TeamRemote }> {
  const data = await mkdtemp(path.join(tmpdir(), 'rn-e2e-team-server-'));
  folders.push(data);
  server = await startTeamServer({ port: await freePort(), dataDir: data });
  const admin = server.createdAdmin!;
  const created = await createTeamDatabase({ serverUrl: server.url, ...admin }, 'osint-team');
  return { admin, remote: { url: created.url, ...admin } };
}

/** The app in the web shell, on a library of its own. */
async function openApp(page: Page): Promise<AppPage> {
  const library = await makeLibraryFolder();
  folders.push(library);
  shell = await startWebShell(library);
  const app = new AppPage(page);
  await page.setViewportSize({ width: 1440, height: 900 });
  await app.goto(shell.url);
  return app;
}

/**
 * Ani names the claim's claimant in the app while Boris's own edit of it waits in his library;
 * then he syncs, and she syncs now: the two changes made apart meet, one conflict. (Were his sent
 * first, her app, which follows the server's changes, could take it before her edit: no conflict.)
 * The dialog stays open.
 */
async function nameClaimantAndSyncNow(page: Page, app: AppPage, dialog: Locator, claimant: string, syncBoris: () => Promise<unknown>): Promise<void> {
  await app.highlightItem('lambasted the CSTO').click();
  await app.claimant.fill(claimant);
  await app.claimant.blur();
  await expect(page.getByText('Saved')).toBeVisible();
  await syncBoris();
  await page.getByRole('button', { name: /^Team…/ }).click();
  await dialog.getByRole('button', { name: 'Sync now' }).click();
  await expect(dialog.getByRole('heading', { name: '1 conflict' })).toBeVisible();
}

/** Fills in the Team dialog's join form (the dialog is open) and joins. */
async function join(dialog: Locator, url: string, username: string, password: string): Promise<void> {
  await dialog.getByLabel('Team library address').fill(url);
  await dialog.getByLabel('User name').fill(username);
  await dialog.getByLabel('Password').fill(password);
  await dialog.getByRole('button', { name: 'Join team library' }).click();
}


test('join a team library in the app, see a highlight changed apart as two versions, keep one on both sides, restore it once another deleted it', async ({ page }) => {
  test.setTimeout(120_000);
  const { admin, remote } = await startTeam();

  const app = await openApp(page);
  await app.importFile(SEED);
  await expect(app.article.getByRole('heading', { name: TITLE })).toBeVisible();
  await app.highlight(CLAIM);
  await app.claimant.fill('Armen Khachatrian');
  await app.claimant.blur();

  // Join: a wrong password is refused in words, and nothing is kept; the right one syncs.
  await page.getByRole('button', { name: /^Team…/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Team library' });
  const shareFiles = dialog.getByLabel("Send this library's originals and archived pages to the team");
  await expect(shareFiles).toBeChecked();
  await screenshot(page, 'team-join');
  await join(dialog, remote.url, admin.username, 'wrong');
  await expect(dialog.getByRole('alert')).toContainText('refused the account');
  await join(dialog, remote.url, admin.username, admin.password);
  await expect(dialog.getByText(`as ${admin.username}`)).toBeVisible();
  await expect(dialog.getByRole('status').filter({ hasText: 'Last synced just now: 3 sent' })).toContainText('Files: 1 sent, 0 received.');
  await expect(dialog.getByRole('heading', { name: 'No conflicts' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(app.highlightItem('lambasted the CSTO').getByText('by admin, just now')).toBeVisible();

  // Boris gets the article and the highlight, and names the claimant his way.
  const borisFolder = await makeLibraryFolder();
  folders.push(borisFolder);
  boris = await openLibrary(borisFolder);
  // The seed's original file travels too, and is kept beside Boris's copy of the article.
  expect(await syncTeamLibrary(boris, remote, 'Boris')).toMatchObject({ applied: 2, filesKept: 1 });
  const [article] = await boris.listArticles({});
  expect((await boris.getArticle({ id: article!.id })).article.originalPath).toMatch(/^originals\//);
  const [highlight] = (await boris.getArticle({ id: article!.id })).highlights;
  expect(highlight).toMatchObject({ claimant: 'Armen Khachatrian' });
  await boris.updateHighlight({ articleId: article!.id, id: highlight!.id, patch: { claimant: 'Armen Khachatrian, MP' } });

  // Ani, meanwhile, names it hers; the syncs meet the two changes: a conflict, both versions kept.
  await nameClaimantAndSyncNow(page, app, dialog, 'A. Khachatrian (Armenian lawmaker)', () => syncTeamLibrary(boris!, remote, 'Boris'));
  const conflict = dialog.getByRole('article', { name: /^Conflict: highlight "lambasted the CSTO/ });
  await expect(conflict.getByRole('region', { name: /^Version by / })).toHaveCount(2);
  const borisVersion = conflict.getByRole('region', { name: 'Version by Boris (admin)' });
  await expect(borisVersion).toContainText('Armen Khachatrian, MP');
  // Hers stays the one her library shows until she chooses.
  await expect(conflict.getByRole('region', { name: /^Version by admin/ })).toContainText('A. Khachatrian (Armenian lawmaker)');
  await expect(conflict.getByRole('region', { name: /^Version by admin/ })).toContainText('shown here');
  await expect(app.highlightItem('lambasted the CSTO').getByText('by admin, just now')).toBeVisible();
  await expect(page.getByRole('button', { name: /^Team… 1 conflict/ })).toBeVisible();
  await screenshot(page, 'team-conflict');
  await dialog.getByRole('button', { name: 'Done' }).click();
  await app.highlightItem('lambasted the CSTO').click();
  await expect(app.claimant).toHaveValue('A. Khachatrian (Armenian lawmaker)');
  // The highlight itself says it has two versions, and that opens them.
  await app.highlightItem('lambasted the CSTO').getByRole('button', { name: '2 versions' }).click();
  await expect(dialog.getByRole('heading', { name: '1 conflict' })).toBeVisible();

  // She keeps Boris's: her library shows it, and so does his after his next sync, with no conflict left.
  await borisVersion.getByRole('button', { name: 'Keep this version' }).click();
  await expect(dialog.getByRole('heading', { name: 'No conflicts' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Done' }).click();
  await app.highlightItem('lambasted the CSTO').click();
  await expect(app.claimant).toHaveValue('Armen Khachatrian, MP');
  // Who chose it is who changed it last.
  await expect(app.highlightItem('lambasted the CSTO').getByText('by admin, just now')).toBeVisible();
  await expect(app.highlightItem('lambasted the CSTO').getByRole('button', { name: '2 versions' })).toHaveCount(0);
  expect(await syncTeamLibrary(boris, remote, 'Boris')).toMatchObject({ conflicts: [] });
  expect((await boris.getArticle({ id: article!.id })).highlights[0]).toMatchObject({ claimant: 'Armen Khachatrian, MP' });

  // Boris deletes it; Ani's library follows, lists it as deleted by him, and she restores it for everyone.
  await boris.deleteHighlight({ articleId: article!.id, id: highlight!.id });
  await syncTeamLibrary(boris, remote, 'Boris');
  await page.getByRole('button', { name: /^Team…/ }).click();
  await dialog.getByRole('button', { name: 'Sync now' }).click();
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(app.highlightItem('lambasted the CSTO')).toHaveCount(0);
  await page.getByText('Deleted in the team (1)').click();
  const deleted = page.getByRole('list', { name: 'Highlights deleted in the team' }).getByRole('listitem');
  await expect(deleted).toContainText('deleted by Boris, just now');
  await deleted.getByRole('button', { name: 'Restore' }).click();
  await expect(app.highlightItem('lambasted the CSTO')).toBeVisible();
  await expect(page.getByText('Deleted in the team (1)')).toHaveCount(0);
  await app.highlightItem('lambasted the CSTO').click();
  await expect(app.claimant).toHaveValue('Armen Khachatrian, MP');
  await expect.poll(async () => {
    await syncTeamLibrary(boris!, remote, 'Boris');
    return (await boris!.getArticle({ id: article!.id })).highlights.map((item) => item.claimant);
  }).toEqual(['Armen Khachatrian, MP']);

  // She chooses to keep her files on this computer from now on: saved at once, still so after a reload.
  await page.getByRole('button', { name: /^Team…/ }).click();
  await shareFiles.uncheck();
  await expect(dialog.getByText('They stay on this computer')).toBeVisible();
  await page.reload();
  await page.getByRole('button', { name: /^Team…/ }).click();
  await expect(shareFiles).not.toBeChecked();
});

function targetIn(article: Article, exact: string) {
  const start = article.text.indexOf(exact);
  const end = start + exact.length;
  return { quote: { type: 'TextQuoteSelector' as const, exact, prefix: article.text.slice(Math.max(0, start - 32), start), suffix: article.text.slice(end, end + 32) }, position: { type: 'TextPositionSelector' as const, start, end } };
}

test('a reader’s account sees the team’s highlights with no changes offered, and filters them by analyst', async ({ page }) => {
  test.setTimeout(120_000);
  const team = await startTeam();
  const admin = { serverUrl: server!.url, ...team.admin };
  const { url } = team.remote;
  await addTeamMember(admin, { name: 'ani', password: 'ani-secret', role: 'editor' });
  await addTeamMember(admin, { name: 'rita', password: 'rita-secret', role: 'reader' });

  // Ani highlights one claim and Boris another, both with Ani's editor account, from their own names.
  const aniFolder = await makeLibraryFolder();
  const borisFolder = await makeLibraryFolder();
  folders.push(aniFolder, borisFolder);
  const asAni = { url, username: 'ani', password: 'ani-secret' };
  const ani = await openLibrary(aniFolder);
  try {
    const added = await ani.addImportedArticle(importedDocumentForTests('CSTO and Armenia', ['Armen Khachatrian said the CSTO gave Armenia no military aid.', 'The secretariat did not answer questions about the accusation.']));
    const article = (await ani.getArticle({ id: added.id })).article;
    await ani.createHighlight({ articleId: article.id, target: targetIn(article, 'the CSTO gave Armenia no military aid') });
    await ani.updateArticleMemo({ articleId: article.id, memo: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Ask the secretariat again on Friday.' }] }] } });
    await syncTeamLibrary(ani, asAni, 'Ani');
  } finally {
    await ani.close();
  }
  boris = await openLibrary(borisFolder);
  await syncTeamLibrary(boris, asAni, 'Boris');
  const [article] = await boris.listArticles({});
  const stored = (await boris.getArticle({ id: article!.id })).article;
  await boris.createHighlight({ articleId: stored.id, target: targetIn(stored, 'did not answer questions') });
  await syncTeamLibrary(boris, asAni, 'Boris');

  // Rita joins with her reader's account.
  const app = await openApp(page);
  await page.getByRole('button', { name: /^Team…/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Team library' });
  await join(dialog, url, 'rita', 'rita-secret');
  await expect(dialog.getByText('Read only.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByRole('button', { name: /^Team… read only/ })).toBeVisible();

  await page.getByRole('list', { name: 'Library' }).getByRole('listitem').filter({ hasText: 'CSTO and Armenia' }).click();
  await expect(app.highlightItem('did not answer questions')).toBeVisible();
  // No changes are offered: no Highlight button, no Delete, no fields to edit.
  await expect(page.getByRole('button', { name: 'Highlight', exact: true })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Delete highlight' })).toHaveCount(0);
  await app.highlightItem('did not answer questions').click();
  await expect(app.claimant).toHaveCount(0);
  await expect(app.highlightItem('did not answer questions').getByText('by Boris, just now')).toBeVisible();
  // The team's memo is there to read, not to edit.
  const memo = page.getByRole('textbox', { name: 'Memo' });
  await expect(memo).toHaveText('Ask the secretariat again on Friday.');
  await expect(memo).toHaveAttribute('contenteditable', 'false');
  await expect(page.getByRole('toolbar', { name: 'Memo formatting' })).toHaveCount(0);
  await screenshot(page, 'team-reader');

  // The filter by analyst: Boris's highlight alone, then everyone's again.
  const filter = page.getByLabel('Analyst');
  await filter.selectOption('Boris');
  await expect(page.getByRole('list', { name: 'Highlights of this article' }).getByRole('listitem')).toHaveCount(1);
  await expect(app.highlightItem('did not answer questions')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Highlights' }).getByText('1 of 2')).toBeVisible();
  await filter.selectOption('');
  await expect(page.getByRole('list', { name: 'Highlights of this article' }).getByRole('listitem')).toHaveCount(2);
});

test('merge two versions of a highlight field by field: his claimant, her grade', async ({ page }) => {
  test.setTimeout(120_000);
  const { admin, remote } = await startTeam();
  const app = await openApp(page);
  await app.importFile(SEED);
  await app.highlight(CLAIM);
  await page.getByRole('button', { name: /^Team…/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Team library' });
  await join(dialog, remote.url, admin.username, admin.password);
  await expect(dialog.getByRole('heading', { name: 'No conflicts' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Done' }).click();

  const borisFolder = await makeLibraryFolder();
  folders.push(borisFolder);
  boris = await openLibrary(borisFolder);
  await syncTeamLibrary(boris, remote, 'Boris');
  const [article] = await boris.listArticles({});
  const [highlight] = (await boris.getArticle({ id: article!.id })).highlights;
  await boris.updateHighlight({ articleId: article!.id, id: highlight!.id, patch: { claimant: 'Armen Khachatrian, MP', grading: { reliability: 'C', credibility: '3' } } });

  await nameClaimantAndSyncNow(page, app, dialog, 'Khachatrian', () => syncTeamLibrary(boris!, remote, 'Boris'));
  await dialog.getByRole('button', { name: 'Merge field by field…' }).click();
  const merge = dialog.getByRole('region', { name: 'Merge field by field' });
  // Her version is picked first everywhere; she takes his claimant and keeps her (empty) grade.
  await merge.getByRole('group', { name: 'Claimant' }).getByLabel(/Armen Khachatrian, MP/).check();
  await expect(merge.getByRole('group', { name: 'Grade' }).getByLabel(/^—/)).toBeChecked();
  await screenshot(page, 'team-merge');
  await merge.getByRole('button', { name: 'Keep merged version' }).click();
  await expect(dialog.getByRole('heading', { name: 'No conflicts' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Done' }).click();
  await app.highlightItem('lambasted the CSTO').click();
  await expect(app.claimant).toHaveValue('Armen Khachatrian, MP');
  await expect.poll(async () => {
    await syncTeamLibrary(boris!, remote, 'Boris');
    const [mine] = (await boris!.getArticle({ id: article!.id })).highlights;
    return { claimant: mine?.claimant, grading: mine?.grading ?? null };
  }).toEqual({ claimant: 'Armen Khachatrian, MP', grading: null });
});
