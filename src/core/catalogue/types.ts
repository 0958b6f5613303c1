/**
 * Types of the field catalogue: the single source of truth from which EspoCRM entityDefs,
 * i18n (fr_FR, en_US), zod record schemas and CSV column maps are generated.
 */

/** A text in both languages the plugin ships. */
export interface Label {
  readonly fr: string;
  readonly en: string;
}

export type Lang = 'fr_FR' | 'en_US';

/** One stored value of an enumeration. `code` is what EspoCRM stores (stable, ASCII). */
export interface EnumOption {
  readonly code: string;
  readonly label: Label;
  /** Other spellings accepted on CSV import (matched case- and accent-insensitively). */
  readonly aliases?: readonly string[];
}

export interface EnumDef {
  /** Identifier of the enumeration, e.g. `vehicleCategory`. */
  readonly id: string;
  readonly options: readonly EnumOption[];
}

/** The entity types AutoCible extends (core) or owns (`AutoCibleVehicle`). */
export type EntityType = 'Account' | 'Contact' | 'Lead' | 'AutoCibleVehicle';

export type FieldType =
  | 'varchar'
  | 'text'
  | 'enum'
  | 'multiEnum'
  | 'int'
  | 'float'
  | 'date'
  | 'datetime'
  | 'bool'
  | 'link';

/**
 * How long a field's value lives, in the terms of the CNIL commercial-management framework.
 * - `person`: follows the data subject's clock (prospect 3 years, customer 3 years after the
 *   relationship ends) and is erased or anonymised with the person.
 * - `consentProof`: kept as long as the processing relies on the consent, then archived (RGPD art. 7(1)).
 * - `business`: non-personal business data, kept for statistics after anonymisation.
 * - `computed`: derived by AutoCible jobs (score, retention plan, VMC); recomputed, cleared with the person.
 */
export type RetentionCategory = 'person' | 'consentProof' | 'business' | 'computed';

/** Category of data for the Art. 30 register (CNIL model). */
export type DataCategory =
  | 'identity'
  | 'contact'
  | 'profile'
  | 'vehicle'
  | 'financing'
  | 'economic'
  | 'activity'
  | 'consent'
  | 'scoring'
  | 'retention'
  | 'value';

/** Named syntactic validators with checksums (see `identifiers.ts`). */
export type ValidatorName = 'siren' | 'siret' | 'vin' | 'plate' | 'naf';

/** Detail-layout panel a field belongs to. */
export type PanelId = 'targeting' | 'b2c' | 'fleet' | 'vehicle' | 'financing' | 'score' | 'consent' | 'retention' | 'vmc';

export interface FieldDef {
  /** EspoCRM field name, also the API attribute (link fields produce `{name}Id`). */
  readonly name: string;
  readonly type: FieldType;
  readonly label: Label;
  readonly tooltip: Label;
  /** Options for `enum` and `multiEnum`. */
  readonly enum?: EnumDef;
  /** Target entity for `link`. */
  readonly linkEntity?: EntityType;
  readonly isPersonalData: boolean;
  readonly audited: boolean;
  readonly retention: RetentionCategory;
  readonly dataCategory: DataCategory;
  readonly panel: PanelId;
  readonly required?: boolean;
  readonly min?: number;
  readonly max?: number;
  readonly maxLength?: number;
  readonly validator?: ValidatorName;
  /** Written only by AutoCible jobs; read-only in the EspoCRM UI. */
  readonly computed?: boolean;
  /**
   * `false`: JSON kept for a side panel, which shows it readably; left out of the detail layout so sales reps
   * do not see the raw text (an administrator can still add it with the Layout Manager).
   */
  readonly inDetailLayout?: false;
  /** Extra CSV header spellings besides the field name and both labels. */
  readonly csvAliases?: readonly string[];
}

export interface EntityDef {
  readonly entityType: EntityType;
  /** True when AutoCible owns the scope (new entity), false for core entities it extends. */
  readonly owned: boolean;
  readonly label: { readonly singular: Label; readonly plural: Label };
  /**
   * The list view's create button of an owned scope (`labels["Create <Entity>"]`, which the core list view
   * translates, falling back to the key itself): "Créer un véhicule" needs the noun's gender.
   */
  readonly createLabel?: Label;
  readonly fields: readonly FieldDef[];
}
