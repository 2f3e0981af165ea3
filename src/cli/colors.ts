export interface Colors {
  enabled: boolean;
}

const wrap = (code: number, reset: number) => (colors: Colors, text: string): string =>
  colors.enabled ? `\u001b[${code}m${text}\u001b[${reset}m` : text;

export const bold = wrap(1, 22);
export const dim = wrap(2, 22);
export const red = wrap(31, 39);
export const yellow = wrap(33, 39);
export const green = wrap(32, 39);

/** Colour on a terminal unless NO_COLOR is set; FORCE_COLOR forces it. */
export function colorsFor(stream: NodeJS.WriteStream): Colors {
  if (process.env.FORCE_COLOR && process.env.FORCE_COLOR !== "0") return { enabled: true };
  return { enabled: !!stream.isTTY && !process.env.NO_COLOR };
}
