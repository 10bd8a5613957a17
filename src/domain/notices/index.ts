/** NGO notices: topics, validation, audience and sending rights. Pure. */
export * from './audience';
export * from './topics';
export * from './types';
export * from './validate';
