/** Brazilian Portuguese strings. Importing this module registers them as `pt-BR` and under Bitrix24's id `br`. */
import { registerLocale, type Strings } from '../strings.js';

export const ptBR: Strings = {
  region: 'Status da chamada',
  loading: 'Carregando o status da chamada…',
  retry: 'Tentar novamente',
  idle: 'Inativa',
  connecting: 'Conectando',
  connected: 'Conectada',
  incoming: 'Chamada recebida',
  outgoing: 'Chamada efetuada',
  callback: 'Retorno de chamada',
  phone: 'Número',
  phoneUnknown: 'Número desconhecido',
  phoneHidden: 'Número oculto',
  line: 'Linha',
  crm: 'CRM',
  bindings: 'Itens vinculados',
  activity: 'Atividade',
  callId: 'ID da chamada',
  callList: 'Lista de chamadas',
  LEAD: 'Lead',
  DEAL: 'Negócio',
  CONTACT: 'Contato',
  COMPANY: 'Empresa',
  errNoAppContext: 'Abra esta página a partir de um cartão de chamada do Bitrix24.',
  errWrongPlacement: 'Este aplicativo não está aberto em um cartão de chamada. Adicione-o ao local CALL_CARD.',
  errTimeout: 'O Bitrix24 não respondeu a tempo. Verifique a conexão e tente novamente.',
  errAccess: 'O acesso ao Bitrix24 foi negado. Entre novamente ou fale com o administrador.',
  errBusy: 'O Bitrix24 está sobrecarregado. Aguarde um momento e tente novamente.',
  errOther: 'Não foi possível ler o status da chamada. Tente novamente.',
};

for (const lang of ['pt-BR', 'br']) registerLocale(lang, ptBR);
