/*
 * What a result shows — title, URL, summary, date — for the refs drawn. The build writes it in files of
 * `documentChunk` consecutive refs (documents/N.json, each article as [title, url, summary, iso date, Dutch date]),
 * so a page of results loads a few small files.
 */

/** Resolves to a Map from each of `refs` to {title, url, summary, date, dateLabel}. */
export async function documentsFor(store, manifest, refs) {
  const chunk = manifest.documentChunk;
  const numbers = [...new Set(refs.map((ref) => Math.floor(Number(ref) / chunk)))];
  const files = new Map(await Promise.all(numbers.map(async (n) => [n, await store.documents(n)])));
  const documents = new Map();
  for (const ref of refs) {
    const position = Number(ref);
    const [title, url, summary, date, dateLabel] = files.get(Math.floor(position / chunk))[position % chunk];
    documents.set(ref, { title, url, summary, date, dateLabel });
  }
  return documents;
}

/**
 * documentsFor in two steps, so the first results can be drawn before the rest: asks for the blocks of all `refs` at
 * once, those of the first `count` refs first, and resolves `first` (their data) as soon as those are in, `all` after.
 */
export function documentsInTurn(store, manifest, refs, count) {
  const first = documentsFor(store, manifest, refs.slice(0, count));
  return { first, all: documentsFor(store, manifest, refs) };
}
