// Queuing strategies.
const b = new ByteLengthQueuingStrategy({ highWaterMark: 16 });
const c = new CountQueuingStrategy({ highWaterMark: 3 });
console.log(b.highWaterMark, b.size(new Uint8Array(5)), b.size({ byteLength: 7 }));
console.log(c.highWaterMark, c.size('anything'));
try { new CountQueuingStrategy(); } catch (e) { console.log(e.name); }
const rs = new ReadableStream({ start(ctrl) { console.log('desired', ctrl.desiredSize); ctrl.enqueue(new Uint8Array(10)); console.log('desired', ctrl.desiredSize); } }, b);
const rs2 = new ReadableStream({ start(ctrl) { ctrl.enqueue(1); ctrl.enqueue(2); console.log('count desired', ctrl.desiredSize); } }, c);
try { new ReadableStream({}, { highWaterMark: -1 }); } catch (e) { console.log(e.name); }
