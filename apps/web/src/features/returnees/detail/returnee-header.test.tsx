import { ExpungementRoute } from '@hoanhap/shared';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { changeLanguage } from '../../../i18n/i18n';
import { detailMock, renderFile } from '../casework-b-fixtures';
import { detail } from '../test-fixtures';

type Forecast = NonNullable<ReturnType<typeof detail>['expungementForecast']> & { __typename: 'ExpungementForecast' };

function forecast(overrides: Partial<Forecast>): Forecast {
  return {
    __typename: 'ExpungementForecast',
    route: ExpungementRoute.AUTOMATIC,
    waitingMonths: 24,
    eligibleOn: '2026-05-20',
    blockers: [],
    explanation: ['AUTOMATIC_PERIOD'],
    ...overrides,
  };
}

const courtRoute = forecast({
  route: ExpungementRoute.COURT_DECISION,
  waitingMonths: 60,
  explanation: ['AUTOMATIC_PERIOD', 'COURT_PERIOD', 'NEW_CONVICTION_RESTARTS'],
});

async function showFile(f: Forecast) {
  renderFile('/returnees/r-duc', [detailMock(detail({ expungementForecast: f }))]);
  return screen.findByTestId('forecast');
}

describe('the expungement forecast on a person’s file', () => {
  it('says "đủ điều kiện đề nghị Tòa án xóa án tích" on the court route (Penal Code art. 71) and cites art. 73(2)', async () => {
    const card = await showFile(courtRoute);
    expect(screen.getByTestId('forecast-eligible').textContent).toBe(
      'Đủ điều kiện đề nghị Tòa án xóa án tích từ ngày 20/05/2026',
    );
    expect(card.textContent).toContain('Xóa án tích theo quyết định của Tòa án');
    const explanation = screen.getByTestId('forecast-explanation').textContent;
    expect(explanation).toContain('đủ điều kiện đề nghị Tòa án xóa án tích');
    expect(explanation).toContain('Điều 71 khoản 2');
    expect(explanation).toContain('Điều 73 khoản 2');
  });

  it('says "đủ điều kiện xóa án tích" on the automatic route (Penal Code art. 70)', async () => {
    await showFile(forecast({}));
    expect(screen.getByTestId('forecast-eligible').textContent).toBe('Đủ điều kiện xóa án tích từ ngày 20/05/2026');
  });

  it('explains that unpaid obligations do not hold back an offence committed under 18 (Penal Code art. 107(2))', async () => {
    await showFile(forecast({ waitingMonths: 12, eligibleOn: '2025-03-15', explanation: ['JUVENILE_PERIOD'] }));
    const explanation = screen.getByTestId('forecast-explanation').textContent;
    expect(explanation).toContain('Điều 107 khoản 2');
    expect(explanation).toContain('nghĩa vụ theo bản án (án phí, tiền phạt, bồi thường…)');
  });

  it('names the blocker as obligations under the judgment, not civil obligations', async () => {
    const card = await showFile(
      forecast({ eligibleOn: null, blockers: ['UNSETTLED_OBLIGATIONS'], explanation: ['AUTOMATIC_PERIOD'] }),
    );
    expect(card.textContent).toContain('Còn nghĩa vụ theo bản án (án phí, tiền phạt, bồi thường…) chưa thực hiện xong');
    expect(card.textContent).not.toContain('nghĩa vụ dân sự');
  });

  it('says the same in English', async () => {
    await changeLanguage('en');
    await showFile(courtRoute);
    expect(screen.getByTestId('forecast-eligible').textContent).toBe(
      'Eligible to apply to the court for expungement from 20/05/2026',
    );
    const explanation = screen.getByTestId('forecast-explanation').textContent;
    expect(explanation).toContain('the person may apply to the court, which decides (Penal Code art. 71(2))');
    expect(explanation).toContain('(Penal Code art. 73(2))');
  });
});
