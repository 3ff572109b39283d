export * from './deadline';
export * from './holidays';
export * from './model';
export * from './notice';
export * from './slots';
export * from './console';
