// The list of flood records (src/ui/records-list.ts): やさしい日本語, only the texts that need rewriting;
// the others are shown in standard Japanese (records-list-texts.ja.ts).
import type { ListTextKey } from './records-list-texts.ja';

export const listEasy: Readonly<Partial<Record<ListTextKey, string>>> = {};
