"use client";
import { createContext, useContext, useEffect, useMemo } from "react";
import type { Messages } from "@/messages";
import { createTranslator, type Translator } from "@/lib/i18n/translate";
import type { Locale } from "@/lib/i18n/config";

type Ctx = { locale: Locale; t: Translator<Messages> };
const I18nContext = createContext<Ctx | null>(null);

export function I18nProvider({ locale, messages, children }: { locale: Locale; messages: Messages; children: React.ReactNode }) {
  const value = useMemo(() => ({ locale, t: createTranslator(messages) }), [locale, messages]);
  // Effects run children first: once this one runs, the page has hydrated and its controls respond.
  // End-to-end tests wait for this mark before interacting (a click before hydration is lost).
  useEffect(() => {
    document.documentElement.dataset.hydrated = "";
  }, []);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): Ctx {
  const ctx = useContext(I18nContext);
  if (!ctx) throw new Error("useI18n outside I18nProvider");
  return ctx;
}
