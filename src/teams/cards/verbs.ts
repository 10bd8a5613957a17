/** Every Action.Execute verb, defined once; handlers and card builders both use these. */
export const VERBS = {
  directoryUnit: 'directory.unit',
  directorySetMyUnit: 'directory.setMyUnit',
  directoryScope: 'directory.scope',
  registerApply: 'register.apply',
  registerCancel: 'register.cancel',
  orderForm: 'order.form',
  orderSubmit: 'order.submit',
  orderAct: 'order.act',
  orderView: 'order.view',
  orderHistory: 'order.history',
  noticePreview: 'notice.preview',
  noticeSend: 'notice.send',
  noticeEdit: 'notice.edit',
  noticeCancel: 'notice.cancel',
  noticeSubscribe: 'notice.subscribe',
  noticeBoard: 'notice.board',
  noticeAcknowledge: 'notice.acknowledge',
  noticeRemind: 'notice.remind',
  reminderPause: 'reminder.pause',
  reminderAdd: 'reminder.add',
  reminderRemove: 'reminder.remove',
  consentErase: 'consent.erase',
  consentCancel: 'consent.cancel',
  ngoDecide: 'ngo.decide',
} as const;

export type Verb = (typeof VERBS)[keyof typeof VERBS];
