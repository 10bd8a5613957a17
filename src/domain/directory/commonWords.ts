/**
 * Common words of everyday chat in Finnish, Swedish and English: greetings, thanks, yes and no,
 * pronouns, small verbs and particles. A question may hold them, but they never name a place, so they
 * are never matched to a place name by typo distance ("hello" is not Pello, "kiitos" not Kiiminki).
 * Written folded (ä → a, ö → o, å → a), as matching compares folded tokens. A general list, not fixes
 * for single sentences: add a word when it is common chat in one of the three languages.
 */
const FINNISH = `hei heippa heipat moi moikka moro morjens terve tervehdys huomenta paivaa iltaa huomenia
hyvaa hyva hyvin kiitos kiitti kiitoksia kiitokset kiitoksii kiitan kiitamme nahdaan nakemiin kuulemiin
ok okei okay joo juu jep jees jo ei en eika kylla selva selvä kiva kivaa mahtavaa hienoa hieno loistavaa
super siisti oikein aivan niin no nii noh tota siis kai vaan vain viela jo nyt sitten sit taas ihan
mina mä minä sina sä hän me te he se ne tama tuo nama nuo tassa tuossa siella taalla
minua minulle minulla minusta sinua sinulle sinulla meita meille meilla
olla olen olet on olemme olette ovat oli olisi ollut ole
mika mita miten kuinka miksi milloin missa mista mihin kuka ketka voi voiko voisi voisin voisitko voitko
voisiko saako saisinko saanko kiltti ystavallisesti anteeksi sori sorry pahoittelut apu avulias
kuuluu menee mennaan tehda teen tee tekee tekemassa puhua puhut ymmarrat tiedat osaat osaan
ja tai mutta etta koska kun jos vai seka myos kanssa ilman kaikki jotain joku mitaan paljon tosi todella
yhtaan ketaan kukaan mikaan missaan mistaan minkaan koskaan enaa aina jokin jotakin joitain muutama
varten luona kautta asti alkaen kertoa kerro kerrotko kertoisitko tanaan huomenna eilen ensi viime
kuussa viikolla viikko kuu testi testaus`;

const SWEDISH = `hej hejsan hejda halla tjena tjenare morsning god goddag godmorgon morgon kvall dag
tack tackar tusen vi ses adjo ha det bra fint okej ja jaha japp nej inte visst absolut
jag du han hon vi ni de den det detta denna mig dig oss er dem min mitt mina din ditt
ar var vara varit har hade kan kunde ska skulle vill ville maste far fick gor gora
vad hur varfor nar vem vilken vilket och eller men att om som med utan alla allt nagot nagon
snalla ursakta forlat mycket sa till i pa av for fran om en ett beratta idag imorgon igar vecka
manad nasta forra test testar`;

const ENGLISH = `hello hi hey hiya howdy greetings morning afternoon evening good thanks thank thx ty cheers
bye goodbye cya see you later ok okay yes yeah yep no nope sure fine great nice cool perfect awesome
i me my mine you your we us our they them it this that these those
am is are was were be been do does did can could would should will shall may might must
what how why when where who which and or but if so too also all some any please sorry excuse lot
much very to for in at on of by from with about a an the tell today tomorrow yesterday week month
next last test testing`;

export const COMMON_WORDS: ReadonlySet<string> = new Set(
  [FINNISH, SWEDISH, ENGLISH]
    .join(' ')
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => word.replace(/[äå]/g, 'a').replace(/ö/g, 'o')),
);

export const isCommonWord = (folded: string): boolean => COMMON_WORDS.has(folded);
