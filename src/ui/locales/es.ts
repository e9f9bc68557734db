// Spanish texts for assent/ui: `import es from 'assent/ui/locales/es'`, then `mountUI(consent, { texts: { es } })`.
import type { UITexts } from '../texts'

const es: UITexts = {
  title: 'Sus opciones de privacidad',
  description: 'Usamos cookies y tecnologías similares: algunas son necesarias para que el sitio funcione; las demás solo con su consentimiento, para medir el uso o mostrar anuncios. Puede cambiar su elección en cualquier momento.',
  acceptAll: 'Aceptar todo',
  rejectAll: 'Rechazar todo',
  preferences: 'Preferencias',
  save: 'Guardar selección',
  close: 'Cerrar',
  preferencesTitle: 'Preferencias de privacidad',
  preferencesDescription: 'Elija lo que permite. Solo lo necesario está activado, salvo que active algo más.',
  policyLink: 'Política de privacidad',
  signalNotice: 'Su navegador pide no ser rastreado (DNT o GPC): lo respetamos y mantenemos desactivado todo lo que no es necesario.',
  alwaysOn: 'Siempre activo',
  download: 'Descargar mis datos de consentimiento',
  erase: 'Eliminar mis datos de consentimiento',
  eraseConfirm: '¿Eliminar todos los consentimientos guardados para este navegador?',
  failed: 'No ha funcionado. Inténtelo de nuevo.',
  noticeTitle: 'Sus opciones de privacidad',
  noticeDescription: 'Usamos cookies para el funcionamiento de este sitio, para analítica y para publicidad, lo que puede considerarse venta o cesión de datos personales. Puede oponerse en cualquier momento.',
  optOut: 'No vender ni compartir mi información personal',
  privacyChoices: 'Sus opciones de privacidad',
  optOutHonored: 'Solicitud de exclusión respetada',
  categories: {
    necessary: { title: 'Necesarias', description: 'Imprescindibles para que el sitio funcione y para recordar esta elección.' },
    functional: { title: 'Funcionales', description: 'Funciones adicionales como el chat o los vídeos insertados.' },
    analytics: { title: 'Analíticas', description: 'Medir cómo se usa el sitio para mejorarlo.' },
    marketing: { title: 'Marketing', description: 'Mostrarle anuncios relevantes y medirlos.' },
  },
  services: {},
}

export default es
