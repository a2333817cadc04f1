import assert from 'node:assert/strict';
import { test } from 'node:test';
import { articleBlocks, textBlocks } from '../../templates/assets/search/article-text.js';

// A small stand-in for DOM nodes: what textBlocks reads (nodeType, tagName, nodeValue, childNodes).
const text = (value) => ({ nodeType: 3, nodeValue: value, childNodes: [] });
const el = (tagName, ...childNodes) => ({ nodeType: 1, tagName, childNodes: childNodes.map((c) => (typeof c === 'string' ? text(c) : c)) });

test('paragraphs, headings, list items and cells are blocks of their own; inline elements are not', () => {
  const body = el('div',
    el('h2', 'Hoe het zat'),
    el('p', 'Een ', el('strong', 'vaste'), ' coach.', el('br'), 'Tweede regel.'),
    el('ul', el('li', 'eerste punt', el('ul', el('li', 'genest'))), el('li', 'tweede ', el('a', 'punt'))),
    el('table', el('tr', el('td', 'cel een'), el('td', 'cel twee'))),
    '\n  ');
  assert.deepEqual(textBlocks(body), ['Hoe het zat', 'Een vaste coach. Tweede regel.', 'eerste punt', 'genest', 'tweede punt', 'cel een', 'cel twee']);
});

test('an article page gives the blocks of its .article-body, a page without one none', () => {
  const page = { querySelector: (selector) => (selector === '.article-body' ? el('div', el('p', 'Tekst.')) : null) };
  assert.deepEqual(articleBlocks('<html>', (html) => { assert.equal(html, '<html>'); return page; }), ['Tekst.']);
  assert.deepEqual(articleBlocks('', () => ({ querySelector: () => null })), []);
});
