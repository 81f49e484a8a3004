import { describe, expect, it } from 'vitest';
import { schoolForm } from '../../../shared/templates/builtInTemplates';
import { coreWithVault } from '../../helpers/testCore';
import { rawConnection, vaultKeyFromRecovery } from '../../helpers/testVault';
import { useTempDirectories } from '../../helpers/tempDirectory';

describe('ballot templates', () => {
  const temp = useTempDirectories();

  it('ship the official forms built in and frozen; edits are refused through the API', async () => {
    const { core, admin } = await coreWithVault(temp());
    const templates = await admin.ok('templates.list', {});
    expect(templates.map((template) => template.code)).toEqual([
      'school-head-ethics',
      'ward-head-ethics',
      'member-quality-rating',
    ]);
    const school = templates[0]!.versions[0]!;
    expect(school).toMatchObject({ version: 1, frozen: true, scale: 'levels4', rowCount: 15 });
    expect(templates[1]!.versions[0]).toMatchObject({ rowCount: 18 });

    const view = await admin.ok('templates.get', { versionId: school.id });
    expect(view.content).toEqual(schoolForm);
    const reworded = { ...view.content, criteria: [{ text: 'Nội dung khác hẳn' }, ...view.content.criteria.slice(1)] };
    expect(await admin.code('templates.update', { versionId: school.id, name: view.name, content: reworded })).toBe(
      'TEMPLATE_FROZEN',
    );
    expect((await admin.ok('templates.get', { versionId: school.id })).content).toEqual(schoolForm);
    core.shutdown();
  });

  it('a frozen version copies to an editable next version; reordering and rewording are kept', async () => {
    const { core, admin } = await coreWithVault(temp());
    const [school] = await admin.ok('templates.list', {});
    const copy = await admin.ok('templates.newVersion', { versionId: school!.versions[0]!.id });
    expect(copy).toMatchObject({ version: 2, frozen: false, templateId: school!.id });
    const criteria = [...copy.content.criteria]
      .reverse()
      .map((criterion, index) => (index === 0 ? { text: `${criterion.text} (sửa)` } : criterion));
    const saved = await admin.ok('templates.update', {
      versionId: copy.id,
      name: 'Phiếu trường học 2024',
      content: { ...copy.content, criteria },
    });
    expect(saved.content.criteria[0]!.text).toBe('Khả năng kiểm soát cảm xúc cá nhân (sửa)');
    expect(saved.content.criteria.at(-1)!.text).toBe('Là trung tâm của sự đoàn kết trong nhà trường');
    expect((await admin.ok('templates.list', {}))[0]!.versions.map((version) => version.version)).toEqual([1, 2]);
    core.shutdown();
  });

  it('creates 10-point and people-rating templates and refuses malformed content', async () => {
    const { core, admin } = await coreWithVault(temp());
    const points = await admin.ok('templates.create', {
      name: 'Bộ tiêu chí chuyên nghiệp (thử)',
      content: {
        ...schoolForm,
        scale: 'points10',
        levels: [],
        levelsColumn: 'Điểm',
        criteria: [{ text: 'Tiêu chí 1' }, { text: 'Tiêu chí 2' }],
      },
    });
    expect(points).toMatchObject({ version: 1, frozen: false, content: { scale: 'points10' } });
    expect(await admin.code('templates.create', { name: 'Rỗng', content: { ...schoolForm, criteria: [] } })).toBe(
      'INVALID_INPUT',
    );
    expect(
      await admin.code('templates.create', { name: 'Ba mức', content: { ...schoolForm, levels: ['A', 'B', 'C'] } }),
    ).toBe('INVALID_INPUT');
    core.shutdown();
  });

  it('the database itself refuses to change a frozen version', async () => {
    const dataDirectory = temp();
    const { core, admin, recoveryKey } = await coreWithVault(dataDirectory);
    const versionId = (await admin.ok('templates.list', {}))[0]!.versions[0]!.id;
    core.shutdown();
    const raw = rawConnection(dataDirectory, vaultKeyFromRecovery(dataDirectory, recoveryKey));
    expect(() => raw.prepare(`UPDATE template_versions SET content = '{}' WHERE id = ?`).run(versionId)).toThrow(
      /frozen/,
    );
    raw.close();
  });
});
