// 「わたしの学校のまわり」 in English: exactly the keys of texts.ja.ts.
import type { SchoolTextKey } from './texts.ja';

export const schoolEn: Readonly<Record<SchoolTextKey, string>> = {
  'school.menuHeading': 'Around my school',
  'school.menuHint':
    'Choose a school: a lesson about the area around it is made from the ward’s data and played.',
  'school.search': 'Find a school by name (Japanese or English)',
  'school.count': '{n} schools',
  'school.none': 'No school called “{query}” is in the ward’s list of shelters.',
  'school.edit': 'Open in Make a lesson (as a draft)',
  'school.editConfirm':
    'Your draft has changes not saved to a file. Replace it with this school’s lesson?',
  'school.title': 'Around {school}',
  'school.summary':
    'Flood records within {m} m in a straight line of {school} (about a 10-minute walk), today’s hazard map, and where to evacuate. Made from the ward’s and the national data.',
  'school.audience': 'Grade 4 social studies / lower-secondary geography (local survey)',
  'school.place.title': 'Where is {school}?',
  'school.place.text':
    'The map is centred on {school} ({address}). In this lesson “around the school” means within {m} m in a straight line (about a 10-minute walk); it is not the school’s catchment area. The colours are the hazard map portal’s predicted flood depth (maximum assumed rainfall). Offline they are not shown and the prediction is unknown.',
  'school.place.area': 'In the ward’s data the school is a shelter for “{area}”.',
  'school.place.question':
    'What colour is the school’s site? Read the predicted depth from the legend. No colour does not mean “safe”.',
  'school.records.title': 'Flood records around the school',
  'school.records.text':
    'There are {n} flood records within {m} m of the school (oldest first): {list}. Check them on the map and the timeline.',
  'school.records.item': '{year} {name}',
  'school.records.none':
    'This data has no flood record within {m} m of the school. No record does not mean that water never came.',
  'school.records.nearest':
    'The nearest record is “{name}” ({year}, about {d} m from the school in a straight line).',
  'school.records.question':
    'In which years are there most records? Find the oldest and the newest.',
  'school.records.questionNone':
    'Why might there be no record here? Compare the places with records and the hazard map’s prediction.',
  'school.largest.title': 'A large flood: {name} ({year})',
  'school.largest.near':
    'Of the records around the school, this is the one with the greatest depth or damage.',
  'school.largest.far':
    'There is no record around the school, so this step shows the nearest one (about {d} m away in a straight line).',
  'school.largest.depth':
    'In “{name}” ({year}) the record gives {depth}. Open the record on the map to see the depth drawn against a person and a house, and its source.',
  'school.largest.damage':
    'The damage recorded for “{name}” ({year}) is {damage} ({scope}). The sources give no depth.',
  'school.largest.noFigure':
    'The sources give neither damage figures nor a depth for “{name}” ({year}).',
  'school.largest.question': 'How deep is that compared with your height or your classroom?',
  'school.largest.questionNoDepth': 'What can we learn from a record whose depth is unknown?',
  'school.photo.title': 'Around the school long ago (aerial photos)',
  'school.photo.text':
    'The left side of the map shows GSI aerial photos from 1945–1950 (online only; where there is no photo it stays grey). Move the divider and compare them with today’s map.',
  'school.photo.question':
    'What was around the school in the old photos? Look for rivers, fields and roads.',
  'school.swale.title': 'Low wetlands in the Meiji era',
  'school.swale.text':
    'The left side of the map shows GSI’s “Meiji-era low wetlands”, made from maps of 1880–1886; positions can be off by up to about 100 m. No colour means it was not a wetland or there is no data (online only).',
  'school.swale.question':
    'Was the school’s area a low wetland in the Meiji era? Compare with the places with flood records.',
  'school.evac.title': 'Where to go in a flood',
  'school.evac.self':
    'In GSI’s data of designated emergency evacuation sites, {school} itself is the designated site for floods.',
  'school.evac.site':
    'The nearest designated evacuation site for floods is {site}, about {d} m from the school in a straight line. The way on foot is longer.',
  'school.evac.notFlood':
    'This data has no site designated for floods nearby. The nearest designated evacuation site is {site} (about {d} m in a straight line), not designated for floods.',
  'school.evac.unknown': 'This data has no designated evacuation site.',
  'school.evac.question':
    'Which way could you walk from the school to {site}? Think of a way that avoids low places and rivers.',
  'school.evac.questionSelf':
    'If water may come in heavy rain, where in the school would be a good place to be?',
  'school.close.title': 'Summing up, and a task at home',
  'school.close.text':
    'In this lesson we looked at the flood records around the school ({n}), the hazard map’s prediction and where to go in a flood. At home, look up your home on this map with your family, read its place sheet, and talk about where you would go in heavy rain.',
  'school.close.question': 'Which places around the school need care in heavy rain? Write why.',
};
