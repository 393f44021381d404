// How the long-article bench times a gesture in the page: opening an article, and highlighting a
// passage with the keyboard. Shared by bench/long-article-bench.mjs and experiments run beside it.

/** Median of a list of numbers. */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/**
 * Clicks an article in the library and resolves when its text (and, if any, its highlights) are drawn:
 * `articleMs`; `listMs` is when the Highlights list shows its entries too (it is drawn after the article).
 * Starts from an idle page, so work left over from the previous open is not counted against this one.
 */
export async function timeOpen(page, title, expectedHighlights) {
  return page.evaluate(async ({ title: wanted, expected }) => {
    const button = [...document.querySelectorAll('[aria-label="Library"] button')].find((item) => item.textContent.includes(wanted));
    if (!button) throw new Error(`no library entry ${wanted}`);
    const isArticleDone = () => {
      const heading = document.querySelector('.article-title');
      if (!heading || heading.textContent !== wanted) return false;
      if (!document.querySelector('.ProseMirror p')) return false;
      return expected === 0 || document.querySelectorAll('.ProseMirror [data-highlight-id]').length >= expected;
    };
    // Every entry, or for a long list (drawn in part, as it scrolls) the entries in view and the count of all.
    const isListDone = () => {
      const entries = document.querySelectorAll('[aria-label="Highlights of this article"] > li');
      return entries.length >= expected || Number(entries[0]?.getAttribute('aria-setsize')) >= expected;
    };
    // One more frame: the state is drawn, not only in the DOM.
    const afterFrame = (start) => new Promise((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start), 0)));
    const until = (isDone) => new Promise((resolve) => {
      const poll = () => (isDone() ? resolve() : requestAnimationFrame(poll));
      requestAnimationFrame(poll);
    });
    await new Promise((resolve) => requestIdleCallback(resolve, { timeout: 2000 }));
    const start = performance.now();
    button.click();
    await until(isArticleDone);
    const articleMs = await afterFrame(start);
    await until(isListDone);
    const listMs = await afterFrame(start);
    return { articleMs, listMs };
  }, { title, expected: expectedHighlights });
}

/**
 * Selects the end of a paragraph, waits until the app has the selection (its Highlight button is
 * enabled, as a user would see), presses Ctrl+Shift+H and resolves with the time from the key's
 * event (its timeStamp: queueing before the page runs counts too) to the end of the frame that draws
 * the new highlight. That end is the keydown's Event Timing duration (up to the paint after the key's
 * handlers, as Chrome reports it for INP, in 8 ms steps) when the highlight is in the page by the
 * first frame after the key; a highlight drawn in a later frame counts until the frame after that one.
 * (A timer set from the frame fires only when the page's scheduler lets it, often 100+ ms later on a
 * loaded machine: it measured the scheduler, not the drawing.) Each application is also a
 * performance.measure('apply'), so a trace can be cut to them.
 */
export async function timeApply(page, run) {
  await page.evaluate((index) => {
    const root = document.querySelector('.ProseMirror');
    const paragraphs = root.querySelectorAll('p');
    // Far apart from run to run (997 is prime to the paragraph count), near the end of a paragraph,
    // beyond the bench's own highlights' first words.
    const paragraphIndex = (index * 997 + 101) % paragraphs.length;
    const paragraph = paragraphs[paragraphIndex];
    // As a reader does, the passage is in view when selected.
    paragraph.scrollIntoView({ block: 'center' });
    // The paragraph's last 29 characters but its final one, across text nodes: a suggested claim's
    // underline or a highlight splits the text, and the last node can be a lone full stop.
    const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
    const nodes = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node);
    const length = nodes.reduce((sum, node) => sum + node.data.length, 0);
    const pointAt = (offset) => {
      let rest = offset;
      for (const node of nodes) {
        if (rest <= node.data.length) return [node, rest];
        rest -= node.data.length;
      }
      const last = nodes[nodes.length - 1];
      return [last, last.data.length];
    };
    const range = document.createRange();
    range.setStart(...pointAt(Math.max(0, length - 30)));
    range.setEnd(...pointAt(length - 1));
    const selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
    // The same paragraph, found again should the view have drawn it anew.
    const current = () => (paragraph.isConnected ? paragraph : root.querySelectorAll('p')[paragraphIndex]);
    const spansIn = () => current()?.querySelectorAll('[data-highlight-id]').length ?? 0;
    const before = spansIn();
    const keyEntries = [];
    const observer = new PerformanceObserver((list) => keyEntries.push(...list.getEntries().filter((entry) => entry.name === 'keydown')));
    observer.observe({ type: 'event', durationThreshold: 16 });
    const keyEntry = (start) => new Promise((resolve) => {
      const deadline = performance.now() + 2_000;
      const look = () => {
        const found = keyEntries.find((entry) => Math.abs(entry.startTime - start) < 1);
        // Under 16 ms Chrome reports no entry: the frame time then stands.
        if (found || performance.now() > deadline) {
          observer.disconnect();
          resolve(found ?? null);
        } else setTimeout(look, 20);
      };
      look();
    });
    window.benchApplied = new Promise((resolve, reject) => {
      const onKey = (event) => {
        if (!(event.ctrlKey && event.shiftKey && event.key.toLowerCase() === 'h')) return;
        window.removeEventListener('keydown', onKey, true);
        const start = event.timeStamp;
        const finish = (ms) => {
          performance.measure('apply', { start, end: start + ms });
          resolve(ms);
        };
        let frames = 0;
        const poll = () => {
          frames += 1;
          const seenMs = performance.now() - start;
          if (spansIn() > before) {
            if (frames === 1) void keyEntry(start).then((entry) => finish(Math.max(seenMs, entry?.duration ?? 0)));
            else requestAnimationFrame(() => finish(performance.now() - start));
          } else if (seenMs > 10_000) reject(new Error(`apply run ${index}: no new highlight after 10 s`));
          else requestAnimationFrame(poll);
        };
        requestAnimationFrame(poll);
      };
      // Capture on the window: this listener hears the key before the app's own.
      window.addEventListener('keydown', onKey, true);
    });
  }, run);
  await page.waitForFunction(() => [...document.querySelectorAll('button')].some((item) => item.textContent.trim() === 'Highlight' && !item.disabled), undefined, { polling: 'raf' });
  // The scroll to the passage drawn, as it would be by the time a reader has selected it.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await page.keyboard.press('Control+Shift+H');
  return page.evaluate(() => window.benchApplied);
}

/** Applies `count` highlights back to back from run number `first` on; their times in ms. */
export async function applyMany(page, first, count) {
  const times = [];
  for (let run = first; run < first + count; run += 1) {
    if (process.env.BENCH_DEBUG) console.error('apply run', run);
    // Back to back, as an analyst marking passages does: the next run selects while the library may still be storing the last one.
    times.push(await timeApply(page, run));
  }
  return times;
}

