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
  },
};
