import type { InlinedResources, PageResources } from './page-snapshot.js';

/** One resource larger than this stays a link: a capture is of a page, not of a video. */
const MAX_RESOURCE_BYTES = 15 * 1024 * 1024;
/** All inlined resources together. */
const MAX_TOTAL_BYTES = 40 * 1024 * 1024;
const PARALLEL_FETCHES = 6;

/**
 * Fetches what the page loaded (the browser's cache answers most), images as data: URLs and
 * stylesheets as text. A resource that fails or is too large is left out; the snapshot keeps its address.
 */
export async function inlineResources(resources: PageResources): Promise<InlinedResources> {
  const inlined: InlinedResources = { images: {}, styles: {} };
  let total = 0;
  const jobs = [...resources.styles.map((url) => ({ url, kind: 'style' as const })), ...resources.images.map((url) => ({ url, kind: 'image' as const }))];
  const next = async (): Promise<void> => {
    for (let job = jobs.shift(); job !== undefined; job = jobs.shift()) {
      try {
        const response = await fetch(job.url, { credentials: 'include', signal: AbortSignal.timeout(20_000) });
        if (!response.ok) continue;
        const bytes = new Uint8Array(await response.arrayBuffer());
        if (bytes.byteLength > MAX_RESOURCE_BYTES || total + bytes.byteLength > MAX_TOTAL_BYTES) continue;
        total += bytes.byteLength;
        if (job.kind === 'style') inlined.styles[job.url] = new TextDecoder().decode(bytes);
        else inlined.images[job.url] = `data:${(response.headers.get('content-type') ?? 'application/octet-stream').split(';')[0]};base64,${base64(bytes)}`;
      } catch {
        // Offline, blocked or gone: the address stays.
      }
    }
  };
  await Promise.all(Array.from({ length: PARALLEL_FETCHES }, next));
  return inlined;
}

function base64(bytes: Uint8Array): string {
  let binary = '';
  for (let start = 0; start < bytes.length; start += 0x8000) binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  return btoa(binary);
}
