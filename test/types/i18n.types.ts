/**
 * Type-level tests of the message keys, checked by `npm run typecheck` (tsc), not run by jest:
 * every `@ts-expect-error` line must fail to compile, and every other line must compile.
 */
import {
  messageKey,
  t,
  translator,
  type ExpectNone,
  type KeySuffix,
  type KeysNotInEveryLanguage,
  type MessageKey,
} from '../../src/i18n';
import type { OrderState } from '../../src/domain/orders';

const fi = translator('fi');

// Keys from the Finnish catalogue compile.
fi('common.helpTitle');
t('sv', 'orders.summaryTotal', { total: 3 });

// @ts-expect-error a misspelt key
fi('common.helpTitel');
// @ts-expect-error a key of another namespace
fi('orders.helpTitle');
// @ts-expect-error a key without its namespace
fi('helpTitle');

// Keys built at run time are typed by the union they are built from.
const state = 'draft' as OrderState;
fi(`orders.state_${state}`);
const anyText = 'draft' as string;
// @ts-expect-error a key built from any string could be missing
fi(`orders.state_${anyText}`);

// Typed key builders: the name must be one the prefix has.
const field: KeySuffix<'orders.field_'> = 'purpose';
fi(messageKey('orders.field_', field));
// @ts-expect-error 'purpse' is not a field of the order form
messageKey('orders.field_', 'purpse');

// A catalogue whose Swedish or English lacks a Finnish key, or has one more, does not compile.
type Same = { fi: { a: string; b: string }; sv: { a: string; b: string }; en: { a: string; b: string } };
type SvLacksB = { fi: { a: string; b: string }; sv: { a: string }; en: { a: string; b: string } };
type EnHasC = { fi: { a: string }; sv: { a: string }; en: { a: string; c: string } };
export type Matching = ExpectNone<KeysNotInEveryLanguage<Same>>;
// @ts-expect-error sv lacks "b"
export type Missing = ExpectNone<KeysNotInEveryLanguage<SvLacksB>>;
// @ts-expect-error en has "c", which Finnish has not
export type Extra = ExpectNone<KeysNotInEveryLanguage<EnHasC>>;

export const someKey: MessageKey = 'directory.liaisons';
