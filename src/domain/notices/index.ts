/** NGO notices: topics, validation, audience and sending rights. Pure. */
export * from './audience';
export * from './current';
export * from './rights';
export * from './topics';
export * from './types';
export * from './units';
export * from './validate';
export * from './actionData';
export * from './readReceipts';
