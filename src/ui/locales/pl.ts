// Polish texts for assent/ui: `import pl from 'assent/ui/locales/pl'`, then `mountUI(consent, { texts: { pl } })`.
import type { UITexts } from '../texts'

const pl: UITexts = {
  title: 'Twoje wybory dotyczące prywatności',
  description: 'Używamy plików cookie i podobnych technologii: niektóre są niezbędne do działania strony, pozostałe tylko za Twoją zgodą, aby mierzyć ruch lub wyświetlać reklamy. Swój wybór możesz zmienić w każdej chwili.',
  acceptAll: 'Akceptuj wszystkie',
  rejectAll: 'Odrzuć wszystkie',
  preferences: 'Ustawienia',
  save: 'Zapisz wybór',
  close: 'Zamknij',
  preferencesTitle: 'Ustawienia prywatności',
  preferencesDescription: 'Wybierz, na co się zgadzasz. Włączone jest tylko to, co niezbędne, dopóki nie włączysz więcej.',
  policyLink: 'Polityka prywatności',
  signalNotice: 'Twoja przeglądarka prosi o brak śledzenia (DNT lub GPC): respektujemy to i pozostawiamy wyłączone wszystko, co nie jest niezbędne.',
  alwaysOn: 'Zawsze włączone',
  download: 'Pobierz moje dane o zgodach',
  erase: 'Usuń moje dane o zgodach',
  eraseConfirm: 'Usunąć wszystkie zgody zapisane dla tej przeglądarki?',
  failed: 'Nie udało się. Spróbuj ponownie.',
  noticeTitle: 'Twoje wybory dotyczące prywatności',
  noticeDescription: 'Używamy plików cookie do działania tej witryny, do statystyk i do reklam, co może być uznane za sprzedaż lub udostępnianie danych osobowych. W każdej chwili możesz się temu sprzeciwić.',
  optOut: 'Nie sprzedawaj ani nie udostępniaj moich danych osobowych',
  privacyChoices: 'Twoje wybory dotyczące prywatności',
  optOutHonored: 'Sprzeciw uwzględniony',
  categories: {
    necessary: { title: 'Niezbędne', description: 'Potrzebne do działania strony i zapamiętania tego wyboru.' },
    functional: { title: 'Funkcjonalne', description: 'Dodatkowe funkcje, takie jak czat lub osadzone filmy.' },
    analytics: { title: 'Analityczne', description: 'Mierzenie sposobu korzystania ze strony, aby ją ulepszać.' },
    marketing: { title: 'Marketingowe', description: 'Wyświetlanie dopasowanych reklam i mierzenie ich skuteczności.' },
  },
  services: {},
}

export default pl
