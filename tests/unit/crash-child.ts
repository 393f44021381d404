// The process the crash test kills: saves highlights (and now and then imports an article) in a
// loop, printing one line per save as soon as it has returned, i.e. is acknowledged as on disk.
import { openLibrary } from '../../core/library/library-service.js';
import { importedDocumentForTests } from '../../core/library/imported-document-for-tests.js';

const CLAIM = 'the claim under test';
const [folder, loopsArgument] = process.argv.slice(2);
if (!folder) throw new Error('usage: crash-child LIBRARY [LOOPS]');
const library = await openLibrary(folder, { owner: 'command line' });
const articles = await library.listArticles({});
const ids = articles.map((article) => article.id);
const texts = new Map<string, string>();
process.stdout.write('ready\n');

async function textOf(id: string): Promise<string> {
  let text = texts.get(id);
  if (text === undefined) {
    text = (await library.getArticle({ id })).article.text;
    texts.set(id, text);
  }
  return text;
}

async function loop(worker: number): Promise<never> {
  for (let n = 0; ; n++) {
    if (n % 25 === 24) {
      const summary = await library.addImportedArticle(importedDocumentForTests(`Import ${worker}-${n}`, [`Someone said ${CLAIM}.`]));
      ids.push(summary.id);
      process.stdout.write(`article ${summary.id}\n`);
      continue;
    }
    const id = ids[Math.floor(Math.random() * ids.length)]!;
    const text = await textOf(id);
    const start = text.indexOf(CLAIM);
    const highlight = await library.createHighlight({
      articleId: id,
      target: { quote: { type: 'TextQuoteSelector', exact: CLAIM, prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start, end: start + CLAIM.length } },
      tags: [`tag${Math.floor(Math.random() * 20)}`],
      note: `worker ${worker} save ${n}`,
    });
    process.stdout.write(`ack ${id} ${highlight.id}\n`);
  }
}

await Promise.all(Array.from({ length: Number(loopsArgument ?? 3) }, (_, worker) => loop(worker)));
