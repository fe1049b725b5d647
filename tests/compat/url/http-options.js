// url.urlToHttpOptions and domainToASCII.
const url = require('url');
const o = url.urlToHttpOptions(new URL('https://a:b@[::1]:8443/p?q=1#h'));
console.log(JSON.stringify(o));
console.log(JSON.stringify(url.urlToHttpOptions(new URL('http://x.com/'))));
console.log(url.domainToASCII('EXAMPLE.com'), url.domainToASCII('español.com'), url.domainToASCII('a.b.c'), JSON.stringify(url.domainToASCII('a b')));
