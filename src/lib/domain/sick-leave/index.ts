// The sick-leave domain: her status document, the rules with their sources, the deadline engine,
// the questionnaire and the reports she sends.
export * from './status';
export * from './rules';
export * from './deadlines';
export * from './questionnaire';
export * from './reports';
export * from './sick-listed';
