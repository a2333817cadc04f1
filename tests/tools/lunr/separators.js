// Prints, for every UTF-16 code unit 0…65535, whether lunr's tokenizer (with the site's lunr.tokenizer.separator)
// splits on it: one character per code unit, "1" for a separator, "0" for a letter, mark or digit.
// usage: node separators.js
const lunr = require('./lunr-nl');
let bits = '';
for (let unit = 0; unit <= 0xffff; unit++) bits += String.fromCharCode(unit).match(lunr.tokenizer.separator) ? '1' : '0';
process.stdout.write(bits);
