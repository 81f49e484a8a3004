import type { UnitType } from '../../shared/campaigns/unitTypes';
import type { ReadableDB } from '../vault';

export function listUnitTypes(db: ReadableDB): UnitType[] {
  return (
    db.prepare('SELECT code, name, category, default_template_code FROM unit_types ORDER BY position').all() as Array<{
      code: string;
      name: string;
      category: UnitType['category'];
      default_template_code: string | null;
    }>
  ).map((row) => ({
    code: row.code,
    name: row.name,
    category: row.category,
    defaultTemplateCode: row.default_template_code,
  }));
}
