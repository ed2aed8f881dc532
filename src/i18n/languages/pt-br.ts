/** Brazilian Portuguese texts (terms as the ANPD uses them: “cookies”, “consentimento”, “revogar o consentimento”). */

import type { Texts } from '../en.js';

const texts: Texts = {
  title: 'Usamos cookies',
  message:
    'Alguns são necessários para o funcionamento deste site. Com o seu consentimento, também os usamos para medir a audiência do site e exibir conteúdo de outros serviços.',
  withdraw:
    'Você pode alterar ou revogar o seu consentimento a qualquer momento; a sua escolha é mantida por {duration}.',
  policyLink: 'Política de cookies',
  privacyLink: 'Política de privacidade',
  acceptAll: 'Aceitar todos',
  rejectAll: 'Rejeitar todos',
  customize: 'Personalizar',
  preferencesTitle: 'Preferências de cookies',
  save: 'Salvar minhas escolhas',
  saved: 'Suas escolhas foram salvas.',
  close: 'Fechar',
  alwaysOn: 'Sempre ativos',
  cookieCount: 'Cookies: {count}',
  cookieTable: 'Cookies da categoria “{category}”',
  serviceCookieTable: 'Cookies do serviço “{service}”',
  cookieName: 'Cookie',
  provider: 'Provedor',
  function: 'Função e localização',
  purpose: 'Finalidade',
  duration: 'Duração',
  whatIsCookie: 'O que é um cookie?',
  cookieDefinition: 'Um cookie é um pequeno conjunto de dados que um site armazena no seu navegador.',
  necessary: 'Necessários',
  'necessary-description': 'Essenciais para o funcionamento do site.',
  statistical: 'Estatísticos',
  'statistical-description': 'Medem a audiência do site.',
  'first-party': 'Internos',
  'first-party-description': 'Lembram as suas preferências.',
  'third-party': 'De terceiros',
  'third-party-description': 'Instalados por serviços incorporados, como vídeos ou mapas.',
  optOutTitle: 'Suas escolhas de privacidade',
  optOutMessage:
    'Usamos cookies para medir a nossa audiência e exibir conteúdo e anúncios de outros serviços. Você pode se opor à venda ou ao compartilhamento das suas informações pessoais a qualquer momento.',
  optOut: 'Não vender nem compartilhar minhas informações pessoais',
  acknowledge: 'OK',
  optedOut: 'Pronto: suas informações pessoais não serão vendidas nem compartilhadas.',
};

export default texts;
