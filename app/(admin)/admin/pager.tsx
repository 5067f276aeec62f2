import Link from "next/link";
import { getT } from "@/lib/i18n/server";

/** Previous/next links that keep the other query parameters. */
export async function Pager({ path, params, page, pageCount }: { path: string; params: Record<string, string>; page: number; pageCount: number }) {
  if (pageCount <= 1) return null;
  const t = await getT();
  const href = (p: number) => `${path}?${new URLSearchParams({ ...params, page: String(p) }).toString()}`;
  return (
    <nav aria-label={t("admin.users.paging")} className="flex items-center gap-3 text-sm">
      {page > 1 && (
        <Link href={href(page - 1)} className="link">
          {t("admin.users.previous")}
        </Link>
      )}
      <span>{t("admin.users.page", { page, pageCount })}</span>
      {page < pageCount && (
        <Link href={href(page + 1)} className="link">
          {t("admin.users.next")}
        </Link>
      )}
    </nav>
  );
}
