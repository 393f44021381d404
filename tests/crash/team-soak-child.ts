// One analyst's app side in the team soak test (tests/unit/team-soak.test.ts), killed at random
// by the parent: opens its library, makes EDITS random edits to its own highlights of the shared
// articles (create, change the note, delete), syncing with the team every few edits, and prints
// `try <op> <articleId:highlightId> <note>` before a change of an existing highlight and
// `ack <op> <articleId:highlightId> <note>` once each edit has returned (it is then on disk), and `synced`
// or `sync-failed <code>` after each sync. The parent cuts the network under it at random too.
//   team-soak-child LIBRARY REMOTE_URL NAME SEED EDITS   (password in RESEARCH_NOTES_REMOTE_PASSWORD)
import { openLibrary } from '../../core/library/library-service.js';
import { syncTeamLibrary } from '../../core/team/sync-team-library.js';
import { seededRandom } from '../support/seeded-random.js';

const [folder, url, name, seedText, editsText] = process.argv.slice(2);
if (!folder || !url || !name || !seedText || !editsText) throw new Error('usage: team-soak-child LIBRARY REMOTE_URL NAME SEED EDITS');

function say(line: string): void {
  process.stdout.write(`${line}\n`);
}

// Anything that escapes a sync is a bug of the app side (the shells would crash on it): shown whole.
process.on('unhandledRejection', (error) => {
  process.stderr.write(`unhandled rejection: ${(error as Error)?.stack ?? String(error)}\n`);
  process.exit(2);
});

const next = seededRandom(Number(seedText));
const remote = { url, username: process.env.RESEARCH_NOTES_REMOTE_USER ?? 'admin', password: process.env.RESEARCH_NOTES_REMOTE_PASSWORD ?? '' };
const library = await openLibrary(folder);

async function sync(): Promise<void> {
  try {
    await syncTeamLibrary(library, remote, name!);
    say('synced');
  } catch (error) {
    say(`sync-failed ${(error as { code?: string }).code ?? 'unknown'}`);
  }
}

await sync();
for (let edit = 0; edit < Number(editsText); edit++) {
  const articles = await library.listArticles({});
  if (articles.length === 0) {
    await sync();
    continue;
  }
  const article = articles[Math.floor(next() * articles.length)]!;
  const { article: full, highlights } = await library.getArticle({ id: article.id });
  const mine = highlights.filter((highlight) => highlight.tags.includes(`by-${name}`));
  const note = `${name}-${seedText}-${edit}`;
  const roll = next();
  if (mine.length === 0 || roll < 0.4) {
    const start = Math.floor(next() * (full.text.length - 20));
    const created = await library.createHighlight({
      articleId: article.id,
      target: { quote: { type: 'TextQuoteSelector', exact: full.text.slice(start, start + 12), prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start, end: start + 12 } },
      tags: [`by-${name}`],
      note,
    });
    say(`ack create ${article.id}:${created.id} ${note}`);
  } else if (roll < 0.85) {
    const target = mine[Math.floor(next() * mine.length)]!;
    say(`try update ${article.id}:${target.id} ${note}`);
    await library.updateHighlight({ articleId: article.id, id: target.id, patch: { note } });
    say(`ack update ${article.id}:${target.id} ${note}`);
  } else {
    const target = mine[Math.floor(next() * mine.length)]!;
    say(`try delete ${article.id}:${target.id} -`);
    await library.deleteHighlight({ articleId: article.id, id: target.id });
    say(`ack delete ${article.id}:${target.id} -`);
  }
  if (next() < 0.1) await sync();
}
await sync();
await library.close();
say('done');
