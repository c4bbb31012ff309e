/** Constants shared by the events the tool posts and the commands it accepts. */

/** The `source` field of every message, in both directions. */
export const MESSAGE_SOURCE = 'web-stack-explorer';

/** Protocol version sent with every event; a command may omit `v`, or must send this one. */
export const PROTOCOL_VERSION = 1;
