/** European Portuguese texts (terms as the CNPD uses them: «cookies», «consentimento», «retirar o consentimento»). */

import type { Texts } from '../en.js';

const texts: Texts = {
  title: 'Utilizamos cookies',
  message:
    'Alguns são necessários para o funcionamento deste sítio. Com o seu consentimento, utilizamo-los também para medir as audiências e mostrar conteúdos de outros serviços.',
  withdraw:
    'Pode alterar ou retirar o seu consentimento a qualquer momento; a sua escolha é conservada durante {duration}.',
  policyLink: 'Política de cookies',
  privacyLink: 'Política de privacidade',
  acceptAll: 'Aceitar tudo',
  rejectAll: 'Rejeitar tudo',
  customize: 'Personalizar',
  preferencesTitle: 'Preferências de cookies',
  save: 'Guardar as minhas escolhas',
  saved: 'As suas escolhas foram guardadas.',
  close: 'Fechar',
  alwaysOn: 'Sempre ativos',
  cookieCount: 'Cookies: {count}',
  cookieTable: 'Cookies da categoria «{category}»',
  serviceCookieTable: 'Cookies do serviço «{service}»',
  cookieName: 'Cookie',
  provider: 'Fornecedor',
  function: 'Função e localização',
  purpose: 'Finalidade',
  duration: 'Duração',
  whatIsCookie: 'O que é um cookie?',
  cookieDefinition: 'Um cookie é um pequeno conjunto de dados que um sítio web armazena no seu navegador.',
  necessary: 'Necessários',
  'necessary-description': 'Necessários para o funcionamento do sítio.',
  statistical: 'Estatísticos',
  'statistical-description': 'Medem a audiência do sítio.',
  'first-party': 'Internos',
  'first-party-description': 'Memorizam as suas preferências.',
  'third-party': 'De terceiros',
  'third-party-description': 'Instalados por serviços integrados, como vídeos ou mapas.',
  optOutTitle: 'As suas escolhas de privacidade',
  optOutMessage:
    'Utilizamos cookies para medir a nossa audiência e mostrar conteúdos e anúncios de outros serviços. Pode opor-se à venda ou partilha das suas informações pessoais a qualquer momento.',
  optOut: 'Não vender nem partilhar as minhas informações pessoais',
  acknowledge: 'OK',
  optedOut: 'Concluído: as suas informações pessoais não serão vendidas nem partilhadas.',
};

export default texts;
