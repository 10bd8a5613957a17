import { benchBroadcast } from './broadcast';
import { benchDirectory } from './directory';
import { benchFoundation } from './foundation';
import { benchIntents } from './intents';
import type { Row } from './lib';
import { benchOrders } from './orders';

/** The benchmark suites, in the order `npm run bench` runs them. */
export const SUITES: Record<string, () => Promise<Row[]>> = {
  foundation: benchFoundation,
  directory: benchDirectory,
  intents: benchIntents,
  orders: benchOrders,
  broadcast: benchBroadcast,
};

export const SUITE_NAMES = Object.keys(SUITES);
