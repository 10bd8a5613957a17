import type { AuditRepository } from '../infra/auditRepository';
import type { BoardRepository } from '../infra/boardRepository';
import type { Outbox } from '../infra/delivery/outbox';
import type { NoticeRepository } from '../infra/noticeRepository';
import type { ReminderRepository } from '../infra/reminderRepository';
import type { ConversationRepository } from '../infra/conversationRepository';
import type { ErasureRequests } from '../infra/erasureRequests';
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
  notices: NoticeRepository;
  outbox: Outbox;
  boards: BoardRepository;
  reminders: ReminderRepository;
  erasures: ErasureRequests;
}
