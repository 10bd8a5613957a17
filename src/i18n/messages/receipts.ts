/** Read and acknowledged notices (docs/notices.md §7). */
export const receipts = {
  fi: {
    reportReads: 'Luettu {read}/{people} · kuitattu {acknowledged}',
    reportChannels:
      'Luetuiksi lasketaan vain henkilökohtaiset viestit: kanavien ilmoitustauluilta Teams ei kerro lukemisia.',
    listRead: 'luettu {rate} %',
    askAcknowledgement: 'Pyydä vastaanottajia kuittaamaan tiedote luetuksi',
    previewAsks: 'Vastaanottajia pyydetään kuittaamaan tiedote luetuksi.',
    acknowledge: 'Kuittaa luetuksi',
    acknowledged: 'Kuittasit tiedotteen luetuksi.',
    notReceived:
      'Kuittaus kirjataan vain niiltä, jotka saivat tiedotteen omaan keskusteluunsa Siltan kanssa.',
    remind: 'Lähetä muistutus',
    remindFrom:
      'Muistutuksen niille, jotka eivät ole vielä lukeneet (tai kuitanneet) tiedotetta, voi lähettää {date} alkaen.',
    reminderRead: 'Muistutus: et ole vielä lukenut tätä tiedotetta.',
    reminderAck: 'Muistutus: kuittaathan tämän tiedotteen luetuksi.',
    notYet: 'Muistutuksen voi lähettää {date} alkaen.',
    nobody: 'Muistutettavia ei ole: kaikki tiedotteen saaneet ovat jo lukeneet tai kuitanneet sen.',
    alreadySent: 'Muistutus on jo lähetetty.',
    notOffered: 'Tälle tiedotteelle ei voi lähettää muistutusta.',
    remindForbidden: 'Muistutuksen voi lähettää vain tiedotteen lähettäjä tai järjestötyön koordinaattori.',
  },
  sv: {
    reportReads: 'Lästa {read}/{people} · bekräftade {acknowledged}',
    reportChannels:
      'Bara personliga meddelanden räknas som lästa: Teams berättar inte när meddelanden på anslagstavlor (kanaler) läses.',
    listRead: 'läst {rate} %',
    askAcknowledgement: 'Be mottagarna bekräfta att de har läst meddelandet',
    previewAsks: 'Mottagarna ombeds bekräfta att de har läst meddelandet.',
    acknowledge: 'Bekräfta läst',
    acknowledged: 'Du har bekräftat att du har läst meddelandet.',
    notReceived: 'Bekräftelser registreras bara för dem som fick meddelandet i sin egen chatt med Silta.',
    remind: 'Skicka påminnelse',
    remindFrom:
      'En påminnelse till dem som ännu inte har läst (eller bekräftat) meddelandet kan skickas från och med {date}.',
    reminderRead: 'Påminnelse: du har ännu inte läst det här meddelandet.',
    reminderAck: 'Påminnelse: bekräfta att du har läst det här meddelandet.',
    notYet: 'Påminnelsen kan skickas från och med {date}.',
    nobody: 'Ingen behöver påminnas: alla som fick meddelandet har redan läst eller bekräftat det.',
    alreadySent: 'Påminnelsen har redan skickats.',
    notOffered: 'Det går inte att skicka en påminnelse för det här meddelandet.',
    remindForbidden:
      'Bara den som skickade meddelandet eller koordinatorn för organisationsarbetet kan skicka påminnelsen.',
  },
  en: {
    reportReads: 'Read {read}/{people} · acknowledged {acknowledged}',
    reportChannels:
      'Only personal chats count as read: Teams does not report reads of notice-board (channel) messages.',
    listRead: 'read {rate}%',
    askAcknowledgement: 'Ask recipients to acknowledge that they have read the notice',
    previewAsks: 'Recipients are asked to acknowledge that they have read the notice.',
    acknowledge: 'Acknowledge',
    acknowledged: 'You acknowledged this notice.',
    notReceived:
      'Acknowledgements are recorded only for people who got the notice in their own chat with Silta.',
    remind: 'Send a reminder',
    remindFrom:
      'A reminder to those who have not yet read (or acknowledged) the notice can be sent from {date}.',
    reminderRead: 'Reminder: you have not read this notice yet.',
    reminderAck: 'Reminder: please acknowledge that you have read this notice.',
    notYet: 'The reminder can be sent from {date}.',
    nobody: 'Nobody needs a reminder: everyone who got the notice has read or acknowledged it.',
    alreadySent: 'The reminder has already been sent.',
    notOffered: 'No reminder can be sent for this notice.',
    remindForbidden: 'Only the sender of the notice or the county NGO coordinator can send the reminder.',
  },
};
