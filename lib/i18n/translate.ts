/** A tiny typed translator over nested message catalogues (pure). */
type Leaves<T, P extends string = ""> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];

export type Catalogue = { [key: string]: string | Catalogue };
export type MessageKey<M> = Leaves<M>;
export type Params = Record<string, string | number>;
export type Translator<M> = (key: MessageKey<M>, params?: Params) => string;

export function lookup(messages: Catalogue, key: string): string | undefined {
  let node: string | Catalogue | undefined = messages;
  for (const part of key.split(".")) {
    if (typeof node !== "object" || node === null) return undefined;
    node = node[part];
  }
  return typeof node === "string" ? node : undefined;
}

export function interpolate(template: string, params?: Params): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
}

export function createTranslator<M extends Catalogue>(messages: M): Translator<M> {
  return (key, params) => interpolate(lookup(messages, key) ?? key, params);
}
