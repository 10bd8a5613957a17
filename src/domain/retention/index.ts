/** Data lifetimes: what is due for deletion, what the audit keeps, consent erasure. Pure. */
export * from './erasure';
export * from './lifetimes';
export * from './registerAudit';
