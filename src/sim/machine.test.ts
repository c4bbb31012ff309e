import { describe, expect, it } from 'vitest';
import { Machine } from './machine';

describe('Machine', () => {
  it('a crash takes it down and bumps its epoch; a boot brings it back with the same epoch', () => {
    const machine = new Machine('8.8.8.8');
    machine.crash();
    expect([machine.down, machine.epoch]).toEqual([true, 1]);
    machine.boot();
    expect([machine.down, machine.epoch, machine.address]).toEqual([false, 1, '8.8.8.8']);
  });
});
