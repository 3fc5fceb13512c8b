// Registers every group of texts in every language at once, for pages that do not load them
// language by language: the data desk (online staff page, shows the residents' texts too) and the
// unit tests (tests/unit/setup-texts.ts).
import { addTexts } from './i18n';
import { TEXT_GROUPS } from './text-groups';

for (const group of TEXT_GROUPS) addTexts(group.texts);
