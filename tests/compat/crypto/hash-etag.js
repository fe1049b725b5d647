// The etag package's use (express): a base64 sha1 of the body, cut to 27 chars.
const crypto = require('crypto');
function entitytag(entity) {
  if (entity.length === 0) return '"0-2jmj7l5rSw0yVb/vlWAYkK/YBwk"';
  const hash = crypto.createHash('sha1').update(entity, 'utf8').digest('base64').substring(0, 27);
  const len = typeof entity === 'string' ? Buffer.byteLength(entity, 'utf8') : entity.length;
  return '"' + len.toString(16) + '-' + hash + '"';
}
console.log(entitytag(''));
console.log(entitytag('hello world'));
console.log(entitytag('<html><body>\u00e9t\u00e9</body></html>'));
console.log(entitytag(Buffer.from('hello world')));
console.log(entitytag('x'.repeat(100000)));
// The empty-body constant etag hard-codes is sha1('') in base64.
console.log(crypto.createHash('sha1').update('', 'utf8').digest('base64').substring(0, 27));
