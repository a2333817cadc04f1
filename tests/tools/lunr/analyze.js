// Runs lunr's text processing pieces on inputs, for the unit tests to compare against.
// usage: node analyze.js <input.json> <output.json>
// input: {"texts":[...], "tokens":[...], "numbers":[...], "idf":[[documentsWithTerm, documentCount],...]}
// output: {"texts":[{"lower","tokens":[[str,start,length,index]],"pipeline":[...]}], "tokens":[{"trimmed","folded","stopped","stemmed","pipeline"}],
//          "numbers":[JSON text], "idf":[number]}
const fs = require('fs');
const lunr = require('./lunr-nl');
const input = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const pipeline = new lunr.Pipeline();
pipeline.add(lunr.nl.trimmer, lunr.foldDiacritics, lunr.nl.stopWordFilter, lunr.nl.stemmer);
const run = (tokens) => pipeline.run(tokens).map((t) => t.toString());
const output = {
  texts: (input.texts || []).map((text) => {
    const tokens = lunr.tokenizer(text);
    return {
      lower: text.toLowerCase(),
      tokens: tokens.map((t) => [t.str, t.metadata.position[0], t.metadata.position[1], t.metadata.index]),
      pipeline: run(lunr.tokenizer(text)),
      list: run(lunr.tokenizer([text])),
    };
  }),
  tokens: (input.tokens || []).map((token) => {
    const stop = lunr.nl.stopWordFilter(new lunr.Token(token));
    return {
      trimmed: lunr.nl.trimmer(new lunr.Token(token)).toString(),
      folded: lunr.foldDiacritics(new lunr.Token(token)).toString(),
      stopped: stop === undefined,
      stemmed: lunr.nl.stemmer(new lunr.Token(token)).toString(),
      pipeline: pipeline.runString(token),
    };
  }),
  numbers: (input.numbers || []).map((n) => JSON.stringify(n)),
  idf: (input.idf || []).map(([df, n]) => {
    const posting = { _index: 0, body: {} };
    for (let i = 0; i < df; i++) posting.body['d' + i] = {};
    return lunr.idf(posting, n);
  }),
};
fs.writeFileSync(process.argv[3], JSON.stringify(output));
