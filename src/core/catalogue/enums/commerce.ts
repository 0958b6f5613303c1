import { defineEnum, option } from './define';
import type { CodeOf } from './define';

/** How the vehicle was bought (domain.md §1.3); VOR has no legal definition, only trade usage. */
export const PURCHASE_TYPE = defineEnum('purchaseType', [
  option('VN', 'Véhicule neuf', 'New vehicle', ['neuf', 'new', 'VN neuf']),
  option('VD', 'Véhicule de démonstration ou de direction', 'Demo or management car', ['démo', 'demo', 'démonstration', 'véhicule de direction', 'VDD']),
  option('VO0KM', 'VO « 0 km »', 'Pre-registered (zero km)', ['0 km', '0km', 'zéro km', 'VO 0 km', 'VO0', 'pre-registered']),
  option('VOR', 'Véhicule d’occasion récent', 'Nearly-new used vehicle', ['occasion récente', 'VO récent', 'nearly new']),
  option('VO', 'Véhicule d’occasion', 'Used vehicle', ['occasion', 'used', 'second-hand', 'VO occasion']),
]);
export type PurchaseTypeCode = CodeOf<typeof PURCHASE_TYPE>;

/** Financing or usage mode of a vehicle (domain.md §1.4). */
export const FINANCING_MODE = defineEnum('financingMode', [
  option('COMPTANT', 'Comptant (fonds propres)', 'Cash', ['cash', 'achat comptant', 'fonds propres']),
  option('CREDIT_AFFECTE', 'Crédit auto affecté', 'Tied car loan', ['crédit affecté', 'crédit auto']),
  option('CREDIT_CLASSIQUE', 'Prêt personnel ou crédit bancaire', 'Personal or bank loan', ['prêt personnel', 'crédit bancaire', 'crédit classique', 'crédit']),
  option('LOA', 'Location avec option d’achat (LOA)', 'Lease with purchase option', ['leasing', "location avec option d'achat", 'PCP']),
  option('LLD', 'Location longue durée (LLD)', 'Long-term rental (contract hire)', ['location longue durée', 'contract hire']),
  option('CREDIT_BAIL', 'Crédit-bail', 'Finance lease', ['crédit-bail', 'credit bail', 'finance lease']),
  option('LMD', 'Location moyenne durée (LMD)', 'Mid-term rental', ['location moyenne durée']),
  option('LCD', 'Location courte durée (LCD)', 'Short-term rental', ['location courte durée']),
]);
export type FinancingModeCode = CodeOf<typeof FINANCING_MODE>;

/** Financing companies common in France: brand captives, consumer-credit banks, LLD lessors. */
export const FINANCER = defineEnum('financer', [
  option('MOBILIZE_FS', 'Mobilize Financial Services (DIAC, RCI Banque)', 'Mobilize Financial Services (DIAC, RCI Banque)', ['DIAC', 'RCI Banque', 'RCI', 'Mobilize']),
  option('STELLANTIS_FS', 'Stellantis Financial Services (ex-Banque PSA Finance)', 'Stellantis Financial Services (formerly PSA Banque)', ['PSA Banque', 'Banque PSA Finance', 'Crédipar', 'PSA Finance']),
  option('CA_AUTO_BANK', 'CA Auto Bank (ex-FCA Bank)', 'CA Auto Bank (formerly FCA Bank)', ['FCA Bank', 'FCA Capital']),
  option('VOLKSWAGEN_FS', 'Volkswagen Financial Services', 'Volkswagen Financial Services', ['VW Bank', 'Volkswagen Bank', 'VWFS']),
  option('BMW_FS', 'BMW Financial Services', 'BMW Financial Services', ['BMW Finance']),
  option('MERCEDES_FS', 'Mercedes-Benz Financial Services', 'Mercedes-Benz Financial Services', ['Mercedes-Benz Financial', 'MBFS']),
  option('TOYOTA_FS', 'Toyota France Financement', 'Toyota Financial Services', ['Toyota Financial Services', 'TFF']),
  option('CA_PERSONAL_FINANCE', 'CA Personal Finance & Mobility (Sofinco)', 'CA Personal Finance & Mobility (Sofinco)', ['Sofinco', 'CA Consumer Finance', 'Crédit Agricole Consumer Finance']),
  option('CETELEM', 'Cetelem (BNP Paribas Personal Finance)', 'Cetelem (BNP Paribas Personal Finance)', ['BNP Paribas Personal Finance']),
  option('COFIDIS', 'Cofidis', 'Cofidis'),
  option('FRANFINANCE', 'Franfinance (Société Générale)', 'Franfinance (Société Générale)', ['Franfinance']),
  option('BANQUE', 'Banque de détail (prêt bancaire)', 'Retail bank (bank loan)', ['banque', 'bank']),
  option('AYVENS', 'Ayvens (ex-ALD Automotive, LeasePlan)', 'Ayvens (formerly ALD Automotive, LeasePlan)', ['ALD Automotive', 'ALD', 'LeasePlan', 'Temsys']),
  option('ARVAL', 'Arval (BNP Paribas)', 'Arval (BNP Paribas)', ['Arval']),
  option('LEASYS', 'Leasys', 'Leasys', ['Free2Move Lease']),
  option('ALPHABET', 'Alphabet (BMW Group)', 'Alphabet (BMW Group)', ['Alphabet']),
  option('ATHLON', 'Athlon (Mercedes-Benz Mobility)', 'Athlon (Mercedes-Benz Mobility)', ['Athlon']),
  option('AUTRE', 'Autre financeur', 'Other financer', ['autre', 'other']),
]);
export type FinancerCode = CodeOf<typeof FINANCER>;
