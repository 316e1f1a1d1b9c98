/** French strings. Importing this module registers them as `fr`. */
import { registerLocale, type Strings } from '../strings.js';

export const fr: Strings = {
  region: 'État de l’appel',
  loading: 'Chargement de l’état de l’appel…',
  retry: 'Réessayer',
  idle: 'Inactif',
  connecting: 'Connexion',
  connected: 'Connecté',
  incoming: 'Appel entrant',
  outgoing: 'Appel sortant',
  callback: 'Rappel',
  phone: 'Numéro',
  phoneUnknown: 'Numéro inconnu',
  phoneHidden: 'Numéro masqué',
  line: 'Ligne',
  crm: 'CRM',
  bindings: 'Éléments liés',
  activity: 'Activité',
  callId: 'ID de l’appel',
  callList: 'Liste d’appels',
  LEAD: 'Prospect',
  DEAL: 'Transaction',
  CONTACT: 'Contact',
  COMPANY: 'Entreprise',
  errNoAppContext: 'Ouvrez cette page depuis une fiche d’appel Bitrix24.',
  errWrongPlacement: 'Cette application n’est pas ouverte dans une fiche d’appel. Ajoutez-la à l’emplacement CALL_CARD.',
  errTimeout: 'Bitrix24 n’a pas répondu à temps. Vérifiez la connexion et réessayez.',
  errAccess: 'L’accès à Bitrix24 a été refusé. Reconnectez-vous ou contactez votre administrateur.',
  errBusy: 'Bitrix24 est surchargé. Patientez un instant et réessayez.',
  errOther: 'Impossible de lire l’état de l’appel. Réessayez.',
};

registerLocale('fr', fr);
