/** Read and acknowledged notices (docs/notices.md §7). */
export const receipts = {
  fi: {
    reportReads: 'Luettu {read}/{people} · kuitattu {acknowledged}',
    reportChannels:
      'Luetuiksi lasketaan vain henkilökohtaiset viestit: kanavien ilmoitustauluilta Teams ei kerro lukemisia.',
    listRead: 'luettu {rate} %',
  },
  sv: {
    reportReads: 'Lästa {read}/{people} · bekräftade {acknowledged}',
    reportChannels:
      'Bara personliga meddelanden räknas som lästa: Teams berättar inte när meddelanden på anslagstavlor (kanaler) läses.',
    listRead: 'läst {rate} %',
  },
  en: {
    reportReads: 'Read {read}/{people} · acknowledged {acknowledged}',
    reportChannels:
      'Only personal chats count as read: Teams does not report reads of notice-board (channel) messages.',
    listRead: 'read {rate}%',
  },
};
