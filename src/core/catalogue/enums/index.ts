export { defineEnum, option } from './define';
export type { CodeOf, TypedEnumDef, TypedEnumOption } from './define';
export { ENUM_DEFS } from './all';

export { GENRE_J1, VEHICLE_BRAND, VEHICLE_CATEGORY } from './vehicle';
export type { GenreJ1Code, VehicleBrandCode, VehicleCategoryCode } from './vehicle';
export { ENERGY_FAMILY, ENERGY_P3 } from './energy';
export type { EnergyFamilyCode, EnergyP3Code } from './energy';
export { FINANCER, FINANCING_MODE, PURCHASE_TYPE } from './commerce';
export type { FinancerCode, FinancingModeCode, PurchaseTypeCode } from './commerce';

export { COMPANY_TYPE, EMPLOYEE_BAND, FLEET_SIZE_BAND, NAF_VERSION, SIRENE_STATE } from './company';
export type {
  CompanyTypeCode,
  EmployeeBandCode,
  FleetSizeBandCode,
  NafVersionCode,
  SireneStateCode,
} from './company';
export { BUYING_ROLE, CONTACT_ROLE, CUSTOMER_KIND, INBOUND_CONTACT_SOURCE, LIFECYCLE_STAGE } from './relationship';
export type {
  BuyingRoleCode,
  ContactRoleCode,
  CustomerKindCode,
  InboundContactSourceCode,
  LifecycleStageCode,
} from './relationship';

export { AGE_BAND, CSP, FAMILY_SITUATION, GENDER, HOUSING_TYPE, INTERESTS } from './profile';
export type { AgeBandCode, CspCode, FamilySituationCode, GenderCode, HousingTypeCode, InterestCode } from './profile';

export { CONSENT_SOURCE, CONSENT_STATUS, RETENTION_ANCHOR_SOURCE, RETENTION_STATUS, SCORE_GRADE } from './governance';
export type {
  ConsentSourceCode,
  ConsentStatusCode,
  RetentionAnchorSourceCode,
  RetentionStatusCode,
  ScoreGradeCode,
} from './governance';
