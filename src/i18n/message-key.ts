// Every text key of the residents' page: the union of the keys of each feature's group of texts.
// Types only, so naming a key never pulls a dictionary into a chunk (src/i18n/README.md).
import type { DataTextKey } from '../data/texts.ja';
import type { HazardTextKey } from '../hazard/texts.ja';
import type { LocateMessageTextKey } from '../locate/message-texts.ja';
import type { LocateTextKey } from '../locate/texts.ja';
import type { MapTextKey } from '../map/texts.ja';
import type { PackTextKey } from '../pwa/texts.ja';
import type { TimelineTextKey } from '../timeline/texts.ja';
import type { LessonTextKey } from '../tours/editor/texts.ja';
import type { TourTextKey } from '../tours/texts.ja';
import type { WorksheetTextKey } from '../tours/worksheet-texts.ja';
import type { AnswerTextKey } from '../ui/answer-texts.ja';
import type { CreditsTextKey } from '../ui/credits-texts.ja';
import type { EventTextKey } from '../ui/event-texts.ja';
import type { ListTextKey } from '../ui/records-list-texts.ja';
import type { SearchTextKey } from '../ui/search-texts.ja';
import type { PredictionTextKey } from '../ui/prediction-texts.ja';
import type { ShellTextKey } from '../ui/texts.ja';
import type { ThenNowTextKey } from '../then-now/texts.ja';
import type { SheetTextKey } from '../sheet/texts.ja';
import type { SchoolTextKey } from '../tours/school/texts.ja';

export type MessageKey =
  | ShellTextKey
  | MapTextKey
  | PackTextKey
  | DataTextKey
  | HazardTextKey
  | TimelineTextKey
  | LocateTextKey
  | LocateMessageTextKey
  | AnswerTextKey
  | EventTextKey
  | PredictionTextKey
  | ListTextKey
  | CreditsTextKey
  | SearchTextKey
  | ThenNowTextKey
  | TourTextKey
  | LessonTextKey
  | WorksheetTextKey
  | SheetTextKey
  | SchoolTextKey;
