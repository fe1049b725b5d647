'use strict';
const { MIMEType, MIMEParams, inspect } = require('util');
const inputs = ['text/html', 'TEXT/HTML; Charset="UTF-8"', ' text/plain ;a=1;b="x y";c=;d;e="q\\"uote";A=dup', 'application/json;charset=utf-8',
  'text/html;a="unterminated', 'text/html;a="trail\\', 'text/html;;;a=1;  b = 2', 'x/y;a="\\\\"', 'a/b;key=é', 'a/b ; k = v ', 'a/b;k="v";k=w',
  '', 'text', 'text/', '/html', 'te xt/html', 'text/ht ml', 'text/html;a=\u0100', 'a/b;\tk=v\t'];
for (const s of inputs) {
  try {
    const m = new MIMEType(s);
    console.log(JSON.stringify(s), '->', m.type, m.subtype, m.essence, String(m), JSON.stringify(m), [...m.params].join('|'));
  } catch (e) { console.log(JSON.stringify(s), e.name, e.code, e.message); }
}
const m = new MIMEType('text/plain;a=1');
m.type = 'Application'; m.subtype = 'JSON';
m.params.set('Key', 'has space'); m.params.set('e', ''); m.params.delete('a');
console.log(String(m), m.params.get('Key'), m.params.get('none'), m.params.has('e'), [...m.params.keys()], [...m.params.values()]);
for (const bad of [() => { m.type = 'a b'; }, () => { m.subtype = ''; }, () => m.params.set('bad name', 'v'), () => m.params.set('k', 'v\n')]) {
  try { bad(); } catch (e) { console.log(e.code, e.message); }
}
console.log(inspect(m), inspect(m.params), typeof MIMEParams);
console.log(inspect(new MIMEParams()), String(new MIMEParams()));
for (const s of ['a/b;x="v"junk;y=1', 'a/b;X=1;x=2', 'a/b;x="a;b";y=2', 'a/b;x=1 ;y=2', ' \t a/b \r\n', 'a/b;=v;k=1', 'a/b;k="";j=1', 'a/b;k=\t"v"', 'A/B;K=V', 'a/b;k=v;', 'a/b;k="\\a\\b"']) {
  try { const m = new MIMEType(s); console.log(JSON.stringify(s), String(m), [...m.params].join('|')); } catch (e) { console.log(JSON.stringify(s), e.message); }
}
