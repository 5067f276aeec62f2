import type { Metadata, Viewport } from "next";
import localFont from "next/font/local";
import "./globals.css";
import { getLocale, getMessages } from "@/lib/i18n/server";
import { I18nProvider } from "@/components/i18n-provider";
import { SiteHeader } from "@/components/shell/site-header";
import { appTimeZone } from "@/lib/time/app-zone";

const inter = localFont({
  src: "./fonts/inter-latin-wght-normal.woff2",
  variable: "--font-inter",
  display: "swap",
  weight: "100 900",
});

export const metadata: Metadata = {
  title: { default: "Progressif", template: "%s · Progressif" },
  description: "Cas cliniques progressifs pour les étudiant·es en médecine, notés comme à l'EDN.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const [locale, messages] = await Promise.all([getLocale(), getMessages()]);
  return (
    // data-time-zone: the platform's zone, read by client components to show dates as the server does.
    <html lang={locale} className={inter.variable} data-time-zone={appTimeZone()}>
      <body className="min-h-screen font-sans">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:p-2">
          {messages.common.skipToContent}
        </a>
        <I18nProvider locale={locale} messages={messages}>
          <SiteHeader />
          <main id="main" className="mx-auto w-full max-w-5xl px-4 py-6 sm:px-6">
            {children}
          </main>
        </I18nProvider>
      </body>
    </html>
  );
}
