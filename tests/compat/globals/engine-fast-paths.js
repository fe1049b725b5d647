'use strict';
// The interpreter's fast paths for property reads and writes, `x.length` and `===`
// (QuickJS patches in scripts/patches/) must answer as the generic paths do: this
// walks the cases each one takes and each one leaves to the generic path.
const out = [];
const log = (...a) => out.push(a.map((v) => (typeof v === 'symbol' ? v.toString() : String(v))).join(' '));

// Reads: own, inherited, shadowed, getters (own and inherited), missing, proxies.
const base = { inherited: 'from proto', get getter() { return `getter sees ${this.tag}`; } };
const obj = Object.create(base);
obj.tag = 'obj';
obj.own = 1;
log('own', obj.own, 'inherited', obj.inherited, 'getter', obj.getter, 'missing', obj.missing);
const shadow = Object.create(obj);
shadow.inherited = 'shadowed';
log('shadow', shadow.inherited, shadow.own, shadow.getter);
const nullProto = Object.create(null);
nullProto.a = 'a';
log('null proto', nullProto.a, nullProto.b, nullProto.toString);
const proxy = new Proxy({ real: 1 }, { get: (t, k) => (k in t ? t[k] : `trap:${String(k)}`) });
log('proxy', proxy.real, proxy.other);
const behindProxy = Object.create(proxy);
log('behind proxy', behindProxy.other);
const arr = [1, 2, 3];
arr.extra = 'x';
log('array', arr.length, arr.extra, arr.map === Array.prototype.map, arr[5]);
const ta = new Uint8Array(4);
log('typed array', ta.length, ta.byteLength, ta.missing);
log('function', typeof Math.max, (function f(a, b) {}).length, (function f(a, b) {}).name);
log('primitive', (5).toFixed(1), 'str'.length, true.toString());

// Strings: flat, built by concatenation (ropes), and empty.
let rope = '';
for (let i = 0; i < 200; i++) rope += 'ab';
const big = 'x'.repeat(5000) + 'y'.repeat(5000);
log('string length', ''.length, 'héllo'.length, '😀'.length, rope.length, big.length, (big + rope).length);

// Writes: own writable, read-only (strict mode throws), setters, inherited read-only,
// array length, frozen, non-extensible, and a new property.
const w = { a: 1 };
w.a = 2;
w.b = 3;
log('write', w.a, w.b, Object.keys(w));
const ro = Object.defineProperty({}, 'x', { value: 1, writable: false });
try { ro.x = 2; log('read-only no throw'); } catch (e) { log('read-only', e.constructor.name); }
const withSetter = { set s(v) { this.seen = v; } };
withSetter.s = 'via setter';
log('setter', withSetter.seen, Object.keys(withSetter));
const child = Object.create(ro);
try { child.x = 5; log('inherited read-only no throw'); } catch (e) { log('inherited read-only', e.constructor.name); }
const a2 = [1, 2, 3, 4];
a2.length = 2;
log('array length write', a2.length, a2);
const frozen = Object.freeze({ f: 1 });
try { frozen.f = 2; } catch (e) { log('frozen', e.constructor.name, frozen.f); }
const sealed = Object.preventExtensions({ g: 1 });
sealed.g = 2;
try { sealed.h = 1; } catch (e) { log('non-extensible', e.constructor.name, sealed.g, sealed.h); }
const setterProto = Object.create({ set p(v) { log('proto setter got', v); } });
setterProto.p = 7;
log('own p after proto setter', Object.prototype.hasOwnProperty.call(setterProto, 'p'));

// Symbol keys: own, inherited, getter, Symbol.for, writes, missing.
const sym = Symbol('s');
const globalSym = Symbol.for('g');
const sBase = { [sym]: 'base sym', get [globalSym]() { return 'global getter'; } };
const sObj = Object.create(sBase);
log('symbol read', sObj[sym], sObj[globalSym], sObj[Symbol('other')]);
sObj[sym] = 'own sym';
sObj[sym] = 'own sym again';
log('symbol write', sObj[sym], sBase[sym], Object.getOwnPropertySymbols(sObj).length);
const roSym = Object.defineProperty({}, sym, { value: 1, writable: false });
try { roSym[sym] = 2; } catch (e) { log('read-only symbol', e.constructor.name, roSym[sym]); }
const symSetter = { set [sym](v) { this.got = v; } };
symSetter[sym] = 'set';
log('symbol setter', symSetter.got);
const gs = {};
gs[globalSym] = 1;
gs[globalSym] = 2;
log('Symbol.for key', gs[globalSym]);
const symProxy = new Proxy({}, { get: (t, k) => `trap ${String(k)}`, set: (t, k, v) => { log('set trap', String(k), v); return true; } });
log('symbol proxy', symProxy[sym]);
symProxy[sym] = 3;

// Strict equality across tags.
const o1 = {};
const o2 = {};
const s1 = 'ab'.repeat(3);
const s2 = ['aba', 'bab'].join('');
const cases = [
  [o1, o1], [o1, o2], [sym, sym], [sym, Symbol('s')], [globalSym, Symbol.for('g')],
  [undefined, undefined], [null, null], [undefined, null], [true, true], [true, false], [false, 0],
  [s1, s2], [s1, 'ababab'], [rope, rope + ''], ['a', 'b'], ['', ''], ['1', 1],
  [1, 1], [1, 1.0], [0, -0], [NaN, NaN], [1n, 1n], [1n, 1], [o1, null], [undefined, 0], [null, false],
  [big, 'x'.repeat(5000) + 'y'.repeat(5000)], [() => 1, () => 1],
];
log('===', cases.map(([x, y]) => (x === y ? 1 : 0)).join(''));
log('!==', cases.map(([x, y]) => (x !== y ? 1 : 0)).join(''));
console.log(out.join('\n'));
