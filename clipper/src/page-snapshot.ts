/** What the page function gives back: the page as the reader saw it, ready to send. */
export interface PageSnapshot {
  url: string;
  title: string;
  html: string;
  selection: { exact: string; prefix: string; suffix: string } | null;
}

/** The resources the page loaded that the snapshot inlines: images, and stylesheets. */
export interface PageResources {
  images: string[];
  styles: string[];
}

/** Fetched resources by address: images as data: URLs, stylesheets as their text. */
export interface InlinedResources {
  images: Record<string, string>;
  styles: Record<string, string>;
}
