import assert from 'node:assert/strict';
import { mock, test } from 'node:test';
import { createExcerptView } from '../../templates/assets/search/excerpt-view.js';
import { markText } from '../../templates/assets/search/results-view.js';

// Stand-ins for what the view touches of the page: IntersectionObserver (the test says when a card comes into
// view), elements with a text and a class list, and a height that grows with the text (40 characters a line).
class Observer {
  static all = [];
  constructor(callback) { this.callback = callback; this.watched = new Set(); Observer.all.push(this); }
  observe(card) { this.watched.add(card); }
  unobserve(card) { this.watched.delete(card); }
  disconnect() { this.watched.clear(); }
  show(card) { if (this.watched.has(card)) this.callback([{ target: card, isIntersecting: true }], this); }
}
globalThis.IntersectionObserver = Observer;

function paragraph(text) {
  return {
    textContent: text, classes: new Set(), style: {},
    classList: { add(name) { this.owner.classes.add(name); } },
    getBoundingClientRect() { return { height: Math.ceil(this.textContent.length / 40) * 24 }; },
  };
}

function card(summary, matched) {
  const p = paragraph(summary);
  p.classList.owner = p;
  return {
    item: { isConnected: true },
    p,
    doc: { url: '/a/', summary, matchData: { metadata: Object.fromEntries(matched.map((t) => [t, { body: {} }])) } },
  };
}

function setUp(blocks, { children = 0 } = {}) {
  const fetched = [];
  const articles = { blocksOf: async (url) => { fetched.push(url); return blocks; } };
  const view = createExcerptView({ children: { length: children } }, articles, (w) => w.toLowerCase());
  const isHit = (w) => ['coach', 'ouders'].includes(w.toLowerCase());
  const segments = (text) => markText(text, isHit);
  const draw = (element, text) => { element.textContent = text; };
  return { view, fetched, watch: (c) => view.watch(c.item, c.p, c.doc, segments, draw), observer: Observer.all[Observer.all.length - 1] };
}

const flush = () => new Promise((resolve) => setImmediate(resolve));

test('a card seen for 400 ms gets the sentence with the word its summary lacks, in a box as tall as before', async () => {
  mock.timers.enable({ apis: ['setTimeout'] });
  try {
    const summary = 'Een school begon met een vaste begeleider voor elke leerling die lang thuis zat, en met korte lijnen.';
    const c = card(summary, ['coach']);
    const { fetched, watch, observer } = setUp(['Het ging niet vanzelf.', 'De coach belt elke week. Daarna volgt meer.']);
    watch(c);
    observer.show(c.item);
    mock.timers.tick(399);
    assert.deepEqual(fetched, []);
    mock.timers.tick(1);
    await flush();
    assert.deepEqual(fetched, ['/a/']);
    assert.equal(c.p.textContent, 'De coach belt elke week. Daarna volgt meer.');
    assert.ok(c.p.classes.has('card-excerpt'));
    assert.equal(c.p.style.minHeight, '72px');
  } finally {
    mock.timers.reset();
  }
});

test('an excerpt taller than the summary is shortened until it fits, or the summary stays', async () => {
  mock.timers.enable({ apis: ['setTimeout'] });
  try {
    const long = 'Bij de start van het schooljaar spreken mentor en coach met de leerling en met de ouders over wat er nodig is om weer naar school te komen, en over wie wat doet in de eerste weken.';
    const c = card('Kort.', ['coach']);
    const { watch, observer } = setUp([long]);
    watch(c);
    observer.show(c.item);
    mock.timers.tick(400);
    await flush();
    assert.equal(c.p.textContent, 'Kort.', 'no excerpt fits one line');
    assert.ok(!c.p.classes.has('card-excerpt'));

    const roomy = card('Een samenvatting van twee regels lang, die niets zegt over de begeleiding thuis.', ['coach']);
    const second = setUp([long]);
    second.watch(roomy);
    second.observer.show(roomy.item);
    mock.timers.tick(400);
    await flush();
    assert.ok(roomy.p.classes.has('card-excerpt'));
    assert.ok(roomy.p.getBoundingClientRect().height <= 96, roomy.p.textContent);
    assert.ok(roomy.p.textContent.includes('coach'), roomy.p.textContent);
  } finally {
    mock.timers.reset();
  }
});

test('nothing is fetched for a card replaced within 400 ms, nor for one whose summary shows every matched word', async () => {
  mock.timers.enable({ apis: ['setTimeout'] });
  try {
    const gone = card('Een samenvatting.', ['coach']);
    const shown = card('De coach en de ouders.', ['coach', 'ouders']);
    const { fetched, watch, observer } = setUp(['De coach.']);
    watch(gone);
    watch(shown);
    assert.ok(!observer.watched.has(shown.item));
    observer.show(gone.item);
    gone.item.isConnected = false;
    mock.timers.tick(400);
    await flush();
    assert.deepEqual(fetched, []);
  } finally {
    mock.timers.reset();
  }
});

/** A list of no cards yet, its view watching one card; `first` is that view's observer. */
function listWithOneWatchedCard() {
  const list = { children: { length: 0 } };
  const articles = { blocksOf: async () => [] };
  const c = card('Een samenvatting.', ['coach']);
  createExcerptView(list, articles, (w) => w).watch(c.item, c.p, c.doc, (t) => markText(t, () => false), () => {});
  const first = Observer.all[Observer.all.length - 1];
  return { list, articles, first };
}

test('drawing an empty list anew disconnects the observers of its earlier cards; a next page keeps them', () => {
  const { list, articles, first } = listWithOneWatchedCard();
  list.children.length = 20;
  createExcerptView(list, articles, (w) => w);
  assert.equal(first.watched.size, 1, 'the next page of the same results');
  list.children.length = 0;
  createExcerptView(list, articles, (w) => w);
  assert.equal(first.watched.size, 0, 'a new query');
});

test('a list drawn anew forgets its earlier cards even when the view is made after the new cards are in', () => {
  // results-view.js makes the view once excerpt-view.js has loaded, after the cards of a new query are drawn.
  const { list, articles, first } = listWithOneWatchedCard();
  list.children.length = 20;
  createExcerptView(list, articles, (w) => w, false);
  assert.equal(first.watched.size, 1, 'the next page of the same results');
  createExcerptView(list, articles, (w) => w, true);
  assert.equal(first.watched.size, 0, 'a new query');
});
