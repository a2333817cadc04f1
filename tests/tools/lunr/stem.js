// Stems every line of a word list with lunr.nl.stemmer; writes one stem per line.
// usage: node stem.js <words.txt> <stems.txt>
const fs = require('fs');
const lunr = require('./lunr-nl');
const words = fs.readFileSync(process.argv[2], 'utf8').split('\n');
const stems = words.map((w) => lunr.nl.stemmer(new lunr.Token(w)).toString());
fs.writeFileSync(process.argv[3], stems.join('\n'));
