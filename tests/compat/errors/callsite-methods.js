'use strict';
// Error.prepareStackTrace receives the error and an array of CallSite objects; what
// they report for this file's own frames (basenames: the path differs by checkout).
const path = require('path');

function sites() {
  const prep = Error.prepareStackTrace;
  Error.prepareStackTrace = (err, stack) => stack;
  const stack = new Error('probe').stack;
  Error.prepareStackTrace = prep;
  return stack;
}

function show(label, cs) {
  console.log(label, [
    path.basename(cs.getFileName()), cs.getLineNumber(), cs.getColumnNumber(),
    cs.getFunctionName(), cs.isEval(), cs.isNative(), cs.isConstructor(),
    cs.isAsync(), cs.isPromiseAll(), cs.getPromiseIndex(), cs.getEvalOrigin(),
    path.basename(cs.getScriptNameOrSourceURL()),
  ].join(' '));
}

function plain() { return sites(); }
const s1 = plain();
console.log('array', Array.isArray(s1), s1.length > 2);
show('sites', s1[0]);
show('plain', s1[1]);
show('caller', s1[2]);
console.log('tag', Object.prototype.toString.call(s1[0]));
console.log('toString', s1[1].toString().replace(__dirname + path.sep, ''));

const obj = { method() { return sites(); } };
show('method', obj.method()[1]);

function outer() { return middle(); }
function middle() {
  return   sites();
}
const s2 = outer();
show('middle', s2[1]);
show('outer', s2[2]);

const arrow = () => sites();
show('arrow', arrow()[1]);

const anon = (function () { return sites(); })();
show('anonymous', anon[1]);
console.log('anonymous name', anon[1].getFunctionName());

function viaNew() { return new Holder().s; }
function Holder() { this.s = sites(); }
show('new', viaNew()[2]);
