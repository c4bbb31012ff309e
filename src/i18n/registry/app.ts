/** Text of the app's shell shown through `tx`: the shortcut list (labels and key names). */
import { SHORTCUTS } from '../../app/shortcutList';

export const LOCALIZED: readonly unknown[] = [SHORTCUTS];
