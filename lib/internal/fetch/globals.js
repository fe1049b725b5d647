'use strict';
// The fetch classes that are globals, for lib/internal/bootstrap/globals.js.

module.exports = {
  Headers: require('internal/fetch/headers').Headers,
  Request: require('internal/fetch/request').Request,
  Response: require('internal/fetch/response').Response,
  FormData: require('internal/fetch/formdata').FormData,
};
