import { screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TargetResultFragment } from '../../gql/graphql';
import { changeLanguage } from '../../i18n/i18n';
import { loadPledgesTexts } from '../../i18n/pledges';
import { renderWithApp } from '../../test/render';
import { progressPercent } from './format';
import { TargetProgress } from './target-progress';
import { PledgeIndicator, TargetDirection, TargetKind } from '@hoanhap/shared';

function target(overrides: Partial<TargetResultFragment>): TargetResultFragment {
  return {
    __typename: 'PledgeTarget',
    id: 't1',
    position: 1,
    label: 'Tỷ lệ người có việc làm ổn định',
    kind: 'COMPUTED',
    indicator: 'STABLE_WORK_SHARE',
    direction: 'AT_LEAST',
    target: 40,
    actual: 20,
    progress: 0.5,
    weight: 2,
    score: 1,
    unitOfMeasure: 'PERCENT',
    responsibleOrganisation: { __typename: 'Organisation', id: 'o1', name: 'Hội Liên hiệp Phụ nữ phường' },
    ...overrides,
  } as TargetResultFragment;
}

function renderTarget(value: TargetResultFragment) {
  renderWithApp(
    <ul>
      <TargetProgress target={value} />
    </ul>,
  );
  return within(screen.getByTestId('pledge-target'));
}

beforeAll(async () => {
  await Promise.all([loadPledgesTexts('vi'), loadPledgesTexts('en')]);
});

describe('TargetProgress', () => {
  it('shows actual against target, the progress bar, direction, weight and score', () => {
    const card = renderTarget(target({}));
    expect(card.getByTestId('target-label').textContent).toBe('Tỷ lệ người có việc làm ổn định');
    expect(card.getByTestId('target-actual').textContent).toBe('Thực hiện 20 / chỉ tiêu 40 %');
    expect(card.getByTestId('target-percent').textContent).toBe('50%');
    expect(card.getByTestId('target-progress').getAttribute('data-progress')).toBe('50');
    expect(card.getByTestId('target-direction').textContent).toBe('Không thấp hơn');
    expect(card.getByTestId('target-score').textContent).toBe('Trọng số 2 · Điểm 1/2');
    expect(card.getByText('Đơn vị chịu trách nhiệm: Hội Liên hiệp Phụ nữ phường')).toBeTruthy();
  });

  it('writes decimals the Vietnamese way and shows an "at most" target met', () => {
    const card = renderTarget(
      target({
        label: 'Số người tái phạm',
        indicator: PledgeIndicator.NEW_OFFENCES,
        direction: TargetDirection.AT_MOST,
        target: 0,
        actual: 0,
        progress: 1,
        weight: 1.5,
        score: 1.5,
        unitOfMeasure: 'COUNT',
      }),
    );
    expect(card.getByTestId('target-actual').textContent).toBe('Thực hiện 0 / chỉ tiêu 0');
    expect(card.getByTestId('target-direction').textContent).toBe('Không vượt quá');
    expect(card.getByTestId('target-percent').textContent).toBe('100%');
    expect(card.getByTestId('target-score').textContent).toBe('Trọng số 1,5 · Điểm 1,5/1,5');
  });

  it('says "Chưa đo được" when the target cannot be measured yet', () => {
    const card = renderTarget(
      target({ kind: TargetKind.MANUAL, indicator: null, actual: null, progress: null, score: 0 }),
    );
    expect(card.getByTestId('target-actual').textContent).toContain('Chưa đo được');
    expect(card.getByTestId('target-percent').textContent).toBe('—');
    expect(card.getByTestId('target-progress').getAttribute('data-progress')).toBeNull();
    expect(card.getByTestId('target-score').textContent).toBe('Trọng số 2 · Điểm 0/2');
  });

  it('has English texts', async () => {
    await changeLanguage('en');
    const card = renderTarget(target({ actual: 30, progress: 0.75, score: 1.5 }));
    expect(card.getByTestId('target-actual').textContent).toBe('Actual 30 / target 40 %');
    expect(card.getByTestId('target-direction').textContent).toBe('At least');
    expect(card.getByTestId('target-score').textContent).toBe('Weight 2 · Score 1.5/2');
  });
});

describe('progressPercent', () => {
  it('clamps to 0–100', () => {
    expect([progressPercent(-0.2), progressPercent(0.333), progressPercent(1.4)]).toEqual([0, 33, 100]);
  });
});
