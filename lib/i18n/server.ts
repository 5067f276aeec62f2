import "server-only";
import { cookies } from "next/headers";
import { cache } from "react";
import { catalogues, type Messages } from "@/messages";
import { createTranslator, type Translator } from "./translate";
import { defaultLocale, isLocale, LOCALE_COOKIE, type Locale } from "./config";

export const getLocale = cache(async (): Promise<Locale> => {
  const value = (await cookies()).get(LOCALE_COOKIE)?.value;
  return isLocale(value) ? value : defaultLocale;
});

export async function getT(): Promise<Translator<Messages>> {
  return createTranslator(catalogues[await getLocale()]);
}

export async function getMessages(): Promise<Messages> {
  return catalogues[await getLocale()];
}
