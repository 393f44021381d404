// The process the crash tests kill (tests/crash/run-kill-child.ts starts it, with RN_KILL_AT or
// RN_KILL_TRACE in its environment: core/store/kill-point.ts). It prints one line per operation
// before it starts (`try ...`) and one once it has returned (`ack ...`), so the parent knows what
// was acknowledged and what was in flight when the kill came.
//   import LIBRARY COUNT   imports COUNT articles, then waits to be killed
//   open LIBRARY           opens (repairing what it finds), prints what it sees, closes
//   work LIBRARY SEED      imports, highlights, edits, deletes and changes settings, then closes
import { openLibrary, type LibraryService } from '../../core/library/library-service.js';
import { importedDocumentForTests } from '../../core/library/imported-document-for-tests.js';

/** The passage every highlight of the crash tests marks. */
export const CLAIM = 'the claim under test';

const [command, folder, argument] = process.argv.slice(2);
if (!command || !folder) throw new Error('usage: kill-child import|open|work LIBRARY [N]');

function say(line: string): void {
  process.stdout.write(`${line}\n`);
}

async function importOne(library: LibraryService, title: string, withOriginal: boolean): Promise<string> {
  const document = importedDocumentForTests(title, [`Someone said ${CLAIM}.`, `A second paragraph of ${title}.`]);
  if (withOriginal) document.original = { bytes: new TextEncoder().encode(`${title}\n\nSomeone said ${CLAIM}.`), fileName: `${title}.txt`, mediaType: 'text/plain' };
  say(`try import ${title}`);
  const summary = await library.addImportedArticle(document, { ifDuplicate: 'keep-both' });
  say(`ack import ${summary.id} ${title}`);
  return summary.id;
}

async function highlight(library: LibraryService, articleId: string, note: string): Promise<string> {
  const { article } = await library.getArticle({ id: articleId });
  const start = article.text.indexOf(CLAIM);
  say(`try highlight ${articleId}`);
  const created = await library.createHighlight({
    articleId,
    target: { quote: { type: 'TextQuoteSelector', exact: CLAIM, prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start, end: start + CLAIM.length } },
    tags: [`tag-${note.length % 5}`],
    note,
  });
  say(`ack highlight ${articleId} ${created.id} ${note}`);
  return created.id;
}

/** A small random generator, so a seed repeats a run's choices. */
function random(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

async function work(library: LibraryService, seed: number): Promise<void> {
  const next = random(seed);
  const listed = (await library.listArticles({})).map((article) => article.id);
  const fresh = [await importOne(library, `Work ${seed} a`, true), await importOne(library, `Work ${seed} b`, false)];
  const ids = [...listed, ...fresh];
  const pick = (): string => ids[Math.floor(next() * ids.length)]!;
  const made: [string, string][] = [];
  for (let n = 0; n < 4; n++) {
    const articleId = pick();
    made.push([articleId, await highlight(library, articleId, `saved ${seed}-${n}`)]);
  }
  const [editedArticle, edited] = made[0]!;
  say(`try edit ${editedArticle} ${edited} edited ${seed}`);
  await library.updateHighlight({ articleId: editedArticle, id: edited, patch: { note: `edited ${seed}` } });
  say(`ack edit ${editedArticle} ${edited} edited ${seed}`);
  const [removedArticle, removed] = made[1]!;
  if (removed !== edited) {
    say(`try unhighlight ${removedArticle} ${removed}`);
    await library.deleteHighlight({ articleId: removedArticle, id: removed });
    say(`ack unhighlight ${removedArticle} ${removed}`);
  }
  say(`try setting filter-${seed}`);
  await library.saveFilter({ name: `filter-${seed}`, filter: { tags: [`tag-${seed % 5}`] } });
  say(`ack setting filter-${seed}`);
  // Deleting now and then keeps the library small over hundreds of runs.
  const victims = new Set(listed.length > 8 ? [listed[Math.floor(next() * listed.length)]!, listed[Math.floor(next() * listed.length)]!] : listed.length > 5 ? [listed[0]!] : []);
  for (const victim of victims) {
    say(`try delete ${victim}`);
    await library.deleteArticle({ id: victim });
    say(`ack delete ${victim}`);
  }
}

const library = await openLibrary(folder, { owner: 'command line' });
say('opened');
if (command === 'import') {
  for (let n = 0; n < Number(argument ?? 60); n++) await importOne(library, `Imported ${n + 1}`, n % 2 === 0);
  say('done');
  // Held open with the journal unfolded, as a process that is about to be killed.
  setInterval(() => undefined, 60_000);
} else if (command === 'open') {
  const info = await library.getLibraryInfo({});
  say(`info ${JSON.stringify({ articleCount: info.articleCount, notices: info.notices })}`);
  await library.close();
  say('closed');
} else if (command === 'work') {
  await work(library, Number(argument ?? 1));
  await library.close();
  say('closed');
} else {
  throw new Error(`unknown command ${command}`);
}
