/** Reading notice and reminder cards as a client does: every Action.Execute, in action sets and ShowCard forms too. */
export interface Execute {
  type: string;
  title: string;
  verb: string;
  data: Record<string, unknown>;
}

/** Every Action.Execute of a card: the card's actions, action sets in its body, and the forms of Action.ShowCard. */
export function executes(card: unknown): Execute[] {
  const out: Execute[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (typeof node !== 'object' || node === null) return;
    const element = node as Record<string, unknown>;
    if (element.type === 'Action.Execute') out.push(element as unknown as Execute);
    for (const key of ['body', 'items', 'actions', 'card', 'columns']) walk(element[key]);
  };
  walk(card);
  return out;
}

/** The card's Action.Execute with this verb whose data matches `where` (the first when several do). */
export function executeOf(card: unknown, verb: string, where: Record<string, unknown> = {}): Execute {
  const found = executes(card).find(
    (a) => a.verb === verb && Object.entries(where).every(([k, v]) => a.data[k] === v),
  );
  if (!found) throw new Error(`no ${verb} ${JSON.stringify(where)} on the card`);
  return found;
}
