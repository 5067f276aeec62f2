"use client";
import { useActionState } from "react";
import { useI18n } from "@/components/i18n-provider";
import { roles, type Role } from "@/lib/auth/roles";
import { setUserRoleAction, type RoleState } from "./actions";
import { adminErrorKey } from "./admin-error";

export function RoleForm({ userId, email, role }: { userId: string; email: string; role: Role }) {
  const { t } = useI18n();
  const [state, action, pending] = useActionState<RoleState, FormData>(setUserRoleAction, null);
  const selectId = `role-${userId}`;
  return (
    <form action={action} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="userId" value={userId} />
      <label htmlFor={selectId} className="sr-only">
        {t("admin.users.changeRole", { email })}
      </label>
      <select id={selectId} name="role" defaultValue={role} className="input w-auto py-1.5">
        {roles.map((r) => (
          <option key={r} value={r}>
            {t(`common.roles.${r}`)}
          </option>
        ))}
      </select>
      <button type="submit" className="btn-secondary py-1.5" disabled={pending}>
        {t("admin.users.apply")}
      </button>
      <span aria-live="polite" className="text-sm">
        {state?.ok && <span className="text-green-800">{t("admin.users.updated", { email, role: t(`common.roles.${state.data.role}`) })}</span>}
        {state?.ok === false && <span className="text-red-700">{t(adminErrorKey(state.code))}</span>}
      </span>
    </form>
  );
}
