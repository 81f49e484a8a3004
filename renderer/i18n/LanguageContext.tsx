import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Bilingual, Language } from '../../shared/i18n/language';
import { say } from '../../shared/i18n/messages';
import { useApi } from '../api/ApiContext';
import { messages, type MessageKey, type ParamsArgument } from './messages';

interface LanguageState {
  readonly language: Language;
  /** Switches the interface at once and asks the core to remember the choice. */
  setLanguage(language: Language): void;
  t<Key extends MessageKey>(key: Key, ...params: ParamsArgument<Key>): string;
  /** An instant (ISO) as people of the current language read a date and time. */
  when(iso: string): string;
  /** Picks the current language's text of a message that came from the core. */
  pick(text: Bilingual): string;
}

const LanguageContext = createContext<LanguageState | null>(null);

/**
 * The app's language: the one the core remembers, and each switch is remembered there again.
 */
export function LanguageProvider({ initial, children }: { initial: Language; children: ReactNode }) {
  const api = useApi();
  const remember = useCallback((next: Language) => void api.call('app.setLanguage', { language: next }), [api]);
  return (
    <LanguageStateProvider initial={initial} onChange={remember}>
      {children}
    </LanguageStateProvider>
  );
}

/**
 * The language of a page, held in its state alone. A page without the app's API (the hall
 * network's casting page) uses it directly: a switch there is nobody's to remember.
 */
export function LanguageStateProvider({
  initial,
  titleKey = 'app.title',
  onChange,
  children,
}: {
  initial: Language;
  /** The window's title, in the current language. */
  titleKey?: MessageKey;
  onChange?: (language: Language) => void;
  children: ReactNode;
}) {
  const [language, setCurrent] = useState<Language>(initial);

  useEffect(() => {
    document.documentElement.lang = language;
    document.title = messages[language][titleKey];
  }, [language, titleKey]);

  const setLanguage = useCallback(
    (next: Language) => {
      setCurrent(next);
      onChange?.(next);
    },
    [onChange],
  );

  const value = useMemo<LanguageState>(
    () => ({
      language,
      setLanguage,
      t: (key, ...params) => say(language, key, ...params),
      pick: (text) => text[language],
      when: (iso) => new Date(iso).toLocaleString(language === 'vi' ? 'vi-VN' : 'en-GB'),
    }),
    [language, setLanguage],
  );
  return <LanguageContext.Provider value={value}>{children}</LanguageContext.Provider>;
}

export function useLanguage(): LanguageState {
  const state = useContext(LanguageContext);
  if (!state) throw new Error('useLanguage outside LanguageProvider');
  return state;
}
