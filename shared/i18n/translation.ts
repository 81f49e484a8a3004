/** The named values a message takes: "Phiên bản {version}" takes `version`. */
export type Placeholders<Text extends string> = Text extends `${string}{${infer Name}}${infer Rest}`
  ? Name | Placeholders<Rest>
  : never;

/** Another language's texts of a section: the same keys as the Vietnamese reference. */
export type Translation<Reference extends Readonly<Record<string, string>>> = {
  readonly [Key in keyof Reference]: string;
};
