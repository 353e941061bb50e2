// The input layer's size limit, in its own module so the viewer's main thread can check a file's
// size before handing it to the worker without loading any parser.

/** Largest file the input layer reads, in bytes: one limit for the CLI and the viewer. */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024;
