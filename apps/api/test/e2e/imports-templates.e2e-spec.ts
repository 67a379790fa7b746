import { describe, expect, it } from 'vitest';
import { importJob } from '../../src/modules/imports/import.jobs.js';
import { withDemoServer } from '../utils/demo-server.js';
import { importUploads, xlsx } from '../utils/import-upload.js';
import { withJobWorkers } from '../utils/job-workers.js';

/*
 * A ward whose sheets have their own headers maps them once and saves the mapping as a template;
 * later files of the same kind import with the template, found by header even when the columns
 * have moved.
 */
const { client, server, one, db } = withDemoServer();
const officer = client('officer');
const vandau = client('vandau');
const helper = client('helper');
withJobWorkers(db, [importJob]);
const { upload, imported } = importUploads(server);

const SAVE = `mutation ($input: SaveImportTemplateInput!) {
  saveImportTemplate(input: $input) { id version name headerRow columns { header field } unit { code } }
}`;
const LIST = 'query ($unitCode: String!) { importTemplates(unitCode: $unitCode) { id name version } }';

interface Template {
  id: string;
  version: number;
  name: string;
}

async function saveTemplate(name: string): Promise<Template> {
  const res = await officer.request<{ saveImportTemplate: Template }>(SAVE, {
    input: {
      unitCode: 'lam-ha',
      name,
      headerRow: 2,
      columns: [
        { header: 'Số TT', field: null },
        { header: 'Tên người', field: 'fullName' },
        { header: 'Sinh ngày', field: 'dateOfBirth' },
        { header: 'Ở đâu', field: 'currentAddress' },
      ],
    },
  });
  expect(res.errors).toBeUndefined();
  return res.data?.saveImportTemplate as Template;
}

describe('column templates', () => {
  it('imports a later file by the template, matching columns by header wherever they are', async () => {
    const template = await saveTemplate('Sổ theo dõi của phường');
    // The columns moved and one was added since the template was saved; the title row stays.
    const sheet = await xlsx([
      ['DANH SÁCH THEO DÕI NĂM 2026'],
      ['Ghi chú', 'sinh NGAY', 'Số TT', 'Tên người', 'Ở đâu'],
      ['mới', '07/07/1977', 1, 'Vũ Văn Mẫu', 'Số 1 ngõ Mẫu'],
    ]);
    const job = await imported(officer, 'theo-doi.xlsx', sheet, { templateId: template.id });
    expect(job).toMatchObject({ status: 'SUCCEEDED', rowsImported: 1, rowsFailed: 0 });
    const person = await one<{ date_of_birth: string; current_address: string }>(
      `SELECT to_char(date_of_birth, 'YYYY-MM-DD') AS date_of_birth, current_address FROM returnee WHERE full_name = 'Vũ Văn Mẫu'`,
    );
    expect(person).toEqual({ date_of_birth: '1977-07-07', current_address: 'Số 1 ngõ Mẫu' });
    const recorded = await one<{ template_id: string }>('SELECT template_id FROM import_job WHERE id = $1', [job.id]);
    expect(recorded.template_id).toBe(template.id);
  });

  it('lists a unit’s templates for its people and refuses a name twice, ignoring case and accents', async () => {
    const res = await officer.request<{ importTemplates: Template[] }>(LIST, { unitCode: 'lam-ha' });
    expect(res.errors).toBeUndefined();
    expect(res.data?.importTemplates.map((t) => t.name)).toContain('Sổ theo dõi của phường');
    const again = await officer.request(SAVE, {
      input: {
        unitCode: 'lam-ha',
        name: 'SO THEO DOI CUA PHUONG',
        headerRow: 1,
        columns: [{ header: 'Tên', field: 'fullName' }],
      },
    });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'DUPLICATE' });
  });

  it('refuses a mapping without the name column', async () => {
    const res = await officer.request(SAVE, {
      input: {
        unitCode: 'lam-ha',
        name: 'Thiếu tên',
        headerRow: 1,
        columns: [{ header: 'Ngày sinh', field: 'dateOfBirth' }],
      },
    });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.columns' });
  });

  it('is another ward’s to neither see nor use', async () => {
    const template = await saveTemplate('Mẫu riêng của Lãm Hà');
    const listed = await vandau.request<{ importTemplates: Template[] }>(LIST, { unitCode: 'lam-ha' });
    expect(listed.data?.importTemplates).toEqual([]);
    const sheet = await xlsx([['Họ và tên'], ['Ai Đó']]);
    const res = await upload(vandau, 'x.xlsx', sheet, { unitCode: 'van-dau', templateId: template.id });
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0]?.extensions).toMatchObject({ field: 'templateId', reason: 'NOT_FOUND' });
    const deleted = await vandau.request(
      'mutation ($input: DeleteImportTemplateInput!) { deleteImportTemplate(input: $input) }',
      {
        input: { id: template.id, version: template.version },
      },
    );
    expect(deleted.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('is not for a helper', async () => {
    const res = await helper.request(LIST, { unitCode: 'lam-ha' });
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('deletes from the version read, and refuses a stale one', async () => {
    const template = await saveTemplate('Mẫu để xóa');
    const DELETE = 'mutation ($input: DeleteImportTemplateInput!) { deleteImportTemplate(input: $input) }';
    const stale = await officer.request(DELETE, { input: { id: template.id, version: template.version + 1 } });
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const done = await officer.request<{ deleteImportTemplate: string }>(DELETE, {
      input: { id: template.id, version: template.version },
    });
    expect(done.data?.deleteImportTemplate).toBe(template.id);
    const { n } = await one<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_event WHERE action IN ('saveImportTemplate', 'deleteImportTemplate') AND object_id = $1`,
      [template.id],
    );
    expect(n).toBe(2);
  });
});
