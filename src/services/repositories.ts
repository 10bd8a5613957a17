import type { AuditRepository } from '../infra/auditRepository';
import type { ConversationRepository } from '../infra/conversationRepository';
import type { ExportRepository, OrderRepository } from '../infra/orderRepository';
import type { ProfileRepository } from '../infra/profileRepository';
import type { RegisterRepository } from '../infra/registerRepository';
import type { StateStore } from '../infra/stateStore';

/** Repositories over the open store; they exist once storage is ready. */
export interface Repositories {
  state: StateStore;
  register: RegisterRepository;
  profiles: ProfileRepository;
  audit: AuditRepository;
  conversations: ConversationRepository;
  orders: OrderRepository;
  exports: ExportRepository;
}
