// Loads the real lunr 2.3.9 with lunr-languages' Dutch support, our registered diacritic folding and our word
// separator (lunr.tokenizer.separator: anything not a letter, mark or digit), as the site's search page does. lunr.kennisbank is the plugin that builds an index the way `kennisbank build` does:
// this.use(lunr.nl); this.use(lunr.kennisbank).
const lunr = require('lunr');
require('lunr-languages/lunr.stemmer.support')(lunr);
require('lunr-languages/lunr.nl')(lunr);
const diacritics = require('../../../templates/assets/search/diacritics.js');
lunr.foldDiacritics = diacritics.registerDiacriticFolding(lunr);
lunr.kennisbank = diacritics.foldingPlugin(lunr);
lunr.tokenizer.separator = require('../../../templates/assets/search/query-grammar.js').SEPARATOR;
module.exports = lunr;
