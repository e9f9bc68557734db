// Portuguese texts for assent/ui: `import pt from 'assent/ui/locales/pt'`, then `mountUI(consent, { texts: { pt } })`.
import type { UITexts } from '../texts'

const pt: UITexts = {
  title: 'As suas escolhas de privacidade',
  description: 'Usamos cookies e tecnologias semelhantes: alguns são necessários para o site funcionar; os outros só com o seu consentimento, para medir a utilização ou mostrar publicidade. Pode alterar a sua escolha a qualquer momento.',
  acceptAll: 'Aceitar tudo',
  rejectAll: 'Rejeitar tudo',
  preferences: 'Preferências',
  save: 'Guardar escolhas',
  close: 'Fechar',
  preferencesTitle: 'Preferências de privacidade',
  preferencesDescription: 'Escolha o que permite. Só o necessário está ativo, a menos que ative mais.',
  policyLink: 'Política de privacidade',
  signalNotice: 'O seu navegador pede para não ser seguido (DNT ou GPC): respeitamos esse pedido e mantemos desativado tudo o que não é necessário.',
  alwaysOn: 'Sempre ativo',
  download: 'Transferir os meus dados de consentimento',
  erase: 'Apagar os meus dados de consentimento',
  eraseConfirm: 'Apagar todos os consentimentos guardados para este navegador?',
  failed: 'Não funcionou. Tente novamente.',
  noticeTitle: 'As suas escolhas de privacidade',
  noticeDescription: 'Usamos cookies para o funcionamento deste site, para estatísticas e para publicidade, o que pode constituir venda ou partilha de dados pessoais. Pode opor-se a qualquer momento.',
  optOut: 'Não vender nem partilhar as minhas informações pessoais',
  privacyChoices: 'As suas escolhas de privacidade',
  optOutHonored: 'Pedido de oposição respeitado',
  categories: {
    necessary: { title: 'Necessários', description: 'Indispensáveis para o site funcionar e para lembrar esta escolha.' },
    functional: { title: 'Funcionais', description: 'Funções adicionais, como chat ou vídeos incorporados.' },
    analytics: { title: 'Estatísticos', description: 'Medir como o site é usado, para o melhorar.' },
    marketing: { title: 'Marketing', description: 'Mostrar-lhe publicidade relevante e medi-la.' },
  },
  services: {},
}

export default pt
