/**
 * Messages of the consent erasure (suostumus peruttu), looked up as "consent.<key>". Placeholders:
 * {name} {id} {who} {list} {count} {date} {unit} {state} {value} {orders} {audit}.
 */
const fi = {
  notAllowed:
    'Kokemustoimijan tiedot voi poistaa vain hyvinvointialueen järjestötyön koordinaattori. Jos kokemustoimija on perunut suostumuksensa, ilmoita siitä koordinaattorille.',
  personalOnly:
    'Tee poisto henkilökohtaisessa keskustelussa Sillan kanssa: esikatselussa näkyy henkilötietoja.',
  whom: 'Kenen tiedot poistetaan? Kirjoita kokemustoimijan tunnus tai nimi, esimerkiksi: suostumus peruttu KT-010',
  notFound:
    'Rekisterissä ei ole kokemustoimijaa ”{who}”. Tarkista tunnus (esim. KT-010) tai kirjoita koko nimi.',
  ambiguous:
    'Nimellä ”{who}” löytyi useita kokemustoimijoita: {list}. Kirjoita tunnus, esimerkiksi: suostumus peruttu {id}',
  previewTitle: 'Poistetaanko kokemustoimijan {name} ({id}) tiedot?',
  previewIntro:
    'Suostumus on peruttu, joten Silta poistaa nämä tiedot pysyvästi. Tilausten historia säilyy, mutta nimi ja yhteystiedot korvataan merkillä ”–”.',
  registerHeading: 'Rekisteristä poistetaan',
  registerLine: '{name} ({id})',
  fieldLine: '{label}: {value}',
  field_organisation: 'Järjestö',
  field_email: 'Sähköposti',
  field_phone: 'Puhelin',
  field_consentDate: 'Suostumus annettu',
  ordersHeading: 'Tilaukset, joista nimi ja yhteystiedot poistetaan: {count}',
  orderLine: '{date} · {unit} · {state}',
  moreOrders: '…ja {count} muuta tilausta',
  noOrders: 'Häntä ei ole ehdotettu yhteenkään tilaukseen.',
  auditLine: 'Lokimerkinnät, joista tiedot poistetaan: {count}',
  reimport:
    'Poista hänet myös hyvinvointialueen omasta kokemustoimijaluettelosta. Muuten seuraava rekisterin tuonti palauttaa tiedot.',
  confirm: 'Poista tiedot',
  cancel: 'Peruuta',
  erased:
    'Kokemustoimijan tiedot on poistettu: rekisteristä, {orders} tilauksesta ja {audit} lokimerkinnästä. Poisto on kirjattu lokiin ilman poistettuja tietoja.',
  cancelled: 'Poisto peruttiin. Mitään ei muutettu.',
  expired:
    'Tätä poistoa ei voi enää vahvistaa: se on jo tehty, peruttu tai vanhentunut. Aloita alusta tarvittaessa.',
  stale: 'Rekisteri on muuttunut esikatselun jälkeen, joten mitään ei poistettu. Pyydä poistoa uudelleen.',
  notAuthor: 'Vain poistoa pyytänyt koordinaattori voi vahvistaa sen. Mitään ei muutettu.',
};

const sv: typeof fi = {
  notAllowed:
    'Bara välfärdsområdets koordinator för organisationsarbetet kan radera en erfarenhetsexperts uppgifter. Om en erfarenhetsexpert har återkallat sitt samtycke, meddela koordinatorn.',
  personalOnly:
    'Gör raderingen i en personlig chatt med Silta: förhandsvisningen innehåller personuppgifter.',
  whom: 'Vems uppgifter ska raderas? Skriv erfarenhetsexpertens kod eller namn, till exempel: samtycke återkallat KT-010',
  notFound:
    'Det finns ingen erfarenhetsexpert ”{who}” i registret. Kontrollera koden (t.ex. KT-010) eller skriv hela namnet.',
  ambiguous:
    'Flera erfarenhetsexperter heter ”{who}”: {list}. Skriv koden, till exempel: samtycke återkallat {id}',
  previewTitle: 'Ska uppgifterna om {name} ({id}) raderas?',
  previewIntro:
    'Samtycket har återkallats, så Silta raderar de här uppgifterna permanent. Beställningarnas historik finns kvar, men namn och kontaktuppgifter ersätts med ”–”.',
  registerHeading: 'Raderas ur registret',
  registerLine: '{name} ({id})',
  fieldLine: '{label}: {value}',
  field_organisation: 'Organisation',
  field_email: 'E-post',
  field_phone: 'Telefon',
  field_consentDate: 'Samtycke givet',
  ordersHeading: 'Beställningar där namn och kontaktuppgifter raderas: {count}',
  orderLine: '{date} · {unit} · {state}',
  moreOrders: '…och {count} beställningar till',
  noOrders: 'Hen har inte föreslagits för någon beställning.',
  auditLine: 'Loggposter där uppgifterna raderas: {count}',
  reimport:
    'Ta också bort hen ur välfärdsområdets egen förteckning över erfarenhetsexperter. Annars återställer nästa registerimport uppgifterna.',
  confirm: 'Radera uppgifterna',
  cancel: 'Avbryt',
  erased:
    'Erfarenhetsexpertens uppgifter har raderats: ur registret, ur {orders} beställningar och ur {audit} loggposter. Raderingen har loggats utan de raderade uppgifterna.',
  cancelled: 'Raderingen avbröts. Ingenting ändrades.',
  expired:
    'Den här raderingen kan inte längre bekräftas: den är redan gjord, avbruten eller för gammal. Börja om vid behov.',
  stale: 'Registret har ändrats efter förhandsvisningen, så ingenting raderades. Begär raderingen på nytt.',
  notAuthor: 'Bara koordinatorn som begärde raderingen kan bekräfta den. Ingenting ändrades.',
};

const en: typeof fi = {
  notAllowed:
    "Only the county's NGO coordinator can erase an experience expert's data. If an experience expert has withdrawn their consent, please tell the coordinator.",
  personalOnly: 'Please do this in your personal chat with Silta: the preview shows personal data.',
  whom: "Whose data should be erased? Write the experience expert's ID or name, for example: consent withdrawn KT-010",
  notFound:
    'There is no experience expert "{who}" in the register. Check the ID (e.g. KT-010) or write the full name.',
  ambiguous:
    'Several experience experts are called "{who}": {list}. Write the ID, for example: consent withdrawn {id}',
  previewTitle: 'Erase the data of {name} ({id})?',
  previewIntro:
    'Consent has been withdrawn, so Silta will erase this data permanently. The orders keep their history, but the name and contact details are replaced with "–".',
  registerHeading: 'Erased from the register',
  registerLine: '{name} ({id})',
  fieldLine: '{label}: {value}',
  field_organisation: 'Organisation',
  field_email: 'Email',
  field_phone: 'Phone',
  field_consentDate: 'Consent given',
  ordersHeading: 'Orders whose name and contact details are erased: {count}',
  orderLine: '{date} · {unit} · {state}',
  moreOrders: '…and {count} more orders',
  noOrders: 'They have not been proposed for any order.',
  auditLine: 'Audit entries the data is erased from: {count}',
  reimport:
    "Please also remove them from the county's own list of experience experts, or the next register import will bring the data back.",
  confirm: 'Erase the data',
  cancel: 'Cancel',
  erased:
    "The experience expert's data has been erased: from the register, from {orders} orders and from {audit} audit entries. The erasure is logged without the erased data.",
  cancelled: 'The erasure was cancelled. Nothing was changed.',
  expired:
    'This erasure can no longer be confirmed: it has been done, cancelled or has expired. Start again if needed.',
  stale:
    'The register has changed since the preview, so nothing was erased. Please ask for the erasure again.',
  notAuthor: 'Only the coordinator who asked for the erasure can confirm it. Nothing was changed.',
};

export const consent = { fi, sv, en };
