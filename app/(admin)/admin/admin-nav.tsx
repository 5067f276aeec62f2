import Link from "next/link";
import { getT } from "@/lib/i18n/server";

export async function AdminNav({ current }: { current: "users" | "audit" }) {
  const t = await getT();
  const items = [
    { key: "users", href: "/admin/users", label: t("admin.nav.users") },
    { key: "audit", href: "/admin/audit", label: t("admin.nav.audit") },
  ] as const;
  return (
    <nav aria-label={t("admin.nav.label")} className="flex gap-3 text-sm">
      {items.map((i) => (
        <Link key={i.key} href={i.href} aria-current={i.key === current ? "page" : undefined} className={i.key === current ? "font-semibold text-brand-700" : "link"}>
          {i.label}
        </Link>
      ))}
    </nav>
  );
}
