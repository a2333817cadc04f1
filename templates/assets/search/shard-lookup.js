/*
 * Where a term lives. The build cuts lunr's sorted vocabulary into shards and the manifest lists the first term of
 * each (sorted as lunr sorts: by UTF-16 code units, which is what < does on strings). A term can only be in the last
 * shard that starts at or before it; the terms with a given prefix lie in consecutive shards.
 */

/** The shard that would hold `term`, or -1 when it sorts before every shard (then it is not in the index). */
export function shardOf(firstTerms, term) {
  let low = 0;
  let high = firstTerms.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (firstTerms[middle] <= term) {
      found = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}

/** The shards (as [first, last], inclusive; empty when first > last) that can hold terms starting with `prefix`. */
export function shardsWithPrefix(firstTerms, prefix) {
  // The shard starting at or before the prefix, then every shard whose first term has the prefix.
  const first = shardOf(firstTerms, prefix);
  let last = first;
  while (last + 1 < firstTerms.length && firstTerms[last + 1].startsWith(prefix)) last++;
  return [Math.max(first, 0), last];
}
