/** Engine and trim wording of the `version` field (carte grise D.2 is cryptic; dealers write this). */
import type { VehicleBrandCode } from '../../../core/catalogue';

type EngineGroup = 'renault' | 'stellantis' | 'vag' | 'toyota' | 'tesla' | 'generic';

const GROUP_OF: Partial<Record<VehicleBrandCode, EngineGroup>> = {
  RENAULT: 'renault', DACIA: 'renault', NISSAN: 'renault',
  PEUGEOT: 'stellantis', CITROEN: 'stellantis', OPEL: 'stellantis', DS: 'stellantis', JEEP: 'stellantis',
  VOLKSWAGEN: 'vag', AUDI: 'vag', SKODA: 'vag', SEAT: 'vag', CUPRA: 'vag',
  TOYOTA: 'toyota', TESLA: 'tesla',
};

const ENGINES: Readonly<Record<EngineGroup, Readonly<Record<string, readonly string[]>>>> = {
  renault: {
    ES: ['TCe 90', 'TCe 100', 'TCe 130', 'SCe 65'], GO: ['dCi 90', 'Blue dCi 95', 'Blue dCi 115'],
    EH: ['E-Tech full hybrid 145', 'E-Tech hybrid 160'], EE: ['E-Tech plug-in hybrid 160'],
    EL: ['E-Tech 100 % électrique', 'R135 achat intégral'], EG: ['ECO-G 100', 'TCe 100 ECO-G'],
  },
  stellantis: {
    ES: ['PureTech 82', 'PureTech 110', 'PureTech 130', '1.2 Turbo 100'], GO: ['HDi 92', 'BlueHDi 100', 'BlueHDi 130'],
    EH: ['Hybrid 136 e-DCS6', 'Hybrid 145 e-DCS6'], EE: ['Hybrid 180 e-EAT8', 'Hybrid 225 e-EAT8'],
    EL: ['électrique 136 ch', 'électrique 156 ch'],
  },
  vag: {
    ES: ['1.0 TSI 95', '1.0 TSI 110', '1.4 TSI 125', '1.5 TSI 150'], GO: ['1.6 TDI 105', '2.0 TDI 115', '2.0 TDI 150'],
    EH: ['1.5 eTSI 150'], EE: ['eHybrid 204', 'TSI e-Hybrid 245'], EL: ['Pro 204 ch', 'Pro Performance 150 kW'],
  },
  toyota: {
    ES: ['1.0 VVT-i 72', '1.5 VVT-iE 125'], GO: ['D-4D 150'],
    EH: ['Hybride 116h', 'Hybride 130h', 'Hybride 140h', 'Hybride 218h'], EE: ['Hybride rechargeable 306h'], EL: ['électrique'],
  },
  tesla: { EL: ['Propulsion', 'Grande Autonomie', 'Performance'] },
  generic: {
    ES: ['1.0 essence 100 ch', '1.2 essence 110 ch', '1.5 essence 150 ch'], GO: ['1.5 diesel 115 ch', '2.0 diesel 150 ch'],
    EH: ['hybride 140 ch'], EE: ['hybride rechargeable 225 ch'], EL: ['électrique 204 ch', 'Grande Autonomie'],
    GN: ['Natural Power 136 ch'], EG: ['GPL 100 ch'],
  },
};

const TRIMS: Partial<Record<VehicleBrandCode, readonly string[]>> = {
  RENAULT: ['Life', 'Zen', 'Intens', 'Business', 'Evolution', 'Techno', 'Esprit Alpine'],
  DACIA: ['Essential', 'Expression', 'Journey', 'Extreme', 'Stepway'],
  PEUGEOT: ['Active', 'Active Pack', 'Allure', 'GT', 'Style'],
  CITROEN: ['Feel', 'Shine', 'You', 'Plus', 'Max'],
  VOLKSWAGEN: ['Life', 'Style', 'R-Line', 'Confortline'],
  TOYOTA: ['Dynamic', 'Design', 'GR Sport', 'Collection'],
  TESLA: [''],
};

const DEFAULT_TRIMS = ['Business', 'Confort', 'Premium', 'Style'];
const VAN_TRIMS = ['L1H1 Grand Confort', 'L2H2 Confort', 'L1 Pro', 'L3H2 Business', 'Fourgon tôlé'];

export function engineLabels(brand: VehicleBrandCode, energy: string): readonly string[] {
  const group = GROUP_OF[brand] ?? 'generic';
  return ENGINES[group][energy] ?? ENGINES.generic[energy] ?? [energy];
}

export function trims(brand: VehicleBrandCode, genre: string): readonly string[] {
  if (genre === 'CTTE') return VAN_TRIMS;
  if (genre === 'DERIV-VP') return ['2 places'];
  if (genre === 'CAM' || genre === 'TRR') return ['Euro 6'];
  return TRIMS[brand] ?? DEFAULT_TRIMS;
}
