import type { Services } from '../services';
import { OrderFlow } from '../services/orderFlow';
import { TeamsOrderMessenger } from './orders/messenger';
import { OrderViews } from './orders/views';
import type { Proactive } from './proactive';

/** The use cases that talk back through Teams, wired to their Teams implementations. */
export interface Features {
  orderViews: OrderViews;
  orderFlow: OrderFlow;
}

/**
 * The Teams layer's composition root: the one place under src/teams that may import src/infra
 * (.dependency-cruiser.cjs, rule teams-infra-only-in-compose).
 */
export function composeFeatures(services: Services, proactive: Proactive): Features {
  const orderViews = new OrderViews(services);
  const messenger = new TeamsOrderMessenger(services, proactive, orderViews);
  return {
    orderViews,
    orderFlow: new OrderFlow(services.orders, services.conversations, messenger, services.log),
  };
}
