/** Every Action.Execute verb, defined once; handlers and card builders both use these. */
export const VERBS = {
  directoryUnit: 'directory.unit',
  directorySetMyUnit: 'directory.setMyUnit',
  registerApply: 'register.apply',
  registerCancel: 'register.cancel',
  orderForm: 'order.form',
  orderSubmit: 'order.submit',
  orderAct: 'order.act',
  orderView: 'order.view',
  orderHistory: 'order.history',
} as const;

export type Verb = (typeof VERBS)[keyof typeof VERBS];
