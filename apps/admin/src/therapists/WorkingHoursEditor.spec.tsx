import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ApiError } from '../providers/graphqlErrors';
import type { WorkingBlock } from '../shared/catalog';
import { WorkingHoursEditor, validateRows } from './WorkingHoursEditor';

const mayaHours: WorkingBlock[] = [
  { weekday: 1, start: '09:00', end: '12:30' },
  { weekday: 1, start: '13:30', end: '17:00' },
  { weekday: 2, start: '09:00', end: '17:00' },
];

function renderEditor(save: jest.Mock, hours = mayaHours) {
  const onSaved = jest.fn();
  render(
    <WorkingHoursEditor therapistId="t1" therapistName="Maya Chen" hours={hours} zone="America/New_York" save={save} onSaved={onSaved} />,
  );
  return { onSaved };
}

const day = (name: string) => screen.getByRole('group', { name });

describe('working hours editor', () => {
  it('shows several blocks per day and the weekly total', () => {
    renderEditor(jest.fn());
    expect(within(day('Monday')).getByLabelText('Monday block 1 start')).toHaveValue('09:00');
    expect(within(day('Monday')).getByLabelText('Monday block 2 end')).toHaveValue('17:00');
    expect(within(day('Sunday')).getByText('Not working')).toBeInTheDocument();
    expect(screen.getByText(/15 h per week/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Save working hours' })).toBeDisabled(); // nothing changed yet
  });

  it('adds a Saturday block and a second Tuesday block and saves the whole week, sorted', async () => {
    const user = userEvent.setup();
    const save = jest.fn().mockImplementation(async (_id: string, hours: WorkingBlock[]) => hours);
    const { onSaved } = renderEditor(save);

    await user.click(screen.getByRole('button', { name: 'Add hours on Saturday' }));
    const saturdayStart = within(day('Saturday')).getByLabelText('Saturday block 1 start');
    await user.clear(saturdayStart);
    await user.type(saturdayStart, '10:00');
    const saturdayEnd = within(day('Saturday')).getByLabelText('Saturday block 1 end');
    await user.clear(saturdayEnd);
    await user.type(saturdayEnd, '14:00');

    // Tuesday gets a lunch break: 09:00–12:00 and 13:00–17:00.
    const tuesdayEnd = within(day('Tuesday')).getByLabelText('Tuesday block 1 end');
    await user.clear(tuesdayEnd);
    await user.type(tuesdayEnd, '12:00');
    await user.click(screen.getByRole('button', { name: 'Add hours on Tuesday' }));
    const secondStart = within(day('Tuesday')).getByLabelText('Tuesday block 2 start');
    await user.clear(secondStart);
    await user.type(secondStart, '13:00');
    const secondEnd = within(day('Tuesday')).getByLabelText('Tuesday block 2 end');
    await user.clear(secondEnd);
    await user.type(secondEnd, '17:00');

    await user.click(screen.getByRole('button', { name: 'Save working hours' }));
    await waitFor(() => expect(save).toHaveBeenCalledTimes(1));
    expect(save).toHaveBeenCalledWith('t1', [
      { weekday: 1, start: '09:00', end: '12:30' },
      { weekday: 1, start: '13:30', end: '17:00' },
      { weekday: 2, start: '09:00', end: '12:00' },
      { weekday: 2, start: '13:00', end: '17:00' },
      { weekday: 6, start: '10:00', end: '14:00' },
    ]);
    expect(await screen.findByText(/working hours saved/i)).toBeInTheDocument();
    expect(onSaved).toHaveBeenCalled();
  });

  it('refuses overlapping blocks and an end before the start, without calling the server', async () => {
    const user = userEvent.setup();
    const save = jest.fn();
    renderEditor(save);
    const mondaySecondStart = within(day('Monday')).getByLabelText('Monday block 2 start');
    await user.clear(mondaySecondStart);
    await user.type(mondaySecondStart, '12:00');
    expect(await within(day('Monday')).findByText('Overlaps 09:00–12:30')).toBeInTheDocument();

    const tuesdayEnd = within(day('Tuesday')).getByLabelText('Tuesday block 1 end');
    await user.clear(tuesdayEnd);
    await user.type(tuesdayEnd, '08:00');
    expect(within(day('Tuesday')).getByText('The end must be after the start')).toBeInTheDocument();

    expect(screen.getByRole('button', { name: 'Save working hours' })).toBeDisabled();
    expect(screen.getByText('Fix the highlighted hours to save')).toBeInTheDocument();
    expect(save).not.toHaveBeenCalled();
  });

  it('removes a block, sends an end of 00:00 as 24:00 (midnight), and shows the server’s refusal', async () => {
    const user = userEvent.setup();
    const save = jest
      .fn()
      .mockRejectedValue(new ApiError('hours[1].end: Working blocks overlap', 'BAD_USER_INPUT', { field: 'hours[1].end' }));
    renderEditor(save);
    await user.click(screen.getByRole('button', { name: 'Remove Monday block 1 (09:00–12:30)' }));
    const end = within(day('Tuesday')).getByLabelText('Tuesday block 1 end');
    await user.clear(end);
    await user.type(end, '00:00');
    await user.click(screen.getByRole('button', { name: 'Save working hours' }));
    await waitFor(() => expect(save).toHaveBeenCalled());
    expect(save.mock.calls[0][1]).toEqual([
      { weekday: 1, start: '13:30', end: '17:00' },
      { weekday: 2, start: '09:00', end: '24:00' },
    ]);
    expect(await screen.findByText('Working blocks overlap')).toBeInTheDocument();
  });

  it('copies Monday to the other weekdays', async () => {
    const user = userEvent.setup();
    renderEditor(jest.fn());
    await user.click(screen.getByRole('button', { name: 'Copy Monday to Tuesday–Friday' }));
    for (const name of ['Tuesday', 'Wednesday', 'Thursday', 'Friday']) {
      expect(within(day(name)).getByLabelText(`${name} block 2 end`)).toHaveValue('17:00');
    }
    expect(within(day('Saturday')).getByText('Not working')).toBeInTheDocument();
  });

  it('validateRows accepts touching blocks', () => {
    expect(
      validateRows([
        { key: 1, weekday: 3, start: '09:00', end: '12:00' },
        { key: 2, weekday: 3, start: '12:00', end: '15:00' },
      ]).size,
    ).toBe(0);
  });
});
