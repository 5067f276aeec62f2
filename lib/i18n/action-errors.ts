/** The catalogue key of the failures every server action can answer with (pure). */
export type CommonActionError = "not-found" | "invalid" | "forbidden" | "unauthenticated";

export function commonActionErrorKey(error: CommonActionError) {
  switch (error) {
    case "not-found":
      return "common.actionErrors.notFound" as const;
    case "invalid":
      return "common.actionErrors.invalid" as const;
    case "forbidden":
      return "common.actionErrors.forbidden" as const;
    default:
      return "common.actionErrors.unauthenticated" as const;
  }
}
