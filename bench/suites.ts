import { benchBroadcast } from './broadcast';
import { benchDirectory } from './directory';
import { benchFoundation } from './foundation';
import { benchIntents } from './intents';
import type { Row } from './lib';
import { benchNgo } from './ngo';
import { benchOrders } from './orders';
import { benchReadReceipts } from './readReceipts';

/** The benchmark suites, in the order `npm run bench` runs them. */
export const SUITES: Record<string, () => Promise<Row[]>> = {
  foundation: benchFoundation,
  directory: benchDirectory,
  intents: benchIntents,
  orders: benchOrders,
  ngo: benchNgo,
  broadcast: benchBroadcast,
  receipts: benchReadReceipts,
};

export const SUITE_NAMES = Object.keys(SUITES);
