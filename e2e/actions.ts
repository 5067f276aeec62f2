import type { Page, Route } from "@playwright/test";

export type CapturedAction = { url: string; id: string; routerState?: string };

/** Records the server action request the browser sends while `trigger` runs. */
export async function captureAction(page: Page, trigger: () => Promise<void>): Promise<CapturedAction> {
  const request = page.waitForRequest((r) => r.method() === "POST" && Boolean(r.headers()["next-action"]));
  await trigger();
  const r = await request;
  const headers = await r.allHeaders();
  return { url: r.url(), id: headers["next-action"], routerState: headers["next-router-state-tree"] };
}

/** Calls the same server action directly, as a hand-made POST with chosen arguments, and returns the raw response text. */
export async function postAction(page: Page, action: CapturedAction, args: unknown[], url = action.url): Promise<{ status: number; text: string }> {
  const headers: Record<string, string> = {
    "next-action": action.id,
    accept: "text/x-component",
    "content-type": "text/plain;charset=UTF-8",
    origin: new URL(url).origin,
  };
  if (action.routerState) headers["next-router-state-tree"] = action.routerState;
  const response = await page.request.post(url, { headers, data: JSON.stringify(args) });
  return { status: response.status(), text: await response.text() };
}

/**
 * The raw response text of the server action the browser sends while `trigger` runs, exactly as
 * the server sent it (the request goes through a route that fetches it and hands the same bytes on;
 * a streamed response's body cannot be read back from the browser afterwards).
 */
export async function actionResponseText(page: Page, trigger: () => Promise<void>): Promise<string> {
  let deliver: (text: string) => void = () => {};
  const text = new Promise<string>((resolve) => (deliver = resolve));
  const handler = async (route: Route) => {
    const request = route.request();
    if (request.method() !== "POST" || !request.headers()["next-action"]) return route.fallback();
    const response = await route.fetch();
    const body = await response.text();
    deliver(body);
    await route.fulfill({ response, body });
  };
  await page.route("**/*", handler);
  try {
    await trigger();
    return await text;
  } finally {
    await page.unroute("**/*", handler);
  }
}
