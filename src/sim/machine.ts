/** A machine of the stack: an address, and whether it runs. */
export class Machine {
  /** Powered off or crashed: nothing on it answers, packets to it are lost. */
  down = false;
  /** Incremented at each crash, so connections opened before it can tell they are gone. */
  epoch = 0;

  constructor(readonly address: string) {}

  /** The machine goes away with everything it held (its parts clear their own state). */
  crash(): void {
    this.down = true;
    this.epoch++;
  }

  boot(): void {
    this.down = false;
  }
}
