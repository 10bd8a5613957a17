/** The directory as a search in any chat (the message extension, docs/directory.md §9). */
export const search = {
  fi: {
    hint: 'Kirjoita paikka tai yksikkö, esimerkiksi Kempele tai Tuiran sote-keskus. Kun olet kertonut Siltalle oman yksikkösi (”oma yksikköni on Tuira”), sen yhdyshenkilöt näkyvät tässä heti.',
    tooLong:
      'Haku on liian pitkä ({length} merkkiä). Kirjoita enintään {max} merkkiä, esimerkiksi paikan tai yksikön nimi.',
    notFound:
      'En tunnistanut paikkaa ({unknown}). Kirjoita sote-keskuksen tai kunnan nimi, esimerkiksi Kempele.',
    suggested: 'Tarkoititko tätä?',
    noLiaison: 'Ei omaa yhdyshenkilöä – alueellinen koordinaattori: {names}',
    nobody: 'Ei nimettyä yhdyshenkilöä',
    outsideTitle: '{place} – ei Pohteen alueella',
  },
  sv: {
    hint: 'Skriv en ort eller en enhet, till exempel Kempele eller Tuira social- och hälsocentral. När du har berättat för Silta vilken enhet du hör till (”min enhet är Tuira”) visas dess kontaktpersoner här direkt.',
    tooLong:
      'Sökningen är för lång ({length} tecken). Skriv högst {max} tecken, till exempel namnet på en ort eller enhet.',
    notFound:
      'Jag kände inte igen någon ort ({unknown}). Skriv namnet på social- och hälsocentralen eller kommunen, till exempel Brahestad.',
    suggested: 'Menade du den här?',
    noLiaison: 'Ingen egen kontaktperson – regional koordinator: {names}',
    nobody: 'Ingen utsedd kontaktperson',
    outsideTitle: '{place} – utanför välfärdsområdet',
  },
  en: {
    hint: 'Type a place or a unit, for example Kempele or Tuira health centre. Once you have told Silta your own unit ("my unit is Tuira"), its liaisons show here straight away.',
    tooLong:
      'The search is too long ({length} characters). Type at most {max}, for example the name of a place or unit.',
    notFound:
      'I did not recognise a place ({unknown}). Type the name of the centre or municipality, for example Kempele.',
    suggested: 'Did you mean this?',
    noLiaison: 'No liaison of its own – regional coordinator: {names}',
    nobody: 'Nobody named',
    outsideTitle: '{place} – outside the county',
  },
};
