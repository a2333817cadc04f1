// Loads the real lunr 2.3.9 with lunr-languages' Dutch support, as the site's search page does.
const lunr = require('lunr');
require('lunr-languages/lunr.stemmer.support')(lunr);
require('lunr-languages/lunr.nl')(lunr);
module.exports = lunr;
