import { render, screen } from '@testing-library/react';
import i18next from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { beforeAll, describe, expect, it } from 'vitest';
import vi_ from '../locales/phone/vi.json';
import { TaskList } from './task-list';

const texts = i18next.createInstance();
beforeAll(async () => {
  await texts.init({ resources: { vi: { translation: vi_ } }, lng: 'vi', interpolation: { escapeValue: false } });
});

const renderTasks = (tasks: Parameters<typeof TaskList>[0]['tasks']) =>
  render(
    <I18nextProvider i18n={texts}>
      <MemoryRouter>
        <TaskList tasks={tasks} />
      </MemoryRouter>
    </I18nextProvider>,
  );

describe('the phone home’s tasks', () => {
  it('opens the person’s card from a task about someone, and shows the others as they are', () => {
    renderTasks([
      { id: 't1', title: 'Thăm hỏi, nắm tình hình', dueOn: '2026-12-08', returnee: { id: 'p1' } },
      { id: 't2', title: 'Họp tổ dân phố', dueOn: '2026-12-09', returnee: null },
    ]);
    const link = screen.getByRole('link', { name: /Thăm hỏi, nắm tình hình/ });
    expect(link.getAttribute('href')).toBe('/people/p1');
    expect(link.textContent).toContain('08/12/2026');
    expect(screen.getByText('Họp tổ dân phố')).toBeDefined();
    expect(screen.getAllByRole('link')).toHaveLength(1);
  });

  it('says when there is nothing to do', () => {
    renderTasks([]);
    expect(screen.getByText(vi_.home.noTasks)).toBeDefined();
  });
});
