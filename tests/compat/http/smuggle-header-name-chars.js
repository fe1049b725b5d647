'use strict';
// Header names are tokens: separators and non-ASCII bytes are refused.
const { runCases } = require('./fixtures/raw-cases');
const req = (line) => `GET / HTTP/1.1\r\nHost: x\r\n${line}\r\nConnection: close\r\n\r\n`;
runCases([
  { name: 'parentheses', data: req('X(A): 1') },
  { name: 'at sign', data: req('X@A: 1') },
  { name: 'slash', data: req('X/A: 1') },
  { name: 'non-ASCII', data: req('X\xe9: 1') },
  { name: 'empty name', data: req(': 1') },
  { name: 'no colon', data: req('XA') },
  { name: 'token specials are fine', data: req("X!#$%&'*+-.^_`|~: 1") },
]);
