import { z } from '../schema/z';

/**
 * How a criterion (or a person, in a rating ballot) is marked:
 * - levels4: Rất tốt (1) · Tốt (2) · Trung bình (3) · Yếu kém (4) — the two official forms;
 * - points10: a score from 1 to 10 — the professional criteria (Bộ tiêu chí chuyên nghiệp);
 * - rating4: one of four quality ratings per person (xếp loại chất lượng).
 * On paper any row can also be left blank (0) or carry several marks (*).
 */
export const scales = ['levels4', 'points10', 'rating4'] as const;
export type Scale = (typeof scales)[number];

export const scaleLabels = {
  levels4: { vi: 'Bốn mức (Rất tốt – Yếu kém)', en: 'Four levels (Very good – Poor)' },
  points10: { vi: 'Thang điểm 10', en: '10-point scale' },
  rating4: {
    vi: 'Xếp loại chất lượng (bốn mức, mỗi dòng một người)',
    en: 'Quality rating (four levels, one row per person)',
  },
} as const;

const text = z.string().trim().min(1).max(2000);

export const templateContentSchema = z
  .object({
    scale: z.enum(scales),
    /** "PHIẾU XIN Ý KIẾN ĐÁNH GIÁ" */
    title: text,
    /** Printed under the title; «…» marks where the person's name and unit are written in by hand. */
    subtitle: z.string().max(2000),
    criteriaHeading: text,
    criteriaColumn: text,
    levelsColumn: text,
    /** The marks a row can take, in order (levels4 and rating4; points10 prints 1–10). */
    levels: z.array(text).max(10),
    /** The ward form prints (1) (2) (3) (4) under the level names. */
    showLevelNumbers: z.boolean(),
    /** The note column (Ghi chú) for concrete shortcomings, or null for none. */
    noteColumn: z.string().max(500).nullable(),
    /** Section II "Ý KIẾN KHÁC" (free text), or null. */
    otherHeading: z.string().max(500).nullable(),
    /** Section III, the overall prestige (mức độ uy tín), or null. */
    prestigeHeading: z.string().max(500).nullable(),
    prestigeLevels: z.array(text).max(6),
    /** The rows: criteria in order. For rating4 ballots the rows are people, given per contest. */
    criteria: z.array(z.object({ text }).strict()).max(100),
  })
  .strict()
  .superRefine((content, context) => {
    if (content.scale !== 'points10' && content.levels.length !== 4) {
      context.addIssue({ code: 'custom', path: ['levels'], message: 'four levels are needed for this scale' });
    }
    if (content.scale !== 'rating4' && content.criteria.length === 0) {
      context.addIssue({ code: 'custom', path: ['criteria'], message: 'at least one criterion is needed' });
    }
    if ((content.prestigeHeading === null) !== (content.prestigeLevels.length === 0)) {
      context.addIssue({
        code: 'custom',
        path: ['prestigeLevels'],
        message: 'prestige heading and levels go together',
      });
    }
  });

export type TemplateContent = z.infer<typeof templateContentSchema>;

/** What a scale prints and keys: the editor shows only these, and saves nothing else. */
export function scaleUses(scale: Scale) {
  return {
    /** Named levels (points10 prints 1–10 instead). */
    levels: scale !== 'points10',
    /** The prestige section belongs to the feedback forms, not to a quality rating. */
    prestige: scale !== 'rating4',
    /** The rows are people (a Party cell's members), not criteria. */
    peopleRows: scale === 'rating4',
  };
}

/** Where the name of the person assessed and of the unit go in a subtitle. */
export const subjectPlaceholder = '«người được góp ý»';
export const unitPlaceholder = '«đơn vị»';
