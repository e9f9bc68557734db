// Brazilian Portuguese texts for assent/ui: `import ptBR from 'assent/ui/locales/pt-BR'`, then `mountUI(consent, { texts: { 'pt-BR': ptBR } })`.
import type { UITexts } from '../texts'

const ptBR: UITexts = {
  title: 'Suas escolhas de privacidade',
  description: 'Usamos cookies e tecnologias semelhantes: alguns são necessários para o site funcionar; os demais, só com o seu consentimento, para medir o uso ou exibir anúncios. Você pode alterar sua escolha a qualquer momento.',
  acceptAll: 'Aceitar todos',
  rejectAll: 'Rejeitar todos',
  preferences: 'Personalizar',
  save: 'Salvar escolhas',
  close: 'Fechar',
  preferencesTitle: 'Preferências de privacidade',
  preferencesDescription: 'Escolha o que você permite. Só o necessário fica ativado, a menos que você ative mais.',
  policyLink: 'Política de privacidade',
  signalNotice: 'Seu navegador pede para não ser rastreado (DNT ou GPC): respeitamos esse pedido e mantemos desativado tudo o que não é necessário.',
  alwaysOn: 'Sempre ativos',
  download: 'Baixar meus dados de consentimento',
  erase: 'Excluir meus dados de consentimento',
  eraseConfirm: 'Excluir todos os consentimentos salvos neste navegador?',
  failed: 'Não deu certo. Tente novamente.',
  noticeTitle: 'Suas escolhas de privacidade',
  noticeDescription: 'Nós e nossos parceiros usamos cookies e tecnologias semelhantes para análise e publicidade. Você pode se opor à venda e ao compartilhamento dos seus dados pessoais a qualquer momento.',
  optOut: 'Não vender nem compartilhar meus dados pessoais',
  privacyChoices: 'Suas escolhas de privacidade',
  optOutHonored: 'Pedido de oposição atendido',
  categories: {
    necessary: { title: 'Necessários', description: 'Indispensáveis para o site funcionar e para lembrar esta escolha.' },
    functional: { title: 'Funcionais', description: 'Recursos adicionais, como chat ou vídeos incorporados.' },
    analytics: { title: 'Analíticos', description: 'Medem como o site é usado, para que possamos melhorá-lo.' },
    marketing: { title: 'Publicidade', description: 'Exibem anúncios relevantes para você e medem seus resultados.' },
  },
  services: {},
}

export default ptBR
