// url.urlToHttpOptions and domainToASCII.
const url = require('url');
const o = url.urlToHttpOptions(new URL('https://a:b@[::1]:8443/p?q=1#h'));
console.log(JSON.stringify(o));
console.log(JSON.stringify(url.urlToHttpOptions(new URL('http://x.com/'))));
console.log(url.domainToASCII('EXAMPLE.com'), url.domainToASCII('español.com'), url.domainToASCII('a.b.c'), JSON.stringify(url.domainToASCII('a b')));
for (const d of ['xn--espaol-zwa.com', 'español.com', 'EXAMPLE.org', 'xn--fiq228c.jp', 'a.xn--bcher-kva.de', 'xn--zz', 'bad host']) {
  console.log(d, '->', JSON.stringify(url.domainToUnicode(d)), JSON.stringify(url.domainToASCII(d)));
}
console.log(url.format(new URL('http://xn--espaol-zwa.com/p'), { unicode: true }));
