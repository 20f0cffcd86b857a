// Runtime: node (bundled into the CLI in place of @pdf-lib/upng). Mandate never embeds PNG images
// in a PDF; pdf-lib imports its PNG decoder anyway, and that decoder builds its inflate tables when
// it loads (~5 ms of every export). Reaching this stub means a PNG was embedded after all.
const unavailable = () => {
  throw new Error('PNG embedding is not built into the Mandate command line (scripts/stubs/upng.mjs)');
};
export default { decode: unavailable, toRGBA8: unavailable };
