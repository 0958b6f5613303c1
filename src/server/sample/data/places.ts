/**
 * Communes for addresses: the sample dealership sits in the Lyon area, so most customers live in
 * the Rhône, Ain, Isère and Loire; a few come from elsewhere, including Corsica and La Réunion so
 * the tricky département rules of domain.md §1.9 appear in the data. Postal codes are real.
 */

export interface Commune {
  readonly postalCode: string;
  readonly city: string;
  /** First two digits of landlines in this zone (01–05), or the overseas prefix. */
  readonly landline: string;
  /** Relative frequency in the customer base. */
  readonly weight: number;
}

const c = (postalCode: string, city: string, weight: number, landline = '04'): Commune => ({ postalCode, city, landline, weight });

export const COMMUNES: readonly Commune[] = [
  c('69001', 'Lyon', 6), c('69003', 'Lyon', 8), c('69006', 'Lyon', 6), c('69007', 'Lyon', 7), c('69008', 'Lyon', 7),
  c('69009', 'Lyon', 5), c('69100', 'Villeurbanne', 12), c('69200', 'Vénissieux', 8), c('69300', 'Caluire-et-Cuire', 5),
  c('69400', 'Villefranche-sur-Saône', 7), c('69500', 'Bron', 6), c('69600', 'Oullins', 4), c('69700', 'Givors', 3),
  c('69800', 'Saint-Priest', 7), c('69120', 'Vaulx-en-Velin', 6), c('69140', 'Rillieux-la-Pape', 4),
  c('69150', 'Décines-Charpieu', 4), c('69130', 'Écully', 3), c('69160', 'Tassin-la-Demi-Lune', 3),
  c('69230', 'Saint-Genis-Laval', 3), c('69330', 'Meyzieu', 5), c('69340', 'Francheville', 2), c('69570', 'Dardilly', 2),
  c('69630', 'Chaponost', 2), c('69680', 'Chassieu', 3), c('69740', 'Genas', 3), c('69780', 'Mions', 2),
  c('69960', 'Corbas', 3), c('69970', 'Chaponnay', 1), c('69250', 'Neuville-sur-Saône', 2), c('69290', 'Craponne', 2),
  c('69310', 'Pierre-Bénite', 2), c('69440', 'Mornant', 1), c('69540', 'Irigny', 2), c('69760', 'Limonest', 1),
  c('69890', 'La Tour-de-Salvagny', 1), c('69210', "L'Arbresle", 2), c('69170', 'Tarare', 2), c('69190', 'Saint-Fons', 3),
  c('69220', 'Belleville-en-Beaujolais', 2), c('69720', 'Saint-Bonnet-de-Mure', 2), c('69280', "Marcy-l'Étoile", 1),
  c('01000', 'Bourg-en-Bresse', 4), c('01100', 'Oyonnax', 2), c('01500', 'Ambérieu-en-Bugey', 2), c('01600', 'Trévoux', 2),
  c('01700', 'Miribel', 2), c('01120', 'Montluel', 2), c('01800', 'Meximieux', 1), c('01400', 'Châtillon-sur-Chalaronne', 1),
  c('01210', 'Ferney-Voltaire', 1), c('01330', 'Villars-les-Dombes', 1),
  c('38000', 'Grenoble', 3), c('38200', 'Vienne', 4), c('38300', 'Bourgoin-Jallieu', 4), c('38090', 'Villefontaine', 2),
  c('38080', "L'Isle-d'Abeau", 2), c('38070', 'Saint-Quentin-Fallavier', 2), c('38130', 'Échirolles', 1),
  c('38150', 'Roussillon', 1), c('38290', 'La Verpillière', 1), c('38540', 'Heyrieux', 1), c('38500', 'Voiron', 1),
  c('42000', 'Saint-Étienne', 3), c('42300', 'Roanne', 1), c('42400', 'Saint-Chamond', 1), c('42800', 'Rive-de-Gier', 1),
  c('42160', 'Andrézieux-Bouthéon', 1), c('42600', 'Montbrison', 1),
  c('26000', 'Valence', 1), c('71000', 'Mâcon', 1), c('73000', 'Chambéry', 1), c('74000', 'Annecy', 1),
  c('63000', 'Clermont-Ferrand', 1), c('13008', 'Marseille', 1), c('06000', 'Nice', 0.5),
  c('75015', 'Paris', 1, '01'), c('92100', 'Boulogne-Billancourt', 0.5, '01'), c('44000', 'Nantes', 0.5, '02'),
  c('59000', 'Lille', 0.5, '03'), c('67000', 'Strasbourg', 0.5, '03'), c('21000', 'Dijon', 0.5, '03'),
  c('31000', 'Toulouse', 0.5, '05'), c('33000', 'Bordeaux', 0.5, '05'),
  c('20000', 'Ajaccio', 0.3), c('20200', 'Bastia', 0.3), c('97400', 'Saint-Denis', 0.3, '0262'),
];

export const STREETS: readonly string[] = [
  'rue de la République', 'avenue Jean Jaurès', 'rue Pasteur', 'rue Victor Hugo', "place de l'Église",
  'chemin des Vignes', 'allée des Tilleuls', 'boulevard Gambetta', 'rue du Stade', 'impasse des Lilas',
  'route de Lyon', 'rue des Écoles', 'rue de la Gare', 'avenue du Général de Gaulle', 'rue Jean Moulin',
  'rue Émile Zola', 'rue Voltaire', 'chemin du Moulin', 'rue des Acacias', 'avenue de la Libération',
  'rue du 8 Mai 1945', 'rue Anatole France', 'rue des Peupliers', 'montée des Carmes', 'quai Jean Moulin',
  'rue Paul Bert', 'cours Lafayette', 'rue Garibaldi', 'avenue Berthelot', 'rue Marcel Mérieux',
];

/** Business addresses: industrial and commercial zones. */
export const BUSINESS_STREETS: readonly string[] = [
  'ZI des Bruyères', 'ZAC du Chêne', 'ZA des Platières', 'rue de l’Industrie', 'avenue des Frères Lumière',
  'ZI Mi-Plaine', 'rue du Commerce', 'Parc d’activités des Pierres', 'chemin des Artisans', 'route de Grenoble',
];

/** Département of a postal code, with the Corsica and overseas rules of domain.md §1.9. */
export function departementOf(postalCode: string): string {
  if (postalCode.startsWith('97')) return postalCode.slice(0, 3);
  if (postalCode.startsWith('20')) return Number(postalCode) < 20200 ? '2A' : '2B';
  return postalCode.slice(0, 2);
}
