// Joins the term shards of a built site back into one serialized lunr index, as lunr.Index#toJSON() would write
// the full index: the shards must hold exactly that index, nothing more or less.
// usage: node join-shards.mjs <shards folder (with manifest.json)> <output.json>; or joinShards(folder) from a script.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { readShard } from '../../../templates/assets/search/shard-store.js';

/** The serialized lunr index (as lunr.Index#toJSON() gives it) that the shards in `folder` hold. */
export function joinShards(folder) {
  const read = (file) => JSON.parse(fs.readFileSync(path.join(folder, file), 'utf8'));
  const manifest = read('manifest.json');
  const fields = manifest.fields;
  const refOf = (d) => (manifest.refs ? manifest.refs[d] : String(d));

  const vectors = Array.from({ length: manifest.documents * fields.length }, () => []);
  const invertedIndex = [];
  manifest.shards.forEach((_, s) => {
    for (const [term, entry] of readShard(read(`terms/${s}.json`))) {
      const posting = { _index: entry.termIndex };
      entry.fields.forEach(({ documents, scores }, f) => {
        posting[fields[f]] = {};
        documents.forEach((d, i) => {
          posting[fields[f]][refOf(d)] = {};
          vectors[d * fields.length + f].push([entry.termIndex, scores[i]]);
        });
      });
      invertedIndex.push([term, posting]);
    }
  });
  const fieldVectors = vectors.map((pairs, k) => [
    `${fields[k % fields.length]}/${refOf(Math.floor(k / fields.length))}`,
    pairs.sort((a, b) => a[0] - b[0]).flat(),
  ]);
  return { version: manifest.version, fields, fieldVectors, invertedIndex, pipeline: manifest.pipeline };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [folder, outputPath] = process.argv.slice(2);
  fs.writeFileSync(outputPath, JSON.stringify(joinShards(folder)));
}
