/*
 * The readable text of an article page, for excerpts: the body (`.article-body`) as a list of blocks — paragraphs,
 * list items, headings, table cells, quotes — so a sentence never runs from one block into the next. A list item
 * that holds a nested list gives its own words as one block and each nested item as another.
 */

const BLOCKS = new Set(['P', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TD', 'TH', 'DT', 'DD', 'BLOCKQUOTE', 'FIGCAPTION', 'PRE', 'UL', 'OL', 'TABLE', 'DIV', 'SECTION', 'FIGURE']);
const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** The text blocks under `root` (a DOM element), in document order, white space collapsed, empty ones left out. */
export function textBlocks(root) {
  const blocks = [];
  let current = '';
  const flush = () => {
    const text = current.replace(/\s+/g, ' ').trim();
    if (text) blocks.push(text);
    current = '';
  };
  const walk = (node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === TEXT_NODE) {
        current += child.nodeValue;
      } else if (child.nodeType === ELEMENT_NODE) {
        const block = BLOCKS.has(child.tagName.toUpperCase());
        if (block) flush();
        else if (child.tagName.toUpperCase() === 'BR') current += ' ';
        walk(child);
        if (block) flush();
      }
    }
  };
  walk(root);
  flush();
  return blocks;
}

/** The body blocks of an article page's HTML; empty when the page has no `.article-body`. */
export function articleBlocks(html, parseHtml) {
  const body = parseHtml(html).querySelector('.article-body');
  return body ? textBlocks(body) : [];
}
