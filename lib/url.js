'use strict';
// node:url — WHATWG URL (internal/url) and the legacy API (internal/url_legacy).
const {
  URL, URLSearchParams, fileURLToPath, pathToFileURL, urlToHttpOptions, domainToASCII,
  domainToUnicode,
} = require('internal/url');
const legacy = require('internal/url_legacy');

module.exports = {
  Url: legacy.Url,
  parse: legacy.urlParse,
  resolve: legacy.urlResolve,
  resolveObject: legacy.urlResolveObject,
  format: legacy.urlFormat,
  URL,
  URLSearchParams,
  domainToASCII,
  domainToUnicode,
  pathToFileURL,
  fileURLToPath,
  urlToHttpOptions,
};
