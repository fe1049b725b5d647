// node:test runs before/beforeEach/afterEach/after hooks around each test, outer
// hooks first on the way in and last on the way out.
const { describe, it, before, after, beforeEach, afterEach } = require('node:test');
const assert = require('node:assert');

const log = [];

describe('outer', () => {
  before(() => log.push('outer before'));
  beforeEach(() => log.push('outer beforeEach'));
  afterEach(() => log.push('outer afterEach'));
  after(() => {
    log.push('outer after');
    assert.deepStrictEqual(log, [
      'outer before',
      'outer beforeEach', 'test a', 'outer afterEach',
      'inner before',
      'outer beforeEach', 'inner beforeEach', 'test b', 'inner afterEach', 'outer afterEach',
      'outer after',
    ]);
  });

  it('a', () => log.push('test a'));

  describe('inner', () => {
    before(() => log.push('inner before'));
    beforeEach(() => log.push('inner beforeEach'));
    afterEach(() => log.push('inner afterEach'));
    it('b', () => log.push('test b'));
  });
});
