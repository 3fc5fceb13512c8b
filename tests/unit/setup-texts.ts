// Every unit test starts with the residents' texts of all three languages registered, as the page
// has them once loadLang is done and the chunk of the view under test has loaded (the answer, the
// event page, the list, the credits, then-and-now, the tour player). The teachers' tools' texts
// are not: a test of the lesson maker or a worksheet registers them by importing the chunk's
// texts.ts, as the chunk does. A text that is not registered fails the test instead of showing
// its key.
import { addTexts, MISSING_TEXT } from '../../src/i18n/i18n';
import { TEXT_GROUPS } from '../../src/i18n/text-groups';

/** The teachers' tools: their tests register their texts as their chunks do. */
const TEACHERS = new Set(['lesson', 'worksheet']);
for (const group of TEXT_GROUPS) if (!TEACHERS.has(group.name)) addTexts(group.texts);

const warn = console.warn.bind(console);
console.warn = (...args: unknown[]): void => {
  if (typeof args[0] === 'string' && args[0].startsWith(MISSING_TEXT)) throw new Error(args[0]);
  warn(...args);
};
