// Imported first by tests whose code warns: the SDK captures console.warn when it loads,
// so the capture must find this collector rather than the terminal.
export const warnings: unknown[][] = [];
console.warn = (...parts: unknown[]) => {
  warnings.push(parts);
};
