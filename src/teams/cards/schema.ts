/**
 * The part of the Adaptive Card 1.5 schema that Silta uses, as TypeScript types: every element, input and
 * action is a member of a union discriminated by `type`, and every object is closed (no index signature),
 * so a misspelt property or a value outside an enumeration (`spacing: 'huge'`) is a compile error.
 * Property names and enumerations follow the official 1.5 JSON schema (adaptive-card.json), which the
 * card tests validate every card against (test/support/cardValidity.ts). One Teams addition is typed
 * here: the `Chart.VerticalBar` element, always with a 1.5 `fallback`, and the people picker's
 * `choices.data`.
 */

export type Spacing = 'default' | 'none' | 'small' | 'medium' | 'large' | 'extraLarge' | 'padding';
export type FontSize = 'default' | 'small' | 'medium' | 'large' | 'extraLarge';
export type FontWeight = 'default' | 'lighter' | 'bolder';
export type Color = 'default' | 'dark' | 'light' | 'accent' | 'good' | 'warning' | 'attention';
export type ContainerStyle = 'default' | 'emphasis' | 'good' | 'attention' | 'warning' | 'accent';
export type ImageSize = 'auto' | 'stretch' | 'small' | 'medium' | 'large';
export type ActionStyle = 'default' | 'positive' | 'destructive';
/** `filtered` (1.5): a drop-down the user can type into to narrow its choices. */
export type ChoiceInputStyle = 'compact' | 'expanded' | 'filtered';

/** What every element may carry (schema: Extendable.Element). */
interface ElementBase {
  id?: string;
  spacing?: Spacing;
  separator?: boolean;
  isVisible?: boolean;
}

export interface OpenUrlAction {
  type: 'Action.OpenUrl';
  title?: string;
  url: string;
  style?: ActionStyle;
}

/** `data` is the action's own payload; Silta always sends the verb in it as well. */
export interface ExecuteAction {
  type: 'Action.Execute';
  title?: string;
  verb: string;
  data: Record<string, unknown>;
  style?: ActionStyle;
}

export interface SubmitAction {
  type: 'Action.Submit';
  title?: string;
  data?: Record<string, unknown>;
  style?: ActionStyle;
}

export interface ShowCardAction {
  type: 'Action.ShowCard';
  title?: string;
  card: NestedCard;
  style?: ActionStyle;
}

export type Action = OpenUrlAction | ExecuteAction | SubmitAction | ShowCardAction;

export interface TextRun {
  type: 'TextRun';
  text: string;
  size?: FontSize;
  weight?: FontWeight;
  color?: Color;
  isSubtle?: boolean;
  italic?: boolean;
  selectAction?: OpenUrlAction | ExecuteAction | SubmitAction;
}

export interface RichTextBlock extends ElementBase {
  type: 'RichTextBlock';
  inlines: TextRun[];
}

export interface TextBlock extends ElementBase {
  type: 'TextBlock';
  text: string;
  wrap?: boolean;
  size?: FontSize;
  weight?: FontWeight;
  color?: Color;
  isSubtle?: boolean;
}

export interface Image extends ElementBase {
  type: 'Image';
  url: string;
  altText: string;
  size?: ImageSize;
}

export interface Container extends ElementBase {
  type: 'Container';
  items: BodyElement[];
  style?: ContainerStyle;
}

export interface ActionSet extends ElementBase {
  type: 'ActionSet';
  actions: Action[];
}

export interface Fact {
  title: string;
  value: string;
}

/** Label–value pairs in two columns; clients may read both as markdown (see `facts` in adaptive.ts). */
export interface FactSet extends ElementBase {
  type: 'FactSet';
  facts: Fact[];
}

/** Every input has an id and a label (Teams reads it out and shows it above the field). */
export interface Labelled {
  id: string;
  label: string;
  isRequired?: boolean;
  errorMessage?: string;
}
interface InputBase extends Omit<ElementBase, 'id'>, Labelled {}

export interface TextInput extends InputBase {
  type: 'Input.Text';
  value?: string;
  placeholder?: string;
  maxLength?: number;
  isMultiline?: boolean;
  regex?: string;
}

export interface Choice {
  title: string;
  value: string;
}

export interface ChoiceSetInput extends InputBase {
  type: 'Input.ChoiceSet';
  value?: string;
  placeholder?: string;
  choices: Choice[];
  style?: ChoiceInputStyle;
  isMultiSelect?: boolean;
  /**
   * Teams' dynamic choices (Adaptive Cards 1.6, not in the 1.5 schema): the people picker
   * (`graph.microsoft.com/users`) or a typeahead the bot answers (`application/search`). Clients
   * without it show the static `choices`, so there is always at least one.
   */
  'choices.data'?: { type: 'Data.Query'; dataset: string };
}

export interface DateInput extends InputBase {
  type: 'Input.Date';
  value?: string;
  placeholder?: string;
  min?: string;
  max?: string;
}

export interface TimeInput extends InputBase {
  type: 'Input.Time';
  value?: string;
  placeholder?: string;
}

export interface NumberInput extends InputBase {
  type: 'Input.Number';
  value?: number;
  placeholder?: string;
  min?: number;
  max?: number;
}

/** A check box: `title` beside it, `valueOn` / `valueOff` as the submitted value. */
export interface ToggleInput extends InputBase {
  type: 'Input.Toggle';
  title: string;
  value?: string;
  valueOn?: string;
  valueOff?: string;
  wrap?: boolean;
}

export type Input = TextInput | ChoiceSetInput | DateInput | TimeInput | NumberInput | ToggleInput;

/** The Adaptive Card 1.5 elements Silta uses. */
export type Element = RichTextBlock | TextBlock | Image | Container | ActionSet | FactSet | Input;

/**
 * Teams' vertical bar chart. Not part of Adaptive Card 1.5: clients that do not know it render its
 * `fallback` instead, so a chart always carries one.
 */
export interface VerticalBarChart extends ElementBase {
  type: 'Chart.VerticalBar';
  title?: string;
  showTitle?: boolean;
  xAxisTitle?: string;
  yAxisTitle?: string;
  showBarValues?: boolean;
  color?: 'categoricalBlue' | 'categoricalPurple' | 'categoricalTeal' | 'good';
  data: Array<{ x: string; y: number }>;
  fallback: Element;
}

/** What a card body may hold: the 1.5 elements and the Teams elements that fall back to one of them. */
export type BodyElement = Element | VerticalBarChart;

export interface Refresh {
  action: ExecuteAction;
  userIds: string[];
}

/** A top-level card as Silta sends it: always version 1.5. */
export interface AdaptiveCard {
  type: 'AdaptiveCard';
  $schema: 'http://adaptivecards.io/schemas/adaptive-card.json';
  version: '1.5';
  body: BodyElement[];
  actions?: Action[];
  refresh?: Refresh;
}

/** The card inside an Action.ShowCard (it takes its version from the card it is in). */
export interface NestedCard {
  type: 'AdaptiveCard';
  body: BodyElement[];
  actions: Action[];
}

/** The answer to an Action.Execute invoke that shows a card. */
export interface CardInvokeResponse {
  statusCode: 200;
  type: 'application/vnd.microsoft.card.adaptive';
  value: AdaptiveCard;
}
