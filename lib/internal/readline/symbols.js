'use strict';
// Private members of readline's Interface, shared by the files that build it
// (internal/readline/interface, internal/readline/terminal), node:readline (which
// exposes the legacy underscore names) and node:readline/promises.

const names = [
  'AddHistory', 'BeforeEdit', 'Decoder', 'DeleteLeft', 'DeleteLineLeft', 'DeleteLineRight',
  'DeleteRight', 'DeleteWordLeft', 'DeleteWordRight', 'GetDisplayPos', 'HistoryNext',
  'HistoryPrev', 'InsertString', 'KillRing', 'KillRingCursor', 'Line', 'Line_buffer',
  'LineObjectStream', 'MoveCursor', 'NormalWrite', 'OldPrompt', 'OnLine', 'PreviousKey',
  'Prompt', 'PushToKillRing', 'PushToUndoStack', 'Question', 'QuestionCallback',
  'QuestionCancel', 'QuestionReject', 'Redo', 'RedoStack', 'RefreshLine', 'SawKeyPress',
  'SawReturnAt', 'SetRawMode', 'TabComplete', 'TabCompleter', 'TtyWrite', 'Undo', 'UndoStack',
  'WordLeft', 'WordRight', 'WriteToOutput', 'Yank', 'YankPop', 'Yanking',
];

const symbols = {};
for (const name of names) {
  // Node names most of these Symbol('_camelCase'), which shows in inspect output.
  symbols['k' + name] = Symbol('_' + name[0].toLowerCase() + name.slice(1));
}
symbols.kLineObjectStream = Symbol('line object stream');
symbols.kQuestion = Symbol('kQuestion');
symbols.kQuestionCancel = Symbol('kQuestionCancel');

module.exports = symbols;
