// Run in a fresh process by the benchmark: opens a library until the list of titles is ready,
// prints one JSON line (time since this process started, peak memory), and closes it.
import { openLibrary } from '../core/library/library-service.js';

const folder = process.argv[2];
if (!folder) throw new Error('usage: open-child LIBRARY');
const library = await openLibrary(folder, { owner: 'command line' });
const titles = (await library.listArticles({})).map((article) => article.title);
const sinceStartMs = performance.now();
process.stdout.write(`${JSON.stringify({ titles: titles.length, sinceStartMs, peakRssMb: process.resourceUsage().maxRSS / 1024 })}\n`);
await library.close();
