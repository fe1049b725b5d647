// ES module namespace objects are sealed and reflect live bindings.
import * as ns from './fixtures/esm.mjs';
console.log(Object.isFrozen(ns), Object.isSealed(ns), Object.prototype.toString.call(ns));
try { ns.x = 1; } catch (e) { console.log(e.name); }
console.log(ns.x, typeof ns.default);
