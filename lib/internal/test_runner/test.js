'use strict';
// Tests and suites of node:test. A Test runs its function with a TestContext and
// then its subtests in order; a Suite (describe) collects its children while its
// body runs at declaration time and runs them later between its before/after hooks.
// beforeEach/afterEach hooks of every ancestor wrap each test. Results go to the
// reporter as each test ends, so nested output appears in order.

const reporter = require('internal/test_runner/reporter');

const kDefaultTimeout = Infinity;
const now = () => Number(process.hrtime.bigint()) / 1e6;

function reasonOf(value) {
  return typeof value === 'string' ? value : '';
}

// Calls fn(ctx) or fn(ctx, done) and returns a promise for its completion.
function callTestFunction(fn, thisArg, ctx, leaveOpen) {
  if (fn.length >= 2) {
    return new Promise((resolve, reject) => {
      let called = false;
      const done = (err) => {
        if (called) return;
        called = true;
        if (err) reject(err);
        else resolve();
      };
      const ret = Reflect.apply(fn, thisArg, [ctx, done]);
      if (ret && typeof ret.then === 'function') {
        ret.then(undefined, (err) => done(err || new Error('Promise rejected with a falsy value')));
      }
    });
  }
  return Promise.resolve().then(() => Reflect.apply(fn, thisArg, [ctx])).then(() => leaveOpen);
}

function withTimeout(promise, ms) {
  if (ms === Infinity || typeof ms !== 'number') return promise;
  let timer;
  const timeout = new Promise((resolve, reject) => {
    timer = setTimeout(() => {
      const err = new Error(`test timed out after ${ms}ms`);
      err.failureType = 'testTimeoutFailure';
      reject(err);
    }, ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

class TestContext {
  #test;
  constructor(test) { this.#test = test; }
  get name() { return this.#test.name; }
  get fullName() { return this.#test.fullName; }
  get signal() { return this.#test.getSignal(); }
  diagnostic(message) { reporter.diagnostic(this.#test, message); }
  skip(message) { this.#test.markSkipped(message); }
  todo(message) { this.#test.markTodo(message); }
  runOnly() {}
  test(name, options, fn) { return this.#test.harness.addSubtest(this.#test, name, options, fn); }
  before(fn, options) { this.#test.addHook('before', fn, options); }
  after(fn, options) { this.#test.addHook('after', fn, options); }
  beforeEach(fn, options) { this.#test.addHook('beforeEach', fn, options); }
  afterEach(fn, options) { this.#test.addHook('afterEach', fn, options); }
}

class SuiteContext {
  #suite;
  constructor(suite) { this.#suite = suite; }
  get name() { return this.#suite.name; }
  get signal() { return this.#suite.getSignal(); }
}

class Test {
  constructor(harness, parent, name, options, fn) {
    this.harness = harness;
    this.parent = parent;
    this.name = name;
    this.fn = fn;
    this.depth = parent === null ? -1 : parent.depth + 1;
    this.fullName = parent && parent.depth >= 0 ? `${parent.fullName} > ${name}` : name;
    this.isSuite = false;
    this.timeout = options.timeout === undefined ? kDefaultTimeout : options.timeout;
    this.skipped = Boolean(options.skip);
    this.skipReason = reasonOf(options.skip);
    this.todo = Boolean(options.todo);
    this.todoReason = reasonOf(options.todo);
    this.hooks = { before: [], after: [], beforeEach: [], afterEach: [] };
    this.children = [];
    this.childCount = 0;
    this.chain = Promise.resolve();
    this.error = null;
    this.failureType = undefined;
    this.passed = true;
    this.durationMs = 0;
    this.finished = false;
    this.controller = undefined;
    this.completion = new Promise((resolve) => { this.resolveCompletion = resolve; });
  }

  getSignal() {
    if (this.controller === undefined) this.controller = new AbortController();
    return this.controller.signal;
  }

  markSkipped(message) {
    this.skipped = true;
    this.skipReason = reasonOf(message);
  }

  markTodo(message) {
    this.todo = true;
    this.todoReason = reasonOf(message);
  }

  addHook(kind, fn, options) {
    if (typeof fn !== 'function') {
      const { codes } = require('internal/errors');
      throw new codes.ERR_INVALID_ARG_TYPE('fn', 'function', fn);
    }
    this.hooks[kind].push({ fn, timeout: options && options.timeout });
  }

  fail(err, failureType) {
    if (this.error !== null) return;
    this.error = err;
    this.failureType = failureType || (err && err.failureType) || 'testCodeFailure';
    this.passed = false;
  }

  // Queues a subtest to run after the ones before it; returns its completion.
  enqueue(child) {
    this.children.push(child);
    this.chain = this.chain.then(() => child.run());
    return child.completion;
  }

  ancestors() {
    const list = [];
    for (let t = this.parent; t !== null; t = t.parent) list.unshift(t);
    return list;
  }

  async runHooks(kind, owners, ctx) {
    for (const owner of owners) {
      for (const hook of owner.hooks[kind]) {
        await withTimeout(callTestFunction(hook.fn, undefined, ctx), hook.timeout);
      }
    }
  }

  async runBody() {
    const ctx = new TestContext(this);
    const owners = this.ancestors();
    try {
      await this.runHooks('beforeEach', owners, ctx);
    } catch (err) {
      this.fail(err, 'hookFailure');
      return;
    }
    try {
      await this.harness.runFunction(this, () => withTimeout(callTestFunction(this.fn, ctx, ctx), this.timeout));
    } catch (err) {
      this.fail(err);
    }
    await this.chain;
    try {
      await this.runHooks('afterEach', owners.slice().reverse(), ctx);
      await this.runHooks('after', [this], ctx);
    } catch (err) {
      this.fail(err, 'hookFailure');
    }
  }

  async run() {
    this.harness.counts.noteStart(this);
    reporter.testStart(this);
    const start = now();
    if (!this.skipped && !this.cancelled) await this.runBody();
    this.finish(now() - start);
  }

  finish(durationMs) {
    this.durationMs = durationMs;
    this.childCount = this.children.length;
    const failed = this.failedChildren();
    if (failed > 0 && this.passed) {
      this.fail(new Error(`${failed} subtest${failed === 1 ? '' : 's'} failed`), 'subtestsFailed');
    }
    this.finished = true;
    this.harness.counts.noteEnd(this);
    const number = this.parent === null ? 0 : this.parent.nextNumber();
    reporter.testEnd(this, number);
    this.resolveCompletion();
  }

  failedChildren() {
    return this.children.filter((c) => !c.passed && !c.todo).length;
  }

  nextNumber() {
    this.numbered = (this.numbered || 0) + 1;
    return this.numbered;
  }
}

class Suite extends Test {
  constructor(harness, parent, name, options, fn) {
    super(harness, parent, name, options, fn);
    this.isSuite = true;
    this.buildError = null;
    this.buildPromise = Promise.resolve();
    if (typeof fn === 'function' && !this.skipped) this.build(fn);
  }

  // The body runs now so that its it()/describe()/hooks register with this suite.
  build(fn) {
    try {
      const ret = this.harness.withBuildingSuite(this, () => Reflect.apply(fn, new SuiteContext(this), [new SuiteContext(this)]));
      if (ret && typeof ret.then === 'function') {
        this.buildPromise = ret.then(undefined, (err) => { this.buildError = err; });
      }
    } catch (err) {
      this.buildError = err;
    }
  }

  async runBody() {
    await this.buildPromise;
    if (this.buildError !== null) {
      this.fail(this.buildError);
      return;
    }
    const ctx = new SuiteContext(this);
    try {
      await this.runHooks('before', [this], ctx);
    } catch (err) {
      this.fail(err, 'hookFailure');
      for (const child of this.children) child.fail(err, 'hookFailure');
    }
    for (const child of this.children) {
      if (this.error !== null) child.markCancelled(this.error);
      await child.run();
    }
    try {
      await this.runHooks('after', [this], ctx);
    } catch (err) {
      this.fail(err, 'hookFailure');
    }
  }
}

Test.prototype.markCancelled = function markCancelled(err) {
  if (this.error === null) this.fail(err, 'hookFailure');
  this.skipped = false;
  this.cancelled = true;
};

module.exports = { Test, Suite, TestContext };
