/**
 * Type-level tests of the card types, checked by `npm run typecheck` (not run by jest): every line
 * marked @ts-expect-error must fail to compile, so the card types stop a typo before it reaches Teams.
 */
import { card, container, sentence, textInput } from '../../src/teams/cards/adaptive';
import type { Action, BodyElement } from '../../src/teams/cards/schema';

export const typeChecks: unknown[] = [
  // @ts-expect-error 'huge' is not one of Adaptive Card 1.5's spacings
  sentence('x', { spacing: 'huge' }),
  // @ts-expect-error a misspelt property (wrap) of a TextBlock
  card([{ type: 'TextBlock', text: 'x', wrpa: true }]),
  // @ts-expect-error 'danger' is not a container style
  container([], { style: 'danger' }),
  // @ts-expect-error an Input.Text has maxLength, not maxlength
  { ...textInput('a', 'A'), maxlength: 10 } satisfies BodyElement,
  // @ts-expect-error an element type that Adaptive Card 1.5 does not have
  card([{ type: 'Input.Rating', id: 'r', label: 'R' }]),
  // @ts-expect-error an Action.Execute needs its verb
  card([], [{ type: 'Action.Execute', title: 'Go', data: {} }]),
  // @ts-expect-error a chart without a fallback for clients that cannot draw it
  card([{ type: 'Chart.VerticalBar', data: [{ x: 'tammi', y: 1 }] }]),
  // @ts-expect-error an action is not an element of the body
  card([{ type: 'Action.OpenUrl', url: 'https://example.org' } satisfies Action]),
];
