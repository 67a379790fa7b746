import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { changeLanguage } from '../../i18n/i18n';
import { type MutationFormOptions, useMutationForm } from './use-mutation-form';

const refusal = (extensions: Record<string, unknown>) =>
  new CombinedGraphQLErrors({ data: null, errors: [{ message: 'x', extensions }] });

function renderForm(options: MutationFormOptions = {}) {
  return renderHook(() => useMutationForm(options)).result;
}

describe('useMutationForm', () => {
  it('puts a refused input next to its field, with the reason in words, and asks to fix it', async () => {
    const form = renderForm({ fields: ['startedOn', 'outcome'] });
    await act(() =>
      form.current.submit(() =>
        Promise.reject(refusal({ code: 'BAD_USER_INPUT', field: 'input.outcome', reason: 'TOO_LONG' })),
      ),
    );
    expect(form.current.errors).toEqual({
      fields: { outcome: 'Nội dung quá dài' },
      form: 'Vui lòng sửa các ô được đánh dấu.',
    });

    await act(() => changeLanguage('en'));
    await act(() =>
      form.current.submit(() =>
        Promise.reject(refusal({ code: 'BAD_USER_INPUT', field: 'input.startedOn', reason: 'IN_FUTURE' })),
      ),
    );
    expect(form.current.errors.fields).toEqual({ startedOn: 'This date cannot be in the future' });
    expect(form.current.errors.form).toBe('Please correct the marked fields.');
  });

  it("prefers the feature's own wording of a reason, and keeps a row's whole path when asked", async () => {
    const form = renderForm({ ns: 'pledges', paths: 'whole' });
    await act(() =>
      form.current.submit(() =>
        Promise.reject(
          refusal({ code: 'BAD_USER_INPUT', field: 'input.manualActuals.1.actual', reason: 'MISSING_ACTUAL' }),
        ),
      ),
    );
    expect(Object.keys(form.current.errors.fields)).toEqual(['manualActuals.1.actual']);
    expect(form.current.errors.fields['manualActuals.1.actual']).toBe(form.current.reason('MISSING_ACTUAL'));
    expect(form.current.reason('MISSING_ACTUAL')).not.toBe(form.current.reason('GENERIC'));
  });

  it('says a refusal of an input the form does not show, or any other failure, for the whole form', async () => {
    const form = renderForm({ fields: ['name'] });
    await act(() =>
      form.current.submit(() =>
        Promise.reject(refusal({ code: 'BAD_USER_INPUT', field: 'input.email', reason: 'DUPLICATE' })),
      ),
    );
    expect(form.current.errors).toEqual({ fields: {}, form: 'Dữ liệu nhập không hợp lệ: email.' });
    await act(() => form.current.submit(() => Promise.reject(refusal({ code: 'FORBIDDEN' }))));
    expect(form.current.errors.fields).toEqual({});
    expect(form.current.errors.form).toMatch(/quyền/);
  });

  it('opens the conflict dialog with its reason and keeps what the form showed', async () => {
    const form = renderForm({ fields: ['settledOn'], conflictDialog: true });
    act(() => form.current.invalid({ settledOn: 'x' }));
    let outcome: Awaited<ReturnType<typeof form.current.submit>> | undefined;
    await act(async () => {
      outcome = await form.current.submit(() => Promise.reject(refusal({ code: 'CONFLICT', reason: 'CASE_CLOSED' })));
    });
    expect(form.current.conflict).toBe('CASE_CLOSED');
    expect(outcome).toEqual({ ok: false, error: { code: 'CONFLICT', reason: 'CASE_CLOSED' } });
    expect(form.current.errors.fields).toEqual({ settledOn: 'x' });
    act(() => form.current.closeConflict());
    expect(form.current.conflict).toBeNull();

    const plain = renderForm({ fields: ['settledOn'] });
    await act(() => plain.current.submit(() => Promise.reject(refusal({ code: 'CONFLICT' }))));
    expect(plain.current.conflict).toBeNull();
    expect(plain.current.errors.form).toBe('Dữ liệu vừa được người khác cập nhật. Vui lòng tải lại.');
  });

  it('is submitting until the answer, sends once at a time, then clears the errors and calls back', async () => {
    const form = renderForm({ fields: ['name'] });
    act(() => form.current.invalid({ name: 'Bắt buộc' }));
    let answer: (value: string) => void = () => {};
    const sent: string[] = [];
    const saved: string[] = [];
    const send = () => {
      sent.push('once');
      return new Promise<string>((resolve) => {
        answer = resolve;
      });
    };
    let first: Promise<unknown> = Promise.resolve();
    act(() => {
      first = form.current.submit(send, (result) => {
        saved.push(result);
      });
    });
    expect(form.current.submitting).toBe(true);
    await act(() => form.current.submit(send));
    expect(sent).toEqual(['once']);
    await act(async () => {
      answer('new-id');
      await first;
    });
    expect(form.current.submitting).toBe(false);
    expect(saved).toEqual(['new-id']);
    expect(form.current.errors).toEqual({ fields: {} });
  });

  it('moves a refusal to the field the form shows it at, or to the form, and reads NOT_FOUND as a field', async () => {
    const form = renderForm({ fields: ['endedOn', 'memberId'], ns: 'model', fieldFor: { memberId: null } });
    await act(() =>
      form.current.submit(() =>
        Promise.reject(refusal({ code: 'BAD_USER_INPUT', field: 'input.memberId', reason: 'ALREADY_ENDED' })),
      ),
    );
    expect(form.current.errors).toEqual({ fields: {}, form: form.current.reason('ALREADY_ENDED') });

    const transfer = renderForm({
      fields: ['toUnitCode'],
      ns: 'judgments',
      notFound: { field: 'toUnitCode', reason: 'UNIT_NOT_FOUND' },
    });
    await act(() => transfer.current.submit(() => Promise.reject(refusal({ code: 'NOT_FOUND' }))));
    expect(transfer.current.errors.fields.toUnitCode).toBe(transfer.current.reason('UNIT_NOT_FOUND'));
    expect(transfer.current.errors.fields.toUnitCode).not.toBe(transfer.current.reason('GENERIC'));
  });
});
