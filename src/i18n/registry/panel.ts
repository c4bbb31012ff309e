/** Content and model text of the panel area that is shown through `localize` or `tx`: the parity test walks it. */
export const LOCALIZED: readonly unknown[] = [];
