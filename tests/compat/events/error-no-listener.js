// emit('error') without a listener throws the error itself, or ERR_UNHANDLED_ERROR.
const EventEmitter = require('events');
const e = new EventEmitter();
try { e.emit('error', new Error('boom')); } catch (err) { console.log('threw', err.message); }
try { e.emit('error', 'a string'); } catch (err) { console.log(err.code, err.message); }
try { e.emit('error'); } catch (err) { console.log(err.code, err.message); }
try { e.emit('error', { message: 'obj' }); } catch (err) { console.log(err.code, err.name); }
e.on('error', (err) => console.log('handled', err.message));
e.emit('error', new Error('now handled'));
