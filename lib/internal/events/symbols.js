'use strict';
// Symbols of the events module that other builtins use. kFirstEventParam: an
// events.on() option (readline's line iterator) for iterating the events' first
// arguments rather than arrays of all their arguments, as in Node.
module.exports = {
  kFirstEventParam: Symbol('nodejs.kFirstEventParam'),
};
