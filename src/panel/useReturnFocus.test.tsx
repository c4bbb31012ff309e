// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTopic, select } from '../store/actions';
import { INITIAL_UI, useUi } from '../store/ui';
import { closeExplanation, useReturnFocus } from './useReturnFocus';

function Openers() {
  useReturnFocus();
  return (
    <>
      <button type="button" onClick={() => select('nginx')}>
        Nginx in the outline
      </button>
      <button type="button" onClick={() => openTopic('domain')}>
        The address
      </button>
      <button type="button">Elsewhere</button>
    </>
  );
}

beforeEach(() => useUi.setState(INITIAL_UI, true));
afterEach(cleanup);

describe('focus after an explanation closes', () => {
  it('goes back to the control that opened a component’s explanation', async () => {
    render(<Openers />);
    await userEvent.click(screen.getByText('Nginx in the outline'));
    screen.getByText('Elsewhere').focus();
    closeExplanation();
    expect(useUi.getState().selected).toBeNull();
    expect(document.activeElement).toBe(screen.getByText('Nginx in the outline'));
  });

  it('goes back to the control that opened a topic', async () => {
    render(<Openers />);
    await userEvent.click(screen.getByText('The address'));
    expect(useUi.getState().topic).toBe('domain');
    screen.getByText('Elsewhere').focus();
    closeExplanation();
    expect(document.activeElement).toBe(screen.getByText('The address'));
  });
});
