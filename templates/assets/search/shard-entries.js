/*
 * A term shard as the build writes it: {"terms": [[term, termIndex, postings of field 0, of field 1, …], …]}, each
 * field's postings flat as [document, score, document, score, …], the document as the difference from the one
 * before (the first from 0) and the score as lunr's rounded score × 1000. lunr rounds with
 * Math.round(score * 1000) / 1000, so n / 1000 is exactly the number lunr holds.
 */

/** Reads the terms of a shard into a Map from term to {termIndex, fields: [{documents, scores}]}. */
export function readShard(shard) {
  const entries = new Map();
  for (const row of shard.terms) {
    const fields = [];
    for (let f = 2; f < row.length; f++) {
      const flat = row[f];
      const documents = new Array(flat.length / 2);
      const scores = new Array(flat.length / 2);
      let document = 0;
      for (let i = 0; i < flat.length; i += 2) {
        document += flat[i];
        documents[i / 2] = document;
        scores[i / 2] = flat[i + 1] / 1000;
      }
      fields.push({ documents, scores });
    }
    entries.set(row[0], { termIndex: row[1], fields });
  }
  return entries;
}
