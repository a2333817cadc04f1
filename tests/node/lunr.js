// The real lunr.js 2.3.9 with lunr.nl, from tests/tools (npm ci there), as the search page has it.
import { createRequire } from 'node:module';

const require = createRequire(new URL('../tools/package.json', import.meta.url));
const lunr = require('lunr');
require('lunr-languages/lunr.stemmer.support')(lunr);
require('lunr-languages/lunr.nl')(lunr);
export default lunr;
