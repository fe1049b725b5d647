// The protoJS demo. Grows with the runtime: see examples/ for more.
console.log(`protoJS ${process.versions.protojs} (QuickJS ${process.versions.quickjs}, libuv ${process.versions.uv})`);
setTimeout(() => console.log('timers work'), 1);
