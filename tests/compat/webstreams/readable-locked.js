// A locked stream refuses a second reader with Node's ERR_INVALID_STATE.
const rs = new ReadableStream();
const r = rs.getReader();
try { rs.getReader(); } catch (e) { console.log(e.name, e.code, e.message); }
r.releaseLock();
const r2 = rs.getReader();
console.log(r2 instanceof ReadableStreamDefaultReader, rs.locked);
const ws = new WritableStream();
ws.getWriter();
try { ws.getWriter(); } catch (e) { console.log(e.name, e.code, e.message); }
try { new ReadableStreamDefaultReader(rs); } catch (e) { console.log(e.name); }
