"use server";
import { formValue } from "@/lib/actions/form";
import { z } from "zod";
import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { done } from "@/lib/actions/result";
import { locales, LOCALE_COOKIE } from "@/lib/i18n/config";

/** Anyone may choose the interface language; only the two known values are stored. */
const setLocale = defineAction({
  name: "set-locale",
  access: "public",
  input: z.enum(locales),
  run: async (locale) => {
    (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: 365 * 24 * 3600, sameSite: "lax" });
    revalidatePath("/", "layout");
    return done();
  },
});

/** A plain form (no JavaScript needed): nothing to show but the page re-rendered in the chosen language. */
export async function setLocaleAction(formData: FormData): Promise<void> {
  await setLocale(formValue(formData, "locale"));
}
