/**
 * A field of a submitted form, or null. Server actions are public endpoints: a hand-made POST may
 * send anything in place of the FormData, which must end as a validation failure, not a crash.
 */
export function formValue(formData: unknown, name: string): FormDataEntryValue | null {
  return formData instanceof FormData ? formData.get(name) : null;
}
