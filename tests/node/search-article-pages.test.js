import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createArticlePages } from '../../templates/assets/search/article-pages.js';

const page = (paragraph) => ({ querySelector: () => ({ nodeType: 1, tagName: 'DIV', childNodes: [{ nodeType: 3, nodeValue: paragraph, childNodes: [] }] }) });

test('each article page is fetched once, however often its text is asked for', async () => {
  const fetched = [];
  const pages = createArticlePages({ fetchText: async (url) => { fetched.push(url); return url; }, parseHtml: (html) => page(`tekst van ${html}`) });
  const [a, again, b] = await Promise.all([pages.blocksOf('/a/'), pages.blocksOf('/a/'), pages.blocksOf('/b/')]);
  assert.deepEqual([a, again, b], [['tekst van /a/'], ['tekst van /a/'], ['tekst van /b/']]);
  assert.deepEqual(fetched, ['/a/', '/b/']);
});

test('a page that cannot be fetched gives no text, and is asked for again next time', async () => {
  let attempts = 0;
  const pages = createArticlePages({ fetchText: async () => { attempts++; throw new Error('offline'); }, parseHtml: () => page('') });
  assert.deepEqual(await pages.blocksOf('/a/'), []);
  assert.deepEqual(await pages.blocksOf('/a/'), []);
  assert.equal(attempts, 2);
});
