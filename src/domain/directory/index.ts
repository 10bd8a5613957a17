/** The liaison directory: who covers a unit, understood from Finnish, Swedish and English questions. Pure. */
export { answerQuestion, matchUnits } from './answerQuestion';
export { buildDirectoryIndex } from './buildIndex';
export { inflectGenitive, inflectWord } from './inflect';
export type { AnswerOptions, DirectoryAnswer, DirectoryIndex, Person } from './model';
export { isValidOn, scopesOf, toPerson } from './people';
export { COUNTY_SCOPE, HOSPITAL_SERVICE_AREA, answerForUnit, answerForLevel } from './resolve';
export { MAX_TOKENS, fold, normalize, tokenize } from './text';
export type { LiaisonAssignment, LiaisonLevel, Register, Unit, UnitType } from './types';
export { LIAISON_LEVELS } from './types';
export { rolesOf, type Roles } from './roles';
export { scopeDisplayName } from './scopes';
export { SCOPE_CHOICE, UNIT_CHOICE, scopeChoiceOf, unitIdOf } from './actionData';
export { countyDisplayName } from './counties';
export type { FinlandPlaces, PostalArea } from './places';
