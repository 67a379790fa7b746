import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  ExportCasePackageDocument,
  type ExportCasePackageMutationVariables,
  HandoverDestinationsDocument,
} from '../../gql/graphql';
import { loadHandoverTexts } from '../../i18n/handover';
import { loadReturneesTexts } from '../../i18n/returnees';
import { officer } from '../../test/fixtures';
import { recordingMock } from '../../test/mocks';
import { renderWithApp } from '../../test/render';
import { HandOverAction } from './hand-over-action';
import { saveTextFile } from './save-file';

vi.mock('./save-file', () => ({ saveTextFile: vi.fn() }));

beforeAll(() => Promise.all([loadHandoverTexts('vi'), loadReturneesTexts('vi')]));
beforeEach(() => vi.mocked(saveTextFile).mockClear());

const destinations = {
  request: { query: HandoverDestinationsDocument },
  result: {
    data: {
      handoverDestinations: [{ __typename: 'HandoverDestination', code: 'hai-duong', name: 'Công an tỉnh Hải Dương' }],
    },
  },
};
const exported = {
  data: {
    exportCasePackage: {
      __typename: 'ExportedCasePackage',
      packageId: '1a2b3c4d-0000-4000-8000-000000000001',
      fileName: 'ho-so-chuyen-giao-1a2b3c4d.json',
      content: '{"format":"hoanhap-case-package"}\n',
    },
  },
};

function renderAction(mocks: object[]) {
  renderWithApp(<HandOverAction returneeId="r-duc" status="UNDER_SUPPORT" />, {
    mocks: [destinations, ...mocks] as never,
    user: officer,
  });
}

async function openDialog() {
  fireEvent.click(await screen.findByRole('button', { name: 'Chuyển sang địa phương ngoài hệ thống' }));
  return screen.findByRole('form', { name: 'Chuyển hồ sơ sang địa phương ngoài hệ thống' });
}

async function fill(form: HTMLElement) {
  fireEvent.click(within(form).getByRole('combobox', { name: /Hệ thống nơi nhận/ }));
  fireEvent.click(await within(form).findByRole('option', { name: 'Công an tỉnh Hải Dương (hai-duong)' }));
  fireEvent.change(within(form).getByLabelText(/Tên phường, xã nơi nhận/), {
    target: { value: 'Phường Trần Phú, TP Hải Dương' },
  });
  fireEvent.change(within(form).getByLabelText(/Lý do chuyển/), {
    target: { value: 'Chuyển về sống cùng gia đình tại Hải Dương' },
  });
}

describe('handing a case over to another deployment', () => {
  it('asks for the partner, the ward, the reason and a confirmation before sending anything', async () => {
    const sent: ExportCasePackageMutationVariables[] = [];
    renderAction([recordingMock(ExportCasePackageDocument, sent, exported)]);
    const form = await openDialog();
    expect(form.textContent).toContain('hồ sơ rời khỏi danh sách quản lý của địa bàn');
    fireEvent.click(within(form).getByRole('button', { name: 'Chuyển hồ sơ và tải tệp' }));
    await within(form).findByText('Cần xác nhận trước khi chuyển hồ sơ.');
    expect(sent).toEqual([]);
  });

  it('sends the hand-over, downloads the package at once and says where the case went', async () => {
    const sent: ExportCasePackageMutationVariables[] = [];
    renderAction([recordingMock(ExportCasePackageDocument, sent, exported)]);
    const form = await openDialog();
    await fill(form);
    fireEvent.click(within(form).getByRole('checkbox', { name: /Tôi hiểu hồ sơ sẽ rời khỏi/ }));
    fireEvent.click(within(form).getByRole('button', { name: 'Chuyển hồ sơ và tải tệp' }));
    const done = await screen.findByTestId('hand-over-done');
    expect(sent).toEqual([
      {
        input: expect.objectContaining({
          returneeId: 'r-duc',
          toDeploymentCode: 'hai-duong',
          toUnitCode: null,
          toUnitName: 'Phường Trần Phú, TP Hải Dương',
          reason: 'Chuyển về sống cùng gia đình tại Hải Dương',
        }),
      },
    ]);
    expect(saveTextFile).toHaveBeenCalledWith('ho-so-chuyen-giao-1a2b3c4d.json', '{"format":"hoanhap-case-package"}\n');
    expect(done.textContent).toContain('Công an tỉnh Hải Dương (Phường Trần Phú, TP Hải Dương)');
    fireEvent.click(within(done).getByRole('button', { name: 'Tải lại tệp' }));
    expect(saveTextFile).toHaveBeenCalledTimes(2);
  });

  it('says a refusal in the API’s Vietnamese words and downloads nothing', async () => {
    const refusal = {
      errors: [
        {
          message:
            'Hồ sơ này đã được chuyển sang địa phương ngoài hệ thống. / This case has already been handed over to another deployment.',
          extensions: { code: 'CONFLICT', reason: 'ALREADY_HANDED_OVER' },
        },
      ],
    };
    renderAction([{ request: { query: ExportCasePackageDocument, variables: () => true }, result: refusal }]);
    const form = await openDialog();
    await fill(form);
    fireEvent.click(within(form).getByRole('checkbox', { name: /Tôi hiểu hồ sơ sẽ rời khỏi/ }));
    fireEvent.click(within(form).getByRole('button', { name: 'Chuyển hồ sơ và tải tệp' }));
    await waitFor(() =>
      expect(within(form).getByRole('alert').textContent).toBe(
        'Hồ sơ này đã được chuyển sang địa phương ngoài hệ thống.',
      ),
    );
    expect(saveTextFile).not.toHaveBeenCalled();
  });

  it('is not offered for a closed case', () => {
    renderWithApp(<HandOverAction returneeId="r-duc" status="CLOSED" />, { user: officer });
    expect(screen.queryByRole('button', { name: 'Chuyển sang địa phương ngoài hệ thống' })).toBeNull();
  });
});
