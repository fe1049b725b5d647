'use strict';
// getColorDepth / hasColors decide from an env object exactly as Node does.
const tty = require('tty');
const { getColorDepth, hasColors } = tty.WriteStream.prototype;

const cases = [
  {},
  { TERM: 'dumb' },
  { TERM: 'xterm' },
  { TERM: 'xterm-256color' },
  { TERM: 'xterm-256' },
  { TERM: 'XTERM-256COLOR' },
  { TERM: 'screen' },
  { TERM: 'screen-256color' },
  { TERM: 'linux' },
  { TERM: 'vt100' },
  { TERM: 'vt220' },
  { TERM: 'ansi' },
  { TERM: 'cons25' },
  { TERM: 'con132x25' },
  { TERM: 'rxvt-unicode' },
  { TERM: 'rxvt-unicode-24bit' },
  { TERM: 'mosh' },
  { TERM: 'terminator' },
  { TERM: 'Eterm' },
  { TERM: 'st' },
  { TERM: 'unknown-terminal' },
  { TERM: '' },
  { COLORTERM: 'truecolor' },
  { COLORTERM: '24bit' },
  { COLORTERM: 'yes' },
  { COLORTERM: '' },
  { COLORTERM: 'truecolor', TERM: 'dumb' },
  { COLORTERM: '1', TERM: 'unknown' },
  { TMUX: '/tmp/tmux' },
  { TMUX: '' , TERM: 'xterm' },
  { CI: 'true' },
  { CI: 'true', TERM: 'xterm-256color' },
  { CI: 'true', GITHUB_ACTIONS: 'true' },
  { CI: 'true', GITLAB_CI: '' },
  { CI: 'true', TRAVIS: '1' },
  { CI: 'true', CIRCLECI: '1' },
  { CI: 'true', APPVEYOR: '1' },
  { CI: 'true', BUILDKITE: '1' },
  { CI: 'true', DRONE: '1' },
  { CI: 'true', CI_NAME: 'codeship' },
  { CI: 'true', CI_NAME: 'other' },
  { CI: '', TERM: 'xterm' },
  { GITHUB_ACTIONS: 'true' },
  { TEAMCITY_VERSION: '9.1.0' },
  { TEAMCITY_VERSION: '9.0.1' },
  { TEAMCITY_VERSION: '8.1.0' },
  { TEAMCITY_VERSION: '10.0' },
  { TEAMCITY_VERSION: '2023.05' },
  { TERM_PROGRAM: 'iTerm.app' },
  { TERM_PROGRAM: 'iTerm.app', TERM_PROGRAM_VERSION: '2.9' },
  { TERM_PROGRAM: 'iTerm.app', TERM_PROGRAM_VERSION: '3.4.19' },
  { TERM_PROGRAM: 'HyperTerm' },
  { TERM_PROGRAM: 'MacTerm' },
  { TERM_PROGRAM: 'Apple_Terminal' },
  { TERM_PROGRAM: 'vscode', TERM: 'xterm-256color' },
  { NO_COLOR: '' },
  { NO_COLOR: '1', TERM: 'xterm-256color' },
  { NODE_DISABLE_COLORS: '1', COLORTERM: 'truecolor' },
  { FORCE_COLOR: '' },
  { FORCE_COLOR: '1' },
  { FORCE_COLOR: 'true' },
  { FORCE_COLOR: '2' },
  { FORCE_COLOR: '3' },
  { FORCE_COLOR: '0' },
  { FORCE_COLOR: 'false' },
  { FORCE_COLOR: '4' },
  { FORCE_COLOR: 'yes', TERM: 'xterm-256color' },
  { FORCE_COLOR: 3 },
  { FORCE_COLOR: '0', TERM: 'xterm-256color', COLORTERM: 'truecolor' },
  { FORCE_COLOR: '2', TERM: 'dumb' },
  { TERM: 42 },
];
for (const env of cases) {
  console.log(JSON.stringify(env), getColorDepth(env),
              hasColors(env), hasColors(2, env), hasColors(256, env), hasColors(2 ** 24, env));
}

// Inherited and null-prototype env objects work too.
const inherited = Object.create({ TERM: 'xterm-256color' });
console.log('inherited', getColorDepth(inherited));
const bare = Object.create(null);
bare.COLORTERM = 'truecolor';
console.log('null proto', getColorDepth(bare), hasColors(bare));

// With no env, process.env is read at call time.
for (const k of ['FORCE_COLOR', 'NO_COLOR', 'NODE_DISABLE_COLORS', 'TERM', 'COLORTERM', 'TMUX', 'CI',
  'TEAMCITY_VERSION', 'TERM_PROGRAM', 'TERM_PROGRAM_VERSION']) delete process.env[k];
console.log('process.env bare', getColorDepth(), hasColors(), hasColors(2));
process.env.TERM = 'xterm-256color';
console.log('process.env TERM', getColorDepth(), hasColors(), hasColors(256), hasColors(257));
process.env.FORCE_COLOR = '3';
// (console.log would now color its output: Node's console honors FORCE_COLOR.)
process.stdout.write(`process.env FORCE_COLOR ${getColorDepth()} ${hasColors(2 ** 24)} ${hasColors(2 ** 24 + 1)}\n`);
