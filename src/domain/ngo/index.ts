export * from './form';
export * from './guard';
export * from './reference';
export * from './routing';
export * from './types';
export * from './retention';
export * from './decisions';
export * from './calendar';
