export const common = {
  fi: {
    welcome:
      'Hei! Olen Silta, Pohteen järjestöyhteistyön apuri. Kerron, kuka on sote-keskuksen järjestöyhdyshenkilö, ja välitän kokemustoimijatilaukset ja järjestötiedotteet. Kirjoita **apua**, niin näet, mitä osaan.',
    helpTitle: 'Näin Silta auttaa',
    helpLevels:
      'Voit kysyä myös tietyn tason yhdyshenkilöä: kunnan järjestöyhdyshenkilö, alueellinen koordinaattori, toimialueen tai pelastuslaitoksen yhdyshenkilö, järjestötyön koordinaattori.',
    empty:
      'Viesti oli tyhjä. Kirjoita kysymys, esimerkiksi ”Kuka on Kempeleen sote-keskuksen järjestöyhdyshenkilö?”, tai **apua**.',
    noWords:
      'Viestissä ei ollut sanoja, joita ymmärtäisin. Kirjoita kysymys tekstinä, esimerkiksi ”yhdyshenkilö Kempeleessä”.',
    tooLong:
      'Viesti on liian pitkä ({length} merkkiä, enintään {max}). Kirjoita lyhyt kysymys, esimerkiksi ”yhdyshenkilö Raahessa”.',
    error:
      'Pahoittelen, jokin meni vikaan. Yritä hetken päästä uudelleen. Jos vika toistuu, kerro ylläpidolle tunniste {correlationId}.',
    unknownAction:
      'Tätä toimintoa en tunnista. Kortti voi olla vanhentunut: kirjoita **apua** nähdäksesi, mitä voin tehdä.',
    clock: 'klo {time}',
    dateAndTime: '{date} klo {time}',
    slowDown:
      'Viestejä tulee nyt nopeammin kuin ehdin käsitellä, joten jätän osan vastaamatta. Odota hetki ja kirjoita sitten uudelleen.',
  },
  sv: {
    welcome:
      'Hej! Jag är Silta, Pohdes hjälpreda för samarbetet med organisationer. Jag berättar vem som är organisationskontaktperson vid social- och hälsocentralen och förmedlar beställningar av erfarenhetsexperter och organisationsmeddelanden. Skriv **hjälp** för att se vad jag kan.',
    helpTitle: 'Så här hjälper Silta',
    helpLevels:
      'Du kan också fråga per nivå: kommunens kontaktperson, regional koordinator, verksamhetsområdets eller räddningsverkets kontaktperson, koordinatorn för organisationsarbetet.',
    empty:
      'Meddelandet var tomt. Skriv en fråga, till exempel ”Vem är kontaktperson i Brahestad?”, eller **hjälp**.',
    noWords:
      'Meddelandet innehöll inga ord som jag förstår. Skriv frågan som text, till exempel ”kontaktperson i Brahestad”.',
    tooLong:
      'Meddelandet är för långt ({length} tecken, högst {max}). Skriv en kort fråga, till exempel ”kontaktperson i Brahestad”.',
    error:
      'Tyvärr gick något fel. Försök igen om en stund. Om felet upprepas, ge administratören koden {correlationId}.',
    unknownAction:
      'Den här åtgärden känner jag inte igen. Kortet kan vara föråldrat: skriv **hjälp** för att se vad jag kan göra.',
    clock: 'kl. {time}',
    dateAndTime: '{date} kl. {time}',
    slowDown:
      'Det kommer fler meddelanden än jag hinner behandla, så en del blir obesvarade. Vänta en stund och skriv sedan igen.',
  },
  en: {
    welcome:
      "Hi! I'm Silta, Pohde's helper for NGO cooperation. I tell you who the NGO liaison of a health and social services centre is, and I pass on experience-expert orders and NGO notices. Type **help** to see what I can do.",
    helpTitle: 'How Silta helps',
    helpLevels:
      'You can also ask by level: municipal liaison, regional coordinator, service-area or rescue-services liaison, county NGO coordinator.',
    empty:
      'The message was empty. Ask a question such as "Who is the NGO liaison for Raahe?", or type **help**.',
    noWords:
      'The message had no words I could read. Please write your question as text, such as "liaison in Kempele".',
    tooLong:
      'The message is too long ({length} characters, at most {max}). Ask a short question such as "liaison in Raahe".',
    error:
      'Sorry, something went wrong. Please try again in a moment. If it keeps happening, give the administrators the code {correlationId}.',
    unknownAction:
      'I do not recognise this action. The card may be out of date: type **help** to see what I can do.',
    clock: '{time}',
    dateAndTime: '{date}, {time}',
    slowDown:
      'Messages are arriving faster than I can handle, so I am leaving some unanswered. Please wait a moment and then write again.',
  },
};
