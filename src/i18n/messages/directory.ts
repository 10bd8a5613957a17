export const directory = {
  fi: {
    liaisons: { one: 'Järjestöyhdyshenkilö', other: 'Järjestöyhdyshenkilöt' },
    serviceAreaLiaison:
      'Sairaalan järjestöyhteistyöstä vastaa toimialueen järjestöyhdyshenkilö ({serviceArea}).',
    noCentreLiaison:
      'Yksikölle ei ole nimetty järjestöyhdyshenkilöä. Ota yhteyttä alueelliseen koordinaattoriin.',
    municipal: 'Kunnan järjestöyhdyshenkilö ({municipality})',
    regional: 'Alueellinen koordinaattori ({area})',
    substitute: 'Sijainen (varsinainen yhdyshenkilö: {name})',
    chat: 'Keskustele Teamsissa',
    email: 'Sähköposti',
    phone: 'Puhelin',
    setMyUnit: 'Valitse omaksi yksiköksi',
    myUnitSaved: 'Oma yksikkösi on nyt {unit}. Voit kysyä ”kuka on meidän yhdyshenkilö?”.',
    myUnitIs: 'Oma yksikkösi on {unit}.',
    myUnitNotSet: 'Et ole vielä kertonut omaa yksikköäsi. Kirjoita esimerkiksi ”oma yksikköni on Tuira”.',
    myUnitNotFound:
      'En löytänyt yksikköä ”{text}”. Kirjoita yksikön nimi tai paikkakunta, esimerkiksi ”oma yksikköni on Tuira”.',
    myUnitChoose: 'Useampi yksikkö sopii hakuun ”{text}”. Valitse oma yksikkösi:',
    myUnitPick:
      'Kerro ensin oma yksikkösi, niin näytän sen yhdyshenkilöt. Valitse se tästä tai kirjoita esimerkiksi ”oma yksikköni on Tuira”.',
    myUnitLabel: 'Oma yksikkö',
    myUnitRequired: 'Valitse yksikkö.',
    levelTitle_kunta: 'Kunnan järjestöyhdyshenkilö – {scope}',
    levelTitle_alue: 'Alueellinen koordinaattori – {scope}',
    levelTitle_toimialue: 'Toimialueen järjestöyhdyshenkilö – {scope}',
    'levelTitle_pelastus-palvelualue': 'Pelastuslaitoksen järjestöyhdyshenkilö – {scope}',
    'levelTitle_pelastus-vastuualue': 'Pelastuslaitoksen vastuualueen järjestöyhdyshenkilö – {scope}',
    levelTitle_hyvinvointialue: 'Järjestötyön koordinaattori – Pohde',
    'levelTitle_sote-keskus': 'Sote-keskuksen järjestöyhdyshenkilö – {scope}',
    levelNobody:
      'Tälle tasolle ei ole tällä hetkellä nimetty ketään. Ota yhteyttä järjestötyön koordinaattoriin.',
    choose: 'Löysin useita yksiköitä ({scope}). Valitse yksikkö:',
    chooseScope: 'Sana voi tarkoittaa useampaa toimialuetta. Valitse toimialue:',
    unknownScope: 'Toimialuetta ei löydy rekisteristä. Kysy uudelleen toimialueen nimellä.',
    outside:
      '{place} ei kuulu Pohjois-Pohjanmaan hyvinvointialueeseen. Järjestötyön koordinaattori neuvoo, keneen kannattaa olla yhteydessä.',
    otherCounty:
      'Kysyit toisesta hyvinvointialueesta: {county}. Silta tuntee vain Pohjois-Pohjanmaan hyvinvointialueen järjestöyhdyshenkilöt. Järjestötyön koordinaattorimme neuvoo, keneen siellä kannattaa olla yhteydessä.',
    notFound:
      'En löytänyt paikkaa ”{unknown}”. Kirjoita sote-keskuksen tai kunnan nimi, esimerkiksi ”yhdyshenkilö Kempeleessä”.',
    notFoundNoWords:
      'En löytänyt kysymyksestä paikkaa. Kirjoita sote-keskuksen tai kunnan nimi, esimerkiksi ”yhdyshenkilö Kempeleessä”.',
    suggestions: 'Tarkoititko jotakin näistä?',
    otherUnits: 'Muut yksiköt samassa kunnassa ({municipality}):',
    unknownUnit: 'Yksikköä ei löydy rekisteristä. Se on ehkä poistettu; kysy uudelleen yksikön nimellä.',
  },
  sv: {
    liaisons: { one: 'Organisationskontaktperson', other: 'Organisationskontaktpersoner' },
    serviceAreaLiaison:
      'Sjukhusets organisationssamarbete sköts av verksamhetsområdets kontaktperson ({serviceArea}).',
    noCentreLiaison:
      'Enheten har ingen utsedd organisationskontaktperson. Kontakta områdets regionala koordinator.',
    municipal: 'Kommunens organisationskontaktperson ({municipality})',
    regional: 'Regional koordinator ({area})',
    substitute: 'Vikarie (ordinarie kontaktperson: {name})',
    chat: 'Chatta i Teams',
    email: 'E-post',
    phone: 'Telefon',
    setMyUnit: 'Ange som min enhet',
    myUnitSaved: 'Din enhet är nu {unit}. Du kan fråga ”vem är vår kontaktperson?”.',
    myUnitIs: 'Din enhet är {unit}.',
    myUnitNotSet: 'Du har inte angett din enhet ännu. Skriv till exempel ”min enhet är Tuira”.',
    myUnitNotFound:
      'Jag hittade ingen enhet ”{text}”. Skriv enhetens namn eller ort, till exempel ”min enhet är Tuira”.',
    myUnitChoose: 'Flera enheter passar ”{text}”. Välj din enhet:',
    myUnitPick:
      'Ange först din enhet, så visar jag dess kontaktpersoner. Välj den här eller skriv till exempel ”min enhet är Tuira”.',
    myUnitLabel: 'Min enhet',
    myUnitRequired: 'Välj en enhet.',
    levelTitle_kunta: 'Kommunens organisationskontaktperson – {scope}',
    levelTitle_alue: 'Regional koordinator – {scope}',
    levelTitle_toimialue: 'Verksamhetsområdets organisationskontaktperson – {scope}',
    'levelTitle_pelastus-palvelualue': 'Räddningsverkets organisationskontaktperson – {scope}',
    'levelTitle_pelastus-vastuualue':
      'Organisationskontaktperson för räddningsverkets ansvarsområde – {scope}',
    levelTitle_hyvinvointialue: 'Koordinator för organisationsarbetet – Pohde',
    'levelTitle_sote-keskus': 'Social- och hälsocentralens organisationskontaktperson – {scope}',
    levelNobody: 'Ingen är utsedd på den här nivån just nu. Kontakta koordinatorn för organisationsarbetet.',
    choose: '{scope} har flera enheter. Välj enhet:',
    chooseScope: 'Ordet kan syfta på flera verksamhetsområden. Välj verksamhetsområde:',
    unknownScope: 'Verksamhetsområdet finns inte i registret. Fråga igen med verksamhetsområdets namn.',
    outside:
      '{place} hör inte till Norra Österbottens välfärdsområde. Koordinatorn för organisationsarbetet hjälper dig vidare.',
    otherCounty:
      'Du frågade om ett annat välfärdsområde: {county}. Silta känner bara till kontaktpersonerna i Norra Österbottens välfärdsområde. Vår koordinator för organisationsarbetet hjälper dig att hitta rätt person där.',
    notFound:
      'Jag hittade ingen ort ”{unknown}”. Skriv namnet på social- och hälsocentralen eller kommunen, till exempel ”kontaktperson i Brahestad”.',
    notFoundNoWords:
      'Jag hittade ingen ort i frågan. Skriv namnet på social- och hälsocentralen eller kommunen, till exempel ”kontaktperson i Brahestad”.',
    suggestions: 'Menade du någon av dessa?',
    otherUnits: 'Andra enheter i samma kommun ({municipality}):',
    unknownUnit: 'Enheten finns inte i registret. Den kan ha tagits bort; fråga igen med enhetens namn.',
  },
  en: {
    liaisons: { one: 'NGO liaison', other: 'NGO liaisons' },
    serviceAreaLiaison:
      "The hospital's NGO cooperation is covered by the service-area liaison ({serviceArea}).",
    noCentreLiaison:
      'No NGO liaison is named for this unit. Please contact the regional coordinator of the area.',
    municipal: 'Municipal NGO liaison ({municipality})',
    regional: 'Regional coordinator ({area})',
    substitute: 'Substitute (regular liaison: {name})',
    chat: 'Chat in Teams',
    email: 'E-mail',
    phone: 'Phone',
    setMyUnit: 'Set as my unit',
    myUnitSaved: 'Your unit is now {unit}. You can ask "who is our liaison?".',
    myUnitIs: 'Your unit is {unit}.',
    myUnitNotSet: 'You have not told me your unit yet. Write, for example, "my unit is Tuira".',
    myUnitNotFound:
      'I could not find a unit "{text}". Write the name of the unit or the place, for example "my unit is Tuira".',
    myUnitChoose: 'Several units match "{text}". Choose your unit:',
    myUnitPick:
      'First tell me your unit and I will show its liaisons. Choose it here or write, for example, "my unit is Tuira".',
    myUnitLabel: 'My unit',
    myUnitRequired: 'Choose a unit.',
    levelTitle_kunta: 'Municipal NGO liaison – {scope}',
    levelTitle_alue: 'Regional coordinator – {scope}',
    levelTitle_toimialue: 'Service-area NGO liaison – {scope}',
    'levelTitle_pelastus-palvelualue': 'Rescue services NGO liaison – {scope}',
    'levelTitle_pelastus-vastuualue': 'Rescue services district NGO liaison – {scope}',
    levelTitle_hyvinvointialue: 'County NGO coordinator – Pohde',
    'levelTitle_sote-keskus': 'Health and social services centre NGO liaison – {scope}',
    levelNobody: 'Nobody is named at this level right now. Please contact the county NGO coordinator.',
    choose: '{scope} has several units. Choose one:',
    chooseScope: 'That word can mean more than one service area. Choose one:',
    unknownScope: 'That service area is not in the register. Please ask again with its name.',
    outside:
      '{place} is not in the North Ostrobothnia wellbeing services county. The county NGO coordinator can tell you whom to contact.',
    otherCounty:
      'You asked about another wellbeing services county: {county}. Silta knows only the liaisons of the North Ostrobothnia wellbeing services county. Our county NGO coordinator can tell you whom to contact there.',
    notFound:
      'I could not find a place called "{unknown}". Write the name of the centre or municipality, for example "liaison in Kempele".',
    notFoundNoWords:
      'I could not find a place in the question. Write the name of the centre or municipality, for example "liaison in Kempele".',
    suggestions: 'Did you mean one of these?',
    otherUnits: 'Other units in the same municipality ({municipality}):',
    unknownUnit:
      'This unit is not in the register. It may have been removed; ask again with the name of the unit.',
  },
};
