/**
 * The words of chat requests, by meaning (a concept) and language: what patterns.ts combines into
 * intents. Each entry is a lemma whose forms wordForms.ts generates (`~` marks a verb: `~tilata` gives
 * tilaan, tilaisin, tilataan, tilaamaan …); `a_b` is a phrase of several words, matched as written
 * (the last word inflected). Every language is understood whatever the user's locale, as people mix.
 */
import type { Language } from './wordForms';

export type Concept =
  | 'greeting'
  | 'thanks'
  | 'wishes'
  | 'goodbye'
  | 'ack'
  | 'howAreYou'
  | 'whoAreYou'
  | 'rude'
  | 'help'
  | 'expert'
  | 'orderVerb'
  | 'orderNoun'
  | 'orders'
  | 'need'
  | 'new'
  | 'my'
  | 'show'
  | 'status'
  | 'notice'
  | 'notices'
  | 'send'
  | 'topic'
  | 'subscribe'
  | 'unsubscribe'
  | 'refuse'
  | 'unit'
  | 'set'
  | 'reminder'
  | 'summary'
  | 'board'
  | 'registerVerb'
  | 'registry'
  | 'upload'
  | 'language'
  | 'finnish'
  | 'swedish'
  | 'english'
  | 'speak'
  | 'liaison';

/**
 * Marks people send on their own instead of words, by what they mean: a thumb is "ok", folded hands
 * "thanks", a wave "hello", a lone question mark "what can you do?". A message of these marks alone is
 * read as that meaning (read.ts); skin tones and the emoji variation mark do not count.
 */
export const MARKS: Readonly<Partial<Record<Concept, string>>> = {
  ack: '👍 👌 ✅ ✔ 🆗 💪 👏 🎉 🙂 😊 😀 😃 😄 😁 😉 🤝',
  thanks: '🙏 ❤ 💙 💜 💚 💛 🧡 🤗 🥰 😍',
  greeting: '👋',
  rude: '👎 😡 😠 🤬 💩 🖕',
  help: '? ❓ ❔ 🤔',
};

/**
 * Concepts that are the plural of another: when a word is read as both (tilaukseni: my order or my
 * orders; sv meddelanden), the plural is meant, as a list is what people ask for.
 */
export const PLURAL_OF: Partial<Record<Concept, Concept>> = { orders: 'orderNoun', notices: 'notice' };

export const LEXICON: Record<Concept, Partial<Record<Language, string>>> = {
  greeting: {
    fi: 'hei moi moikka moro morjens terve tervehdys huomenta päivää iltaa huomenia hyvää_huomenta hyvää_päivää hyvää_iltaa heissan',
    sv: 'hej hejsan hallå tjena tjenare morsning goddag godmorgon god_morgon god_dag god_kväll',
    en: 'hello hi hey hiya howdy greetings good_morning good_afternoon good_evening',
  },
  thanks: {
    fi: 'kiitos kiitti kiitoksia kiitokset kiitoksii kiitän kiitämme kiitos_avusta kiitoksia_avusta kiitti_avusta',
    sv: 'tack tackar tusen_tack tack_för_hjälpen',
    en: 'thanks thank_you thx ty cheers thanks_for_the_help thanks_for_your_help',
  },
  /** Season's and weekend wishes: answered in kind. */
  wishes: {
    fi: 'hyvää_joulua hauskaa_joulua rauhallista_joulua hyvää_uutta_vuotta onnellista_uutta_vuotta uutta_vuotta hyvää_viikonloppua hauskaa_viikonloppua mukavaa_viikonloppua hyvää_kesää hyvää_lomaa hauskaa_lomaa',
    sv: 'god_jul gott_nytt_år trevlig_helg glad_midsommar trevlig_semester',
    en: 'merry_christmas happy_new_year happy_holidays have_a_nice_weekend have_a_good_weekend have_a_great_weekend nice_weekend',
  },
  goodbye: {
    fi: 'heippa heipat heihei hei_hei nähdään näkemiin kuulemiin hyvää_päivänjatkoa',
    sv: 'hejdå hej_då adjö vi_ses ha_det_bra',
    en: 'bye goodbye bye_bye see_you see_ya cya',
  },
  ack: {
    fi: 'ok okei joo juu jep jees jes jess jee selvä kiva mahtavaa hienoa loistavaa hyvä super siisti aivan just ei_kiitos',
    sv: 'okej ja japp jaha bra fint toppen perfekt nej_tack',
    en: 'okay yes yeah yep sure fine great nice cool perfect awesome no nope no_thanks no_thank_you',
  },
  howAreYou: {
    fi: 'mitä_kuuluu mitäs_kuuluu miten_menee mites_menee kuinka_voit miten_voit',
    sv: 'hur_mår_du hur_är_det hur_går_det',
    en: 'how_are_you how_is_it_going hows_it_going whats_up',
  },
  whoAreYou: {
    fi: 'kuka_olet kuka_sinä_olet mikä_olet mikä_sinä_olet kuka_sä_oot mikä_sä_oot',
    sv: 'vem_är_du vad_är_du',
    en: 'who_are_you what_are_you',
  },
  /** Swearing and complaints about Silta: an apology and the help, never a place read from a swear word. */
  rude: {
    fi: 'tyhmä typerä ääliö idiootti surkea hyödytön paska paskat vittu perkele saatana helvetti hanuri turha_botti huono_botti',
    sv: 'dum dumma korkad idiot värdelös usel kass skit jävla fan helvete',
    en: 'stupid dumb idiot useless rubbish crap shit sucks suck damn fuck wtf terrible_bot bad_bot',
  },
  help: {
    fi: 'apua apu ohje ohjeet käyttöohje neuvo neuvoja komento komennot ~auttaa ~neuvoa mitä_osaat mitä_voit_tehdä mitä_sä_osaat',
    sv: 'hjälp ~hjälpa instruktion instruktioner kommando kommandon vad_kan_du',
    en: 'help ~help instructions command commands what_can_you_do how_does_this_work',
  },
  expert: {
    fi: 'kokemustoimija kokemusasiantuntija kokemusosaaja kokemuskouluttaja kokemusedustaja kokemuspuhuja kokemustoiminta vertaistoimija',
    sv: 'erfarenhetsexpert erfarenhetsexperter erfarenhetsaktör erfarenhetsaktörer erfarenhetstalare',
    en: 'experience_expert experience_experts expert experts expert_by_experience experts_by_experience peer_expert',
  },
  orderVerb: {
    fi: '~tilata ~varata ~kutsua ~pyytää',
    sv: '~beställa ~boka ~bjuda',
    en: '~order ~book ~request ~invite ~arrange',
  },
  orderNoun: {
    fi: '=tilaus =kokemustoimijatilaus =pyyntö =varaus',
    sv: '=beställning =bokning',
    en: '=order =booking =request',
  },
  orders: {
    fi: '+tilaus +kokemustoimijatilaus +varaus',
    sv: '+beställning +bokning',
    en: '+order +booking +request',
  },
  need: {
    fi: '~tarvita ~haluta ~toivoa ~saada tarve',
    sv: '~behöva ~vilja önskar',
    en: '~need ~want would_like',
  },
  new: { fi: 'uusi', sv: 'ny nytt nya', en: 'new another' },
  my: {
    fi: 'oma omani omamme minun meidän',
    sv: 'min mitt mina vår egen eget',
    en: 'my mine own our',
  },
  show: {
    fi: '~näyttää ~katsoa ~listata ~nähdä ~tarkistaa ~löytää lista luettelo',
    sv: '~visa ~se ~kolla lista',
    en: '~show ~see ~list ~view ~check list',
  },
  status: { fi: 'tila tilanne vaihe', sv: 'status läge', en: 'status progress' },
  notice: {
    fi: '=tiedote =järjestötiedote =tiedotus =ilmoitus',
    sv: '=meddelande =organisationsmeddelande =notis',
    en: '=notice =announcement =bulletin',
  },
  notices: {
    fi: '+tiedote +järjestötiedote +ilmoitus ajankohtainen',
    sv: '+meddelande +organisationsmeddelande +notis aktuell',
    en: '+notice +announcement +bulletin news',
  },
  send: {
    fi: '~lähettää ~välittää ~julkaista ~kirjoittaa ~laatia ~tehdä ~jakaa ~luoda',
    sv: '~skicka ~förmedla ~skriva ~publicera ~dela ~skapa',
    en: '~send ~forward ~write ~post ~publish ~share ~create ~make',
  },
  topic: {
    fi: 'aihe aiheet aihepiiri tiedotetilaus',
    sv: 'ämne ämnen prenumeration',
    en: 'topic topics subscription subscriptions',
  },
  subscribe: {
    fi: '~tilata ~seurata',
    sv: '~prenumerera ~följa',
    en: '~subscribe ~follow ~receive',
  },
  /** "lopeta", "stop", "unsubscribe": the topics card, where following stops. */
  unsubscribe: {
    fi: '~lopettaa',
    sv: 'sluta ~avsluta stopp ~avprenumerera',
    en: 'stop ~unsubscribe opt_out',
  },
  /** "en halua", "no more": with notices, the topics card too; with anything else, never a request for it. */
  refuse: {
    fi: 'en_halua en_tahdo ei_kiinnosta',
    sv: 'vill_inte',
    en: 'dont_want do_not_want no_more',
  },
  unit: {
    fi: 'yksikkö toimipiste työpaikka työyksikkö',
    sv: 'enhet arbetsplats',
    en: 'unit workplace',
  },
  set: {
    fi: '~vaihtaa ~asettaa ~muuttaa ~tallentaa ~valita ~päivittää ~merkitä ~korjata',
    sv: '~byta ~ändra ~ställa ~välja ~spara ~uppdatera ~sätta',
    en: '~change ~set ~switch ~update ~choose ~save ~pick',
  },
  reminder: {
    fi: 'muistutus muistutukset ~muistuttaa',
    sv: 'påminnelse påminnelser ~påminna',
    en: 'reminder reminders ~remind',
  },
  summary: {
    fi: 'yhteenveto vuosiyhteenveto raportti vuosiraportti tilasto tilastot koonti',
    sv: 'sammanfattning sammandrag rapport årsrapport statistik',
    en: 'summary report statistics stats overview',
  },
  board: {
    fi: 'ilmoitustaulu',
    sv: 'anslagstavla',
    en: 'notice_board noticeboard bulletin_board',
  },
  registerVerb: {
    fi: '~rekisteröidä ~lisätä ~liittää ~kytkeä',
    sv: '~registrera ~lägga ~koppla',
    en: '~register ~add ~connect ~link',
  },
  registry: {
    fi: 'rekisteri yhdyshenkilörekisteri csv',
    sv: 'register registret',
    en: 'registry register csv',
  },
  upload: {
    fi: '~päivittää ~ladata ~tuoda ~lähettää',
    sv: '~ladda ~uppdatera ~importera ~skicka',
    en: '~upload ~update ~import ~load',
  },
  language: { fi: 'kieli', sv: 'språk', en: 'language' },
  finnish: { fi: 'suomi suomeksi', sv: 'finska', en: 'finnish' },
  swedish: { fi: 'ruotsi ruotsiksi', sv: 'svenska', en: 'swedish' },
  english: { fi: 'englanti englanniksi', sv: 'engelska', en: 'english' },
  speak: { fi: '~puhua ~vastata', sv: '~tala ~prata ~svara', en: '~speak ~talk ~answer' },
  liaison: {
    fi: 'yhdyshenkilö järjestöyhdyshenkilö yhteyshenkilö koordinaattori',
    sv: 'kontaktperson organisationskontaktperson koordinator',
    en: 'liaison contact coordinator',
  },
};
