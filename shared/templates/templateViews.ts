import { z } from '../schema/z';
import { scales, templateContentSchema } from './templateContent';

export const templateVersionSummarySchema = z
  .object({
    id: z.uuid(),
    version: z.number().int(),
    frozen: z.boolean(),
    scale: z.enum(scales),
    rowCount: z.number().int(),
    createdAt: z.string(),
  })
  .strict();

export const templateSummarySchema = z
  .object({
    id: z.uuid(),
    code: z.string().nullable(),
    name: z.string(),
    builtIn: z.boolean(),
    versions: z.array(templateVersionSummarySchema),
  })
  .strict();
export type TemplateSummary = z.infer<typeof templateSummarySchema>;

export const templateVersionViewSchema = z
  .object({
    id: z.uuid(),
    templateId: z.uuid(),
    name: z.string(),
    builtIn: z.boolean(),
    version: z.number().int(),
    frozen: z.boolean(),
    content: templateContentSchema,
  })
  .strict();
export type TemplateVersionView = z.infer<typeof templateVersionViewSchema>;
