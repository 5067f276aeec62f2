import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getEditorCase } from "@/lib/dal/authoring";
import { requireRole } from "@/lib/dal/session";
import { getT } from "@/lib/i18n/server";
import { EditorShell } from "./editor-shell";

export const metadata: Metadata = { title: "Éditeur de cas" };

export default async function EditCasePage({ params }: { params: Promise<{ caseId: string }> }) {
  await requireRole("instructor", "admin");
  const { caseId } = await params;
  // Someone else's case, a bundled one and a missing one look the same.
  const result = await getEditorCase(caseId);
  if (!result.ok && result.error === "no-draft") redirect(`/teach/cases/${encodeURIComponent(caseId)}`);
  if (!result.ok) notFound();
  const { editor } = result;
  const t = await getT();
  return (
    <div className="space-y-6">
      <div>
        <p className="text-sm">
          <Link href={`/teach/cases/${encodeURIComponent(caseId)}`} className="link">
            {t("editor.page.back")}
          </Link>
        </p>
        <h1 className="mt-1 text-2xl font-bold break-words">{t("editor.page.title", { title: editor.draft.title?.trim() || editor.slug })}</h1>
        <p className="mt-1 text-sm text-slate-700">
          {t("editor.page.version", { version: editor.version })}
          {editor.published.length > 0 && ` · ${t("editor.page.published", { version: editor.published[0].version })}`}
        </p>
      </div>
      <EditorShell editor={editor} />
    </div>
  );
}
