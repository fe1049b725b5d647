// process.env converts assigned values to strings, deletes keys, rejects accessors.
process.env.PJS_NUM = 42;
process.env.PJS_BOOL = true;
process.env.PJS_UNDEF = undefined;
console.log(typeof process.env.PJS_NUM, process.env.PJS_NUM, process.env.PJS_BOOL, process.env.PJS_UNDEF);
delete process.env.PJS_NUM;
console.log('PJS_NUM' in process.env, process.env.PJS_NUM, process.env[Symbol('x')]);
try { Object.defineProperty(process.env, 'PJS_X', { get() { return 1; } }); } catch (e) { console.log(e.name, e.code, e.message); }
try { process.env.PJS_S = Symbol('s'); } catch (e) { console.log(e.name, e.message); }
console.log(typeof process.env.PATH, Object.keys(process.env).includes('PJS_BOOL'));
console.log(process.getuid() === require('os').userInfo().uid, typeof process.geteuid(), typeof process.getegid());
