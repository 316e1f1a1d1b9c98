/** Spanish strings. Importing this module registers them as `es` and under Bitrix24's id `la`. */
import { registerLocale, type Strings } from '../strings.js';

export const es: Strings = {
  region: 'Estado de la llamada',
  loading: 'Cargando el estado de la llamada…',
  retry: 'Reintentar',
  idle: 'Inactiva',
  connecting: 'Conectando',
  connected: 'Conectada',
  incoming: 'Llamada entrante',
  outgoing: 'Llamada saliente',
  callback: 'Devolución de llamada',
  phone: 'Número',
  phoneUnknown: 'Número desconocido',
  phoneHidden: 'Número oculto',
  line: 'Línea',
  crm: 'CRM',
  bindings: 'Elementos vinculados',
  activity: 'Actividad',
  callId: 'ID de llamada',
  callList: 'Lista de llamadas',
  LEAD: 'Prospecto',
  DEAL: 'Negociación',
  CONTACT: 'Contacto',
  COMPANY: 'Compañía',
  errNoAppContext: 'Abra esta página desde una tarjeta de llamada de Bitrix24.',
  errWrongPlacement: 'Esta aplicación no está abierta en una tarjeta de llamada. Agréguela a la ubicación CALL_CARD.',
  errTimeout: 'Bitrix24 no respondió a tiempo. Compruebe la conexión y vuelva a intentarlo.',
  errAccess: 'Bitrix24 denegó el acceso. Inicie sesión de nuevo o consulte a su administrador.',
  errBusy: 'Bitrix24 está ocupado. Espere un momento y vuelva a intentarlo.',
  errOther: 'No se pudo leer el estado de la llamada. Vuelva a intentarlo.',
};

for (const lang of ['es', 'la']) registerLocale(lang, es);
