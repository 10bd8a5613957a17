import type { Config } from '../config';
import { systemClock, type Clock } from '../domain/time';
import { AuditRepository } from '../infra/auditRepository';
import { BoardRepository } from '../infra/boardRepository';
import { Outbox } from '../infra/delivery/outbox';
import { NgoEventRepository } from '../infra/ngoEventRepository';
import { NgoSubmissionRepository } from '../infra/ngoSubmissionRepository';
import { NoticeRepository } from '../infra/noticeRepository';
import { ReminderRepository } from '../infra/reminderRepository';
import { ConversationRepository } from '../infra/conversationRepository';
import { ErasureRequests } from '../infra/erasureRequests';
import { ExportRepository, OrderRepository } from '../infra/orderRepository';
import type { CosmosStore } from '../infra/cosmos/store';
import { Documents } from '../infra/cosmos/documents';
import type { Logger } from '../infra/logger';
import { ProfileRepository } from '../infra/profileRepository';
import { RegisterRepository } from '../infra/registerRepository';
import { StateStore, type StateDocument } from '../infra/stateStore';
import { ConversationService } from './conversationService';
import { loadFinlandPlaces } from '../infra/postalAreas';
import { LanguageService } from './languageService';
import { DirectoryService } from './directoryService';
import { LiaisonSearch } from './liaisonSearch';
import { ReadMarks } from '../infra/delivery/readMarks';
import { ReadReceiptService } from './readReceipts';
import { NoticeFollowUp } from './noticeFollowUp';
import { NgoService } from './ngoService';
import { InfoScreenService } from './infoScreenService';
import { NoticeService } from './noticeService';
import { OrderService } from './orderService';
import { ProfileService } from './profileService';
import { RegisterService } from './registerService';
import { ConsentService } from './consentService';
import { RetentionService } from './retentionService';
import type { BotStateStore, Repositories } from './repositories';
import { StorageRuntime } from './runtime';
import { SiltaError } from '../domain/errors';

export type { Repositories } from './repositories';

/** Everything a Teams handler may call. Handlers stay thin: read the turn, call one of these, render. */
export interface Services {
  config: Config;
  log: Logger;
  clock: Clock;
  storage: StorageRuntime;
  /** Storage for the composition root and tests; handlers call the use cases below. */
  repos(): Repositories;
  stateStore(): BotStateStore;
  directory: DirectoryService;
  /** The language each user chose, remembered per instance for a minute. */
  languages: LanguageService;
  register: RegisterService;
  orders: OrderService;
  notices: NoticeService;
  /** NGO submissions from the public page (docs/ngo.md). */
  ngo: NgoService;
  /** The centres' info screens (docs/ngo.md §8). */
  infoScreens: InfoScreenService;
  /** Data lifetimes: the retention job and forgetting users who removed Silta. */
  retention: RetentionService;
  /** Erasing an experience expert whose consent was withdrawn. */
  consent: ConsentService;
  profiles: ProfileService;
  conversations: ConversationService;
  /** The directory as a search (the message extension in any chat). */
  liaisonSearch: LiaisonSearch;
  /** Who read and who acknowledged each notice. */
  readReceipts: ReadReceiptService;
  /** The one-click reminder to those who have not read or acknowledged a notice. */
  followUp: NoticeFollowUp;
  /** Runs `fn` when the services close (timers of the Teams layer). */
  onClose(fn: () => void): void;
  /** Starts connecting to storage (retrying until it answers); resolves when ready. */
  start(): Promise<void>;
  close(): Promise<void>;
}

export const REGISTER_POLL_MS = 5_000;
const DAY_SECONDS = 86_400;

export function createServices(config: Config, log: Logger, clock: Clock = systemClock): Services {
  let repositories: Repositories | undefined;
  const repos = (): Repositories => {
    if (!repositories) throw new SiltaError('STORAGE_NOT_READY');
    return repositories;
  };
  const directory = new DirectoryService(
    () => repos().register,
    clock,
    log,
    config.coordinatorAadIds,
    loadFinlandPlaces(),
  );
  const register = new RegisterService(repos, directory, clock, log);
  const orders = new OrderService(repos, directory, clock, log, config.orderRetentionMonths);
  const ngo = new NgoService(repos, directory, clock, log, config.ngo.minFillMs);
  const retention = new RetentionService(repos, clock, log, config.lifetimes);
  const consent = new ConsentService(repos, directory, register, clock, log);
  const conversations = new ConversationService(repos, clock);
  const notices = new NoticeService(repos, directory, clock, log, conversations);
  const profiles = new ProfileService(repos, clock);
  const liaisonSearch = new LiaisonSearch(directory, {
    unitOf: (userId) => profiles.unitOf(userId),
  });
  let readMarks: ReadMarks | undefined;
  const readReceipts = new ReadReceiptService(() => {
    if (!storage.store) throw new SiltaError('STORAGE_NOT_READY');
    return (readMarks ??= new ReadMarks(storage.store));
  }, clock);
  const followUp = new NoticeFollowUp(repos, notices, readReceipts, directory, clock);
  const closers: Array<() => void> = [];

  const onReady = async (store: CosmosStore): Promise<void> => {
    repositories = {
      state: new StateStore(
        new Documents<StateDocument>(store.container('botstate'), 'bot state'),
        clock,
        (config.lifetimes.turnStateDays + 1) * DAY_SECONDS,
      ),
      register: new RegisterRepository(store),
      profiles: new ProfileRepository(store),
      audit: new AuditRepository(store),
      conversations: new ConversationRepository(
        store,
        (config.lifetimes.userInactiveMonths * 31 + 1) * DAY_SECONDS,
      ),
      orders: new OrderRepository(store),
      exports: new ExportRepository(store),
      notices: new NoticeRepository(store),
      outbox: new Outbox(store),
      boards: new BoardRepository(store),
      reminders: new ReminderRepository(store),
      erasures: new ErasureRequests(store),
      ngoSubmissions: new NgoSubmissionRepository(store),
      ngoEvents: new NgoEventRepository(store),
    };
    await directory.refresh();
    if (directory.version === 0 && config.seedDemoData) await register.loadDemoData('seed');
    directory.startPolling(REGISTER_POLL_MS);
    await notices.ensureReminders();
  };
  const storage = new StorageRuntime(config.cosmos, log, onReady);

  return {
    config,
    log,
    clock,
    storage,
    repos,
    stateStore: () => repos().state,
    directory,
    languages: new LanguageService(repos, clock),
    register,
    orders,
    notices,
    ngo,
    infoScreens: new InfoScreenService(repos, directory, clock),
    retention,
    consent,
    profiles,
    conversations,
    liaisonSearch,
    readReceipts,
    followUp,
    onClose(fn) {
      closers.push(fn);
    },
    async start() {
      storage.start();
      await storage.whenReady();
    },
    async close() {
      closers.splice(0).forEach((fn) => fn());
      directory.stopPolling();
      await storage.close();
    },
  };
}
