'use strict';
// The root of node:test: where test()/describe()/hooks register (the suite whose
// body is running, else the test whose function is running, else the root), when
// top-level tests start (after the main module, from setImmediate, as in Node),
// failures that happen outside any await (uncaught exceptions, unhandled
// rejections, a test whose promise never settles), the summary and the exit code.

const { Test, Suite } = require('internal/test_runner/test');
const reporter = require('internal/test_runner/reporter');

class Counts {
  constructor() {
    Object.assign(this, { tests: 0, suites: 0, pass: 0, fail: 0, cancelled: 0, skipped: 0, todo: 0 });
  }

  noteStart() {}

  noteEnd(test) {
    if (test.parent === null) return;
    if (test.isSuite) {
      this.suites++;
      // A suite's own failure (a hook, its body) counts; failed children count themselves.
      if (!test.passed && test.failureType !== 'subtestsFailed') this.fail++;
      return;
    }
    this.tests++;
    if (test.skipped) this.skipped++;
    else if (test.todo) this.todo++;
    else if (test.cancelled) this.cancelled++;
    else if (test.passed) this.pass++;
    else this.fail++;
  }
}

function normalizeArgs(name, options, fn) {
  if (typeof name === 'function') {
    fn = name;
    name = fn.name || '<anonymous>';
    options = {};
  } else if (typeof options === 'function') {
    fn = options;
    options = {};
  }
  if (name === undefined) name = (fn && fn.name) || '<anonymous>';
  if (options === null || typeof options !== 'object') options = {};
  if (typeof fn !== 'function') fn = () => {};
  return { name: String(name), options, fn };
}

class Harness {
  constructor() {
    this.counts = new Counts();
    this.root = new Test(this, null, '<root>', {}, null);
    this.building = null;
    this.running = null;
    this.started = false;
    this.pending = 0;
    this.summaryPrinted = false;
    this.startTime = 0;
  }

  withBuildingSuite(suite, fn) {
    const previous = this.building;
    this.building = suite;
    try {
      return fn();
    } finally {
      this.building = previous;
    }
  }

  async runFunction(test, fn) {
    const previous = this.running;
    this.running = test;
    const stalled = new Promise((resolve, reject) => { test.stall = reject; });
    try {
      await Promise.race([fn(), stalled]);
    } finally {
      test.stall = undefined;
      this.running = previous;
    }
  }

  create(kind, args) {
    const { name, options, fn } = normalizeArgs(...args);
    const parent = this.building || this.running || this.root;
    const Kind = kind === 'suite' ? Suite : Test;
    const test = new Kind(this, parent, name, options, fn);
    if (parent === this.building) {
      parent.children.push(test);
      return test.completion;
    }
    if (parent !== this.root) return parent.enqueue(test);
    return this.enqueueRoot(test);
  }

  addSubtest(parent, ...args) {
    const { name, options, fn } = normalizeArgs(...args);
    return parent.enqueue(new Test(this, parent, name, options, fn));
  }

  addHook(kind, fn, options) {
    const owner = this.building || this.running || this.root;
    owner.addHook(kind, fn, options);
  }

  enqueueRoot(test) {
    if (!this.started) this.start();
    this.pending++;
    this.root.enqueue(test);
    test.completion.then(() => {
      this.pending--;
      if (this.pending === 0) setImmediate(() => this.maybeFinish());
    });
    return test.completion;
  }

  // Top-level tests wait for the main module to finish, as in Node.
  start() {
    this.started = true;
    this.startTime = Number(process.hrtime.bigint()) / 1e6;
    let release;
    this.root.chain = new Promise((resolve) => { release = resolve; });
    setImmediate(() => {
      reporter.header();
      release();
    });
    process.on('uncaughtException', (err) => this.onAsyncError(err));
    process.on('unhandledRejection', (err) => this.onAsyncError(err));
    process.on('beforeExit', () => this.onBeforeExit());
  }

  onAsyncError(err) {
    if (this.running !== null) {
      this.running.fail(err);
      return;
    }
    this.counts.fail++;
    const message = err && err.message !== undefined ? err.message : String(err);
    process.stdout.write(`# Error: ${message}\n`);
  }

  // The loop ran dry while a test's promise is still pending: it can never settle.
  onBeforeExit() {
    const test = this.running;
    if (test !== null && typeof test.stall === 'function') {
      const err = new Error('Promise resolution is still pending but the event loop has already resolved');
      err.failureType = 'cancelledByParent';
      test.stall(err);
      // The tests after it may only need microtasks; one more loop turn lets
      // 'beforeExit' come back if they are stuck too.
      setImmediate(() => {});
      return;
    }
    this.maybeFinish();
  }

  maybeFinish() {
    if (this.pending !== 0 || this.summaryPrinted) return;
    this.summaryPrinted = true;
    const duration = Number(process.hrtime.bigint()) / 1e6 - this.startTime;
    reporter.summary(this.counts, this.root.children.length, duration);
    if (this.counts.fail + this.counts.cancelled > 0) process.exitCode = 1;
  }
}

let harness;
function getHarness() {
  if (harness === undefined) harness = new Harness();
  return harness;
}

module.exports = { getHarness };
