import type { MessageKey } from "@/lib/i18n/translate";
import type { Messages } from "@/messages";

/** "user.password-reset-issued" → "admin.audit.actions.userPasswordResetIssued" (catalogue keys cannot hold dots). */
export function actionLabelKey(action: string): MessageKey<Messages> {
  return `admin.audit.actions.${action.replace(/[.-](\w)/g, (_, c: string) => c.toUpperCase())}` as MessageKey<Messages>;
}
