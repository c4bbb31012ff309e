/** Content and model text of the failures area that is shown through `localize` or `tx`: the parity test walks it. */
export const LOCALIZED: readonly unknown[] = [];
