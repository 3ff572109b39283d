// One line per rate year. To add a year, drop `2027.json` next to this file and add:
//   export { default as rates2027 } from './2027.json';
// The unit tests check every file against the schema in ../rate-schema.ts; the loader keys it by
// its own `year`.
export { default as rates2026 } from './2026.json';
