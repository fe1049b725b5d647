'use strict';
const { inspect } = require('util');
const show = (v) => console.log(JSON.stringify(inspect(v, { colors: true })));
show(1); show('s'); show(null); show(undefined); show(true); show(5n); show(Symbol('q'));
show(new Date(0)); show(/r/); show([1, 'a']); show({ k: null }); show(function f() {});
show(new Map([[1, 'v']])); show(Promise.resolve(2)); show([, 1]); show(new Number(4));
show({ [Symbol('s')]: 1 });
