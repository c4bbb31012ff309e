/** Content and model text of the narration area that is shown through `localize` or `tx`: the parity test walks it. */
export const LOCALIZED: readonly unknown[] = [];
