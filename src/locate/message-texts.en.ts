// 現在地 (src/locate/): English, key for key with message-texts.ja.ts.
import type { LocateMessageTextKey } from './message-texts.ja';

export const locateMessagesEn: Readonly<Record<LocateMessageTextKey, string>> = {
  'locate.control': 'Show where I am',
  'locate.here': 'You are here',
  'locate.asking': 'Finding where you are…',
  'locate.inside': 'Showing the answer for where you are.',
  'locate.outside':
    'You are outside Shinagawa City (about {km} km from its boundary). The map shows you and the city.',
  'locate.outsideUnknown':
    'The city boundary could not be loaded, so it is not known whether you are inside Shinagawa City.',
  'locate.accuracy': 'Your position is accurate to about {m} m.',
  'locate.denied':
    'Location is not allowed. Allow it in your browser or device settings, or search for an address, town or station.',
  'locate.unavailable':
    'Your position could not be found (indoors or with a weak signal this can happen). Search for an address, town or station.',
  'locate.timeout':
    'Your position did not come in time. Press again, or search for an address, town or station.',
  'locate.unsupported':
    'This browser cannot give your position. Search for an address, town or station.',
  'locate.inaccurate':
    'Your position is too rough (within about {km} km) to tell which chome you are in, so it is not used. Search for an address, town or station.',
  'locate.inaccurateUnknown':
    'Your position came without its accuracy, so it is not used. Search for an address, town or station.',
  'locate.toSearch': 'Go to the search',
};
