// The sources and credits dialog (src/ui/credits-dialog.ts): やさしい日本語, only the texts that need
// rewriting; the others are shown in standard Japanese (credits-texts.ja.ts).
import type { CreditsTextKey } from './credits-texts.ja';

export const creditsEasy: Readonly<Partial<Record<CreditsTextKey, string>>> = {
  'credits.heading': 'データの 出どころ',
};
