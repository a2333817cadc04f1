// Loads the real lunr 2.3.9 with lunr-languages' Dutch support and our registered diacritic folding, as the site's
// search page does. lunr.kennisbank is the plugin that builds an index the way `kennisbank build` does:
// this.use(lunr.nl); this.use(lunr.kennisbank).
const lunr = require('lunr');
require('lunr-languages/lunr.stemmer.support')(lunr);
require('lunr-languages/lunr.nl')(lunr);
const diacritics = require('../../../templates/assets/search/diacritics.js');
lunr.foldDiacritics = diacritics.registerDiacriticFolding(lunr);
lunr.kennisbank = diacritics.foldingPlugin(lunr);
module.exports = lunr;
