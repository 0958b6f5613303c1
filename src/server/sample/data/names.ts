/**
 * French given names and surnames for the sample. Given names are grouped by birth decade so a
 * 1958 driver is not called Jade; surnames are among the most frequent in France (INSEE).
 */

export interface GivenNames {
  readonly female: readonly string[];
  readonly male: readonly string[];
}

/** Given names popular for people born from `from` (year) until the next entry. */
export const GIVEN_NAMES_BY_ERA: readonly { readonly from: number; readonly names: GivenNames }[] = [
  {
    from: 1935,
    names: {
      female: ['Monique', 'Françoise', 'Jacqueline', 'Colette', 'Danielle', 'Josiane', 'Michèle', 'Ginette', 'Odette', 'Paulette', 'Nicole', 'Simone'],
      male: ['Jean', 'Michel', 'André', 'Pierre', 'Claude', 'Jacques', 'Bernard', 'Roger', 'Gérard', 'René', 'Marcel', 'Robert'],
    },
  },
  {
    from: 1955,
    names: {
      female: ['Martine', 'Brigitte', 'Catherine', 'Sylvie', 'Christine', 'Isabelle', 'Nathalie', 'Chantal', 'Patricia', 'Dominique', 'Véronique', 'Françoise'],
      male: ['Philippe', 'Alain', 'Patrick', 'Daniel', 'Jean-Pierre', 'Jean-Luc', 'Christian', 'Éric', 'Thierry', 'Pascal', 'Dominique', 'Gilles'],
    },
  },
  {
    from: 1970,
    names: {
      female: ['Sandrine', 'Valérie', 'Stéphanie', 'Céline', 'Nathalie', 'Karine', 'Sophie', 'Laurence', 'Virginie', 'Delphine', 'Corinne', 'Séverine'],
      male: ['Stéphane', 'Laurent', 'Christophe', 'Frédéric', 'David', 'Olivier', 'Franck', 'Sébastien', 'Nicolas', 'Cédric', 'Jérôme', 'Vincent'],
    },
  },
  {
    from: 1985,
    names: {
      female: ['Julie', 'Aurélie', 'Élodie', 'Émilie', 'Audrey', 'Mélanie', 'Laura', 'Pauline', 'Marion', 'Camille', 'Sarah', 'Anaïs'],
      male: ['Julien', 'Thomas', 'Nicolas', 'Kévin', 'Romain', 'Maxime', 'Alexandre', 'Anthony', 'Guillaume', 'Mickaël', 'Jérémy', 'Benjamin'],
    },
  },
  {
    from: 1998,
    names: {
      female: ['Léa', 'Manon', 'Chloé', 'Emma', 'Camille', 'Inès', 'Clara', 'Océane', 'Lucie', 'Jade', 'Louise', 'Lola'],
      male: ['Lucas', 'Hugo', 'Théo', 'Enzo', 'Louis', 'Nathan', 'Mathis', 'Clément', 'Quentin', 'Antoine', 'Arthur', 'Gabriel'],
    },
  },
];

export const SURNAMES: readonly string[] = [
  'Martin', 'Bernard', 'Thomas', 'Petit', 'Robert', 'Richard', 'Durand', 'Dubois', 'Moreau', 'Laurent',
  'Simon', 'Michel', 'Lefebvre', 'Leroy', 'Roux', 'David', 'Bertrand', 'Morel', 'Fournier', 'Girard',
  'Bonnet', 'Dupont', 'Lambert', 'Fontaine', 'Rousseau', 'Vincent', 'Muller', 'Lefèvre', 'Faure', 'André',
  'Mercier', 'Blanc', 'Guérin', 'Boyer', 'Garnier', 'Chevalier', 'François', 'Legrand', 'Gauthier', 'Garcia',
  'Perrin', 'Robin', 'Clément', 'Morin', 'Nicolas', 'Henry', 'Roussel', 'Mathieu', 'Gautier', 'Masson',
  'Marchand', 'Duval', 'Denis', 'Dumont', 'Lemaire', 'Noël', 'Meyer', 'Dufour', 'Meunier', 'Brun',
  'Blanchard', 'Giraud', 'Joly', 'Rivière', 'Lucas', 'Brunet', 'Gaillard', 'Barbier', 'Arnaud', 'Martinez',
  'Gérard', 'Roche', 'Renard', 'Schmitt', 'Roy', 'Leroux', 'Colin', 'Vidal', 'Caron', 'Picard',
  'Roger', 'Fabre', 'Aubert', 'Lemoine', 'Renaud', 'Dumas', 'Lacroix', 'Olivier', 'Philippe', 'Bourgeois',
  'Pierre', 'Benoît', 'Rey', 'Leclerc', 'Payet', 'Rolland', 'Leclercq', 'Guillaume', 'Lecomte', 'Lopez',
  'Jean', 'Dupuy', 'Guillot', 'Hubert', 'Berger', 'Carpentier', 'Sanchez', 'Dupuis', 'Moulin', 'Louis',
  'Deschamps', 'Huet', 'Vasseur', 'Perez', 'Boucher', 'Fleury', 'Royer', 'Klein', 'Jacquet', 'Adam',
  'Paris', 'Poirier', 'Marty', 'Aubry', 'Guyot', 'Carré', 'Charles', 'Renault', 'Charpentier', 'Ménard',
  'Maillard', 'Baron', 'Bertin', 'Bailly', 'Hervé', 'Schneider', 'Fernandez', 'Le Gall', 'Collet', 'Léger',
  'Bouvier', 'Julien', 'Prévost', 'Millet', 'Perrot', 'Daniel', 'Le Roux', 'Cousin', 'Germain', 'Breton',
  'Besson', 'Langlois', 'Rémy', 'Le Goff', 'Pelletier', 'Lévêque', 'Perrier', 'Leblanc', 'Barré', 'Lebrun',
  'Marchal', 'Weber', 'Mallet', 'Hamon', 'Boulanger', 'Jacob', 'Monnier', 'Michaud', 'Rodriguez', 'Guichard',
  'Gillet', 'Étienne', 'Grondin', 'Poulain', 'Tessier', 'Chevallier', 'Collin', 'Chauvin', 'Da Silva', 'Bouchet',
  'Gay', 'Lemaître', 'Bénard', 'Maréchal', 'Humbert', 'Reynaud', 'Antoine', 'Hoarau', 'Perret', 'Barthélemy',
  'Cordier', 'Pichon', 'Lejeune', 'Gilbert', 'Lamy', 'Delaunay', 'Pasquier', 'Carlier', 'Laporte', "N'Diaye",
  'Nguyen', 'Benali', 'Haddad', 'Ferreira', 'Dos Santos', 'Rossi', 'Diallo', 'Mansour', 'Kaya', 'Cohen',
];

export function givenNamesFor(birthYear: number): GivenNames {
  let chosen = GIVEN_NAMES_BY_ERA[0]?.names;
  for (const era of GIVEN_NAMES_BY_ERA) if (birthYear >= era.from) chosen = era.names;
  if (chosen === undefined) throw new RangeError('no given names');
  return chosen;
}
