/*
 * The article pages of search results, fetched for their text: the page itself, from the same site, so no file is
 * written for search and the browser has the page in its cache when the reader opens the result. Each page is
 * fetched at most once; a page that cannot be fetched gives no text (the result keeps its summary).
 */

import { articleBlocks } from './article-text.js';

/** `blocksOf(url)` resolves to the body blocks of the article at `url`, or [] when it cannot be had. */
export function createArticlePages({ fetchText, parseHtml }) {
  const pages = new Map();
  return {
    blocksOf(url) {
      if (!pages.has(url)) {
        pages.set(url, fetchText(url).then((html) => articleBlocks(html, parseHtml), () => {
          pages.delete(url);
          return [];
        }));
      }
      return pages.get(url);
    },
  };
}
