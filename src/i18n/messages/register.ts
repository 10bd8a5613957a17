import type { Message } from '../message';

/**
 * Messages of the register import (toimipisteet, yhdyshenkilot, kokemustoimijat), looked up as
 * "register.<key>". One message per import error code (see ImportErrorCode), then the preview,
 * confirmation and refusal texts. Placeholders: {row} {column} {value} {firstRow} {expected} {max}
 * {columns} {levels} {areas} {serviceAreas} {rescueServices} {rescueAreas} {county} {types} {statuses} {file} {count} {added} {changed} {removed} {label}
 * {fields} {from} {to}.
 */
const fi = {
  // Import errors, one per code.
  unknownFile:
    'Tiedostoa ”{value}” ei tunnistettu: sen otsikkorivi ei vastaa mitään rekisterin tiedostoa. Odotetut otsikkorivit ovat {columns}.',
  emptyFile: 'Tiedosto on tyhjä: siinä ei ole edes otsikkoriviä.',
  duplicateFile:
    'Tuonnissa on kaksi samanlaista tiedostoa (toinen on ”{value}”). Lähetä kutakin tiedostoa vain yksi.',
  invalidCsv:
    'Rivi {row}: tiedostoa ei voi lukea tästä eteenpäin. Tarkista lainausmerkit (") ja tallenna tiedosto Excelistä muodossa CSV UTF-8.',
  missingColumns: 'Otsikkoriviltä puuttuu pakollisia sarakkeita: {columns}. Tarkista sarakkeiden nimet.',
  duplicateColumn: 'Otsikkorivillä on sarake {column} kahteen kertaan.',
  wrongColumnCount:
    'Rivi {row}: rivillä on {value} saraketta, mutta otsikkorivillä {expected}. Tarkista, ettei rivillä ole ylimääräisiä tai puuttuvia erottimia.',
  missingValue: 'Rivi {row}, sarake {column}: arvo puuttuu.',
  duplicateId:
    'Rivi {row}: ”{value}” on jo rivillä {firstRow}. Sama tunnus tai yhdyshenkilörivi saa olla vain kerran.',
  invalidDate:
    'Rivi {row}, sarake {column}: päivämäärä ”{value}” ei kelpaa. Kirjoita se muodossa vvvv-kk-pp (esim. 2025-01-31) tai p.k.vvvv (31.1.2025).',
  reversedDates: 'Rivi {row}, sarake {column}: päättymispäivä ”{value}” on ennen alkamispäivää.',
  unknownUnit: 'Rivi {row}, sarake {column}: toimipistettä ”{value}” ei ole toimipisteiden luettelossa.',
  unknownMunicipality: 'Rivi {row}, sarake {column}: kuntaa ”{value}” ei ole toimipisteiden kunnissa.',
  unknownLevel: 'Rivi {row}, sarake {column}: tasoa ”{value}” ei tunneta. Sallitut tasot ovat {levels}.',
  unknownArea: 'Rivi {row}, sarake {column}: ”{value}” ei ole Pohteen alue. Alueet ovat {areas}.',
  unknownServiceArea:
    'Rivi {row}, sarake {column}: ”{value}” ei ole Pohteen toimialue. Toimialueet ovat {serviceAreas}.',
  unknownRescueArea:
    'Rivi {row}, sarake {column}: ”{value}” ei ole pelastuslaitoksen palvelualue eikä vastuualue. Palvelualue on {rescueServices}; vastuualueet ovat {rescueAreas}.',
  unknownCountyScope:
    'Rivi {row}, sarake {column}: hyvinvointialuetason rivin kattavuus on aina ”{county}”, ei ”{value}”.',
  badUnitType: 'Rivi {row}, sarake {column}: tyyppiä ”{value}” ei tunneta. Sallitut tyypit ovat {types}.',
  badPostalCode:
    'Rivi {row}, sarake {column}: ”{value}” ei ole postinumero. Kirjoita viisinumeroiset postinumerot pystyviivalla erotettuina, esimerkiksi 90820|90830.',
  badEmail: 'Rivi {row}, sarake {column}: sähköpostiosoite ”{value}” ei ole kelvollinen.',
  badPhone:
    'Rivi {row}, sarake {column}: puhelinnumero ”{value}” ei kelpaa. Kirjoita numero esimerkiksi muodossa +358 40 123 4567.',
  badAadObjectId:
    'Rivi {row}, sarake {column}: ”{value}” ei ole Entra ID -objektitunnus (GUID, esim. 0cd5e276-40a5-5a3f-8e2f-ee60dd0318a1). Jätä sarake tyhjäksi, jos tunnusta ei ole.',
  sharedAadObjectId:
    'Rivi {row}, sarake {column}: Entra ID -objektitunnus ”{value}” on jo rivillä {firstRow} toisen henkilön tunnuksena. Kahdella henkilöllä ei voi olla samaa tunnusta.',
  badYesNo: 'Rivi {row}, sarake {column}: kirjoita ”kyllä” tai ”ei”, ei ”{value}”.',
  unknownStatus: 'Rivi {row}, sarake {column}: tilaa ”{value}” ei tunneta. Sallitut tilat ovat {statuses}.',
  tooLong: 'Rivi {row}, sarake {column}: arvo on liian pitkä (enintään {max} merkkiä).',
  badDescription:
    'Rivi {row}, sarake {column}: kuvaus ”{value}” näkyy tilaajille, ennen kuin kokemustoimijan nimi kerrotaan, joten siinä saa olla vain tavallista tekstiä yhdellä rivillä: ei HTML-merkintöjä, linkkejä, sähköpostiosoitteita eikä puhelinnumeroita.',

  // Around the error list.
  errorsTitle:
    'Tiedostoissa on virheitä, joten rekisteriä ei muutettu. Korjaa virheet ja lähetä tiedostot uudelleen.',
  fileHeading: 'Tiedosto {file}:',
  currentRegisterHeading:
    'Nykyisessä rekisterissä ({file}) on rivejä, jotka viittaavat poistuviin toimipisteisiin tai kuntiin:',
  tooManyErrors: '…ja muita virheitä: {count}.',
  moreChanges: '…ja muita muutoksia: {count}.',

  // Preview and confirmation.
  previewTitle: 'Rekisterin päivitys: tarkista muutokset',
  previewCounts: 'Lisätään {added}, muutetaan {changed}, poistetaan {removed}.',
  lineAdded: 'Lisätään: {label}',
  lineChanged: 'Muutetaan: {label} – {fields}',
  lineRemoved: 'Poistetaan: {label}',
  fieldChanged: '{column} ”{from}” → ”{to}”',
  confirm: 'Päivitä rekisteri',
  cancel: 'Peruuta',
  applied:
    'Rekisteri päivitetty: lisättiin {added}, muutettiin {changed}, poistettiin {removed}. Vastaan tästä lähtien uuden rekisterin mukaan.',
  cancelled: 'Päivitys peruttiin. Rekisteriin ei tehty muutoksia.',
  nothingChanged: 'Tiedostot vastaavat nykyistä rekisteriä, joten muutettavaa ei ole.',
  noFiles:
    'Liitä viestiin rekisterin CSV-tiedosto: toimipisteet.csv, yhdyshenkilot.csv tai kokemustoimijat.csv.',
  notAllowed:
    'Kiitos, että haluat pitää rekisterin ajan tasalla! Rekisteriä voi kuitenkin päivittää vain hyvinvointialueen järjestötyön koordinaattori. Lähetä korjaukset hänelle, niin hän päivittää ne.',
  expired:
    'Tätä esikatselua ei voi enää vahvistaa: se on vanhentunut tai jo käsitelty. Lähetä tiedostot uudelleen.',
  notAuthor:
    'Vain tiedostot lähettänyt koordinaattori voi vahvistaa tämän päivityksen. Esikatselu odottaa yhä hänen vahvistustaan.',
  stale:
    'Rekisteriä muutettiin esikatselun jälkeen, joten tätä päivitystä ei tehty. Lähetä tiedostot uudelleen, niin näet ajantasaiset muutokset.',
  fileTooLarge: 'Tiedosto ”{file}” on liian suuri. Rekisteritiedosto saa olla enintään {max} kt.',
  downloadFailed: 'Tiedostoa ”{file}” ei saatu ladattua Teamsista. Lähetä se uudelleen hetken päästä.',
  downloadRefused:
    'Tiedostoa ”{file}” ei ladattu: Silta hakee rekisteritiedostot vain Teamsin omasta tiedostopalvelusta. Liitä tiedosto tähän keskusteluun Teamsissa ja lähetä se uudelleen.',
  tooManyFiles:
    'Viestissä oli {count} tiedostoa. Lähetä kerralla enintään {max} rekisteritiedostoa: toimipisteet.csv, yhdyshenkilot.csv ja kokemustoimijat.csv. Rekisteriä ei muutettu.',
  notCsv:
    'Tiedosto ”{file}” ei ole CSV-tiedosto. Tallenna se Excelistä muodossa CSV UTF-8 (luetteloerotin) ja lähetä uudelleen.',
  personalOnly: 'Rekisterin voi päivittää vain henkilökohtaisessa keskustelussa Sillan kanssa.',
};

type RegisterMessages = Record<keyof typeof fi, Message>;

const sv: RegisterMessages = {
  unknownFile:
    'Filen ”{value}” kändes inte igen: rubrikraden motsvarar ingen av registrets filer. Förväntade rubrikrader är {columns}.',
  emptyFile: 'Filen är tom: den saknar till och med rubrikrad.',
  duplicateFile:
    'Importen innehåller två filer av samma slag (den andra är ”{value}”). Skicka bara en av varje.',
  invalidCsv:
    'Rad {row}: filen kan inte läsas härifrån och framåt. Kontrollera citattecknen (") och spara filen i Excel som CSV UTF-8.',
  missingColumns: 'Rubrikraden saknar obligatoriska kolumner: {columns}. Kontrollera kolumnnamnen.',
  duplicateColumn: 'Rubrikraden har kolumnen {column} två gånger.',
  wrongColumnCount:
    'Rad {row}: raden har {value} kolumner, men rubrikraden {expected}. Kontrollera att raden inte har extra eller saknade avgränsare.',
  missingValue: 'Rad {row}, kolumn {column}: värde saknas.',
  duplicateId:
    'Rad {row}: ”{value}” finns redan på rad {firstRow}. Samma kod eller kontaktpersonsrad får förekomma bara en gång.',
  invalidDate:
    'Rad {row}, kolumn {column}: datumet ”{value}” är ogiltigt. Skriv det som åååå-mm-dd (t.ex. 2025-01-31) eller d.m.åååå (31.1.2025).',
  reversedDates: 'Rad {row}, kolumn {column}: slutdatumet ”{value}” är före startdatumet.',
  unknownUnit:
    'Rad {row}, kolumn {column}: verksamhetsstället ”{value}” finns inte i förteckningen över verksamhetsställen.',
  unknownMunicipality:
    'Rad {row}, kolumn {column}: kommunen ”{value}” finns inte bland verksamhetsställenas kommuner.',
  unknownLevel: 'Rad {row}, kolumn {column}: nivån ”{value}” är okänd. Tillåtna nivåer är {levels}.',
  unknownArea: 'Rad {row}, kolumn {column}: ”{value}” är inte ett av Pohdes områden. Områdena är {areas}.',
  unknownServiceArea:
    'Rad {row}, kolumn {column}: ”{value}” är inte ett av Pohdes verksamhetsområden. Verksamhetsområdena är {serviceAreas}.',
  unknownRescueArea:
    'Rad {row}, kolumn {column}: ”{value}” är varken räddningsverkets serviceområde eller ett av dess ansvarsområden. Serviceområdet är {rescueServices}; ansvarsområdena är {rescueAreas}.',
  unknownCountyScope:
    'Rad {row}, kolumn {column}: en rad på nivån hyvinvointialue täcker alltid ”{county}”, inte ”{value}”.',
  badUnitType: 'Rad {row}, kolumn {column}: typen ”{value}” är okänd. Tillåtna typer är {types}.',
  badPostalCode:
    'Rad {row}, kolumn {column}: ”{value}” är inget postnummer. Skriv femsiffriga postnummer åtskilda med lodstreck, till exempel 90820|90830.',
  badEmail: 'Rad {row}, kolumn {column}: e-postadressen ”{value}” är inte giltig.',
  badPhone:
    'Rad {row}, kolumn {column}: telefonnumret ”{value}” är ogiltigt. Skriv numret till exempel som +358 40 123 4567.',
  badAadObjectId:
    'Rad {row}, kolumn {column}: ”{value}” är inte ett Entra ID-objekt-id (GUID, t.ex. 0cd5e276-40a5-5a3f-8e2f-ee60dd0318a1). Lämna kolumnen tom om id saknas.',
  sharedAadObjectId:
    'Rad {row}, kolumn {column}: Entra ID-objekt-id:t ”{value}” finns redan på rad {firstRow} för en annan person. Två personer kan inte ha samma id.',
  badYesNo: 'Rad {row}, kolumn {column}: skriv ”kyllä” (ja) eller ”ei” (nej), inte ”{value}”.',
  unknownStatus: 'Rad {row}, kolumn {column}: statusen ”{value}” är okänd. Tillåtna statusar är {statuses}.',
  tooLong: 'Rad {row}, kolumn {column}: värdet är för långt (högst {max} tecken).',
  badDescription:
    'Rad {row}, kolumn {column}: beskrivningen ”{value}” visas för beställarna innan erfarenhetsexpertens namn lämnas ut, så den får bara innehålla vanlig text på en rad: inga HTML-taggar, länkar, e-postadresser eller telefonnummer.',

  errorsTitle: 'Filerna innehåller fel, så registret ändrades inte. Rätta felen och skicka filerna på nytt.',
  fileHeading: 'Filen {file}:',
  currentRegisterHeading:
    'Det nuvarande registret ({file}) har rader som hänvisar till verksamhetsställen eller kommuner som försvinner:',
  tooManyErrors: '…och ytterligare {count} fel.',
  moreChanges: { one: '…och ytterligare {count} ändring.', other: '…och ytterligare {count} ändringar.' },

  previewTitle: 'Uppdatering av registret: kontrollera ändringarna',
  previewCounts: '{added} läggs till, {changed} ändras, {removed} tas bort.',
  lineAdded: 'Läggs till: {label}',
  lineChanged: 'Ändras: {label} – {fields}',
  lineRemoved: 'Tas bort: {label}',
  fieldChanged: '{column} ”{from}” → ”{to}”',
  confirm: 'Uppdatera registret',
  cancel: 'Avbryt',
  applied:
    'Registret har uppdaterats: {added} lades till, {changed} ändrades, {removed} togs bort. Från och med nu svarar jag enligt det nya registret.',
  cancelled: 'Uppdateringen avbröts. Inga ändringar gjordes i registret.',
  nothingChanged: 'Filerna motsvarar det nuvarande registret, så det finns inget att ändra.',
  noFiles: 'Bifoga en CSV-fil för registret: toimipisteet.csv, yhdyshenkilot.csv eller kokemustoimijat.csv.',
  notAllowed:
    'Tack för att du vill hålla registret uppdaterat! Registret kan dock uppdateras endast av välfärdsområdets koordinator för organisationsarbetet. Skicka rättelserna till koordinatorn, så uppdateras de.',
  expired:
    'Den här förhandsvisningen kan inte längre bekräftas: den har gått ut eller redan behandlats. Skicka filerna igen.',
  notAuthor:
    'Bara den koordinator som skickade filerna kan bekräfta den här uppdateringen. Förhandsvisningen väntar fortfarande på hens bekräftelse.',
  stale:
    'Registret ändrades efter förhandsvisningen, så uppdateringen gjordes inte. Skicka filerna igen för att se aktuella ändringar.',
  fileTooLarge: 'Filen ”{file}” är för stor. En registerfil får vara högst {max} kB.',
  downloadFailed: 'Filen ”{file}” kunde inte hämtas från Teams. Skicka den igen om en stund.',
  downloadRefused:
    'Filen ”{file}” hämtades inte: Silta hämtar registerfiler bara från Teams egen fillagring. Bifoga filen i den här chatten i Teams och skicka den igen.',
  tooManyFiles:
    'Meddelandet hade {count} filer. Skicka högst {max} registerfiler åt gången: toimipisteet.csv, yhdyshenkilot.csv och kokemustoimijat.csv. Registret ändrades inte.',
  notCsv: 'Filen ”{file}” är ingen CSV-fil. Spara den i Excel som CSV UTF-8 och skicka den igen.',
  personalOnly: 'Registret kan bara uppdateras i en personlig chatt med Silta.',
};

const en: RegisterMessages = {
  unknownFile:
    'The file "{value}" was not recognised: its header row matches none of the register files. The expected header rows are {columns}.',
  emptyFile: 'The file is empty: it does not even have a header row.',
  duplicateFile: 'The import has two files of the same kind (the other is "{value}"). Send only one of each.',
  invalidCsv:
    'Row {row}: the file cannot be read from here on. Check the quotation marks (") and save the file from Excel as CSV UTF-8.',
  missingColumns: 'The header row lacks required columns: {columns}. Check the column names.',
  duplicateColumn: 'The header row has the column {column} twice.',
  wrongColumnCount:
    'Row {row}: the row has {value} columns but the header row has {expected}. Check the row for extra or missing separators.',
  missingValue: 'Row {row}, column {column}: the value is missing.',
  duplicateId:
    'Row {row}: "{value}" is already on row {firstRow}. The same id or liaison row may appear only once.',
  invalidDate:
    'Row {row}, column {column}: the date "{value}" is not valid. Write it as yyyy-mm-dd (e.g. 2025-01-31) or d.m.yyyy (31.1.2025).',
  reversedDates: 'Row {row}, column {column}: the end date "{value}" is before the start date.',
  unknownUnit: 'Row {row}, column {column}: the unit "{value}" is not in the list of units.',
  unknownMunicipality:
    'Row {row}, column {column}: the municipality "{value}" is not among the municipalities of the units.',
  unknownLevel: 'Row {row}, column {column}: the level "{value}" is unknown. Allowed levels are {levels}.',
  unknownArea: 'Row {row}, column {column}: "{value}" is not one of Pohde\'s areas. The areas are {areas}.',
  unknownServiceArea:
    'Row {row}, column {column}: "{value}" is not one of Pohde\'s service areas. The service areas are {serviceAreas}.',
  unknownRescueArea:
    'Row {row}, column {column}: "{value}" is neither the rescue department\'s service area nor one of its areas of responsibility. The service area is {rescueServices}; the areas of responsibility are {rescueAreas}.',
  unknownCountyScope:
    'Row {row}, column {column}: a hyvinvointialue row always covers "{county}", not "{value}".',
  badUnitType: 'Row {row}, column {column}: the type "{value}" is unknown. Allowed types are {types}.',
  badPostalCode:
    'Row {row}, column {column}: "{value}" is not a postal code. Write five-digit postal codes separated by a vertical bar, for example 90820|90830.',
  badEmail: 'Row {row}, column {column}: the e-mail address "{value}" is not valid.',
  badPhone:
    'Row {row}, column {column}: the phone number "{value}" is not valid. Write it like +358 40 123 4567.',
  badAadObjectId:
    'Row {row}, column {column}: "{value}" is not an Entra ID object id (a GUID such as 0cd5e276-40a5-5a3f-8e2f-ee60dd0318a1). Leave the column empty if there is none.',
  sharedAadObjectId:
    'Row {row}, column {column}: the Entra ID object id "{value}" is already used by another person on row {firstRow}. Two people cannot share one id.',
  badYesNo: 'Row {row}, column {column}: write "kyllä" (yes) or "ei" (no), not "{value}".',
  unknownStatus:
    'Row {row}, column {column}: the status "{value}" is unknown. Allowed statuses are {statuses}.',
  tooLong: 'Row {row}, column {column}: the value is too long (at most {max} characters).',
  badDescription:
    'Row {row}, column {column}: the description "{value}" is shown to the ordering team before the expert\'s name is, so it may only be plain text on one line: no HTML tags, links, e-mail addresses or phone numbers.',

  errorsTitle:
    'The files have errors, so the register was not changed. Fix the errors and send the files again.',
  fileHeading: 'File {file}:',
  currentRegisterHeading:
    'The current register ({file}) has rows that point to units or municipalities being removed:',
  tooManyErrors: { one: '…and {count} more error.', other: '…and {count} more errors.' },
  moreChanges: { one: '…and {count} more change.', other: '…and {count} more changes.' },

  previewTitle: 'Register update: check the changes',
  previewCounts: '{added} to add, {changed} to change, {removed} to remove.',
  lineAdded: 'Add: {label}',
  lineChanged: 'Change: {label} – {fields}',
  lineRemoved: 'Remove: {label}',
  fieldChanged: '{column} "{from}" → "{to}"',
  confirm: 'Update the register',
  cancel: 'Cancel',
  applied:
    'Register updated: {added} added, {changed} changed, {removed} removed. From now on I answer from the new register.',
  cancelled: 'The update was cancelled. The register was not changed.',
  nothingChanged: 'The files match the current register, so there is nothing to change.',
  noFiles: 'Attach a register CSV file: toimipisteet.csv, yhdyshenkilot.csv or kokemustoimijat.csv.',
  notAllowed:
    "Thank you for wanting to keep the register up to date! Only the county's NGO coordinator (järjestötyön koordinaattori) can update it, though. Please send your corrections to the coordinator.",
  expired:
    'This preview can no longer be confirmed: it has expired or was already handled. Please send the files again.',
  notAuthor:
    'Only the coordinator who sent the files can confirm this update. The preview is still waiting for their confirmation.',
  stale:
    'The register changed after this preview, so the update was not made. Send the files again to see the current changes.',
  fileTooLarge: 'The file “{file}” is too large. A register file may be at most {max} kB.',
  downloadFailed: 'The file “{file}” could not be downloaded from Teams. Please send it again in a moment.',
  downloadRefused:
    "The file “{file}” was not downloaded: Silta fetches register files only from Teams' own file storage. Attach the file to this chat in Teams and send it again.",
  tooManyFiles:
    'The message had {count} files. Please send at most {max} register files at a time: toimipisteet.csv, yhdyshenkilot.csv and kokemustoimijat.csv. The register was not changed.',
  notCsv: 'The file “{file}” is not a CSV file. Save it from Excel as CSV UTF-8 and send it again.',
  personalOnly: 'The register can only be updated in a personal chat with Silta.',
};

export const register = { fi, sv, en };

export type RegisterMessageKey = keyof typeof fi;
