// Catalogue: the single source of truth for fields, enumerations and derived values.

export type {
  DataCategory,
  EntityDef,
  EntityType,
  EnumDef,
  EnumOption,
  FieldDef,
  FieldType,
  Label,
  Lang,
  PanelId,
  RetentionCategory,
  ValidatorName,
} from './types';

// Entities and lookups
export { HOST_ATTRIBUTES } from './host-fields';
export type { HostAttribute } from './host-fields';
export { CATALOGUE, allEnums, getEntity, getField } from './entities';
export { UnknownFieldError } from './unknown-field-error';

// Enumerations
export {
  AGE_BAND,
  BUYING_ROLE,
  COMPANY_TYPE,
  CONSENT_SOURCE,
  CONSENT_STATUS,
  CONTACT_ROLE,
  CSP,
  CUSTOMER_KIND,
  EMPLOYEE_BAND,
  ENERGY_FAMILY,
  ENERGY_P3,
  ENUM_DEFS,
  FAMILY_SITUATION,
  FINANCER,
  FINANCING_MODE,
  FLEET_SIZE_BAND,
  GENDER,
  GENRE_J1,
  HOUSING_TYPE,
  INBOUND_CONTACT_SOURCE,
  INTERESTS,
  LIFECYCLE_STAGE,
  NAF_VERSION,
  PURCHASE_TYPE,
  RETENTION_ANCHOR_SOURCE,
  RETENTION_STATUS,
  SCORE_GRADE,
  SIRENE_STATE,
  VEHICLE_BRAND,
  VEHICLE_CATEGORY,
} from './enums';
export type {
  AgeBandCode,
  BuyingRoleCode,
  CodeOf,
  CompanyTypeCode,
  ConsentSourceCode,
  ConsentStatusCode,
  ContactRoleCode,
  CspCode,
  CustomerKindCode,
  EmployeeBandCode,
  EnergyFamilyCode,
  EnergyP3Code,
  FamilySituationCode,
  FinancerCode,
  FinancingModeCode,
  FleetSizeBandCode,
  GenderCode,
  GenreJ1Code,
  HousingTypeCode,
  InboundContactSourceCode,
  InterestCode,
  LifecycleStageCode,
  NafVersionCode,
  PurchaseTypeCode,
  RetentionAnchorSourceCode,
  RetentionStatusCode,
  ScoreGradeCode,
  SireneStateCode,
  TypedEnumDef,
  TypedEnumOption,
  VehicleBrandCode,
  VehicleCategoryCode,
} from './enums';

// Identifiers
export {
  isValidNaf,
  isValidPlate,
  isValidSiren,
  isValidSiret,
  isValidVin,
  normaliseDigits,
  normaliseNaf,
  normalisePlate,
  normaliseVin,
  validateIdentifier,
} from './identifiers';

// Derived values and calendar helpers
export {
  AGE_BAND_ORDER,
  ageBand,
  categoryFromGenre,
  energyFamilyFromCode,
  fleetSizeBand,
  nextControleTechniqueDue,
  vehicleAgeMonths,
} from './derive';
export { addMonthsIso, compareIsoDates, isIsoDate, monthsBetween, parseIsoDate } from './iso-date';
export type { CalendarDate } from './iso-date';
export { addMonthsToDay, civilFromDay, dayFromCivil, isoFromDay, parseDay, wholeMonthsBetween } from './day-numbers';
