import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Lang } from './i18n/index.ts';
import type { User } from './types.ts';

export interface AppState {
  user: User;
  lang: Lang;
  setLang: (lang: Lang) => void;
  logout: () => void;
}

export const AppContext = createContext<AppState | null>(null);

export function useApp(): AppState {
  const ctx = useContext(AppContext);
  if (!ctx) throw new Error('useApp outside <AppContext.Provider>');
  return ctx;
}
