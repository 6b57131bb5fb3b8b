// Pure: every value in the report comes from a spreadsheet or the API, so markup is built only through `html`,
// a tagged template that escapes each interpolated value unless it is itself markup built the same way. Values
// therefore cannot slip in unescaped; `SafeHtml.trusted` exists only for constant text such as the stylesheet.

const ENTITIES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Escapes text for an element's content or a quoted attribute value. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);

export class SafeHtml {
  readonly #markup: string;

  private constructor(markup: string) {
    this.#markup = markup;
  }

  /** For constant markup written in this code base (the stylesheet), never for a value. */
  static trusted(markup: string): SafeHtml {
    return new SafeHtml(markup);
  }

  toString(): string {
    return this.#markup;
  }
}

export type HtmlValue = SafeHtml | string | number | undefined | readonly HtmlValue[];

const render = (value: HtmlValue): string => {
  if (value === undefined) return "";
  if (value instanceof SafeHtml) return value.toString();
  if (typeof value === "number") return escapeHtml(String(value));
  if (typeof value === "string") return escapeHtml(value);
  return value.map(render).join("");
};

/** Markup from a template: the literal parts are trusted, every interpolation is escaped (arrays are joined). */
export const html = (strings: TemplateStringsArray, ...values: readonly HtmlValue[]): SafeHtml =>
  SafeHtml.trusted(strings.reduce((out, part, index) => out + render(values[index - 1]) + part));
