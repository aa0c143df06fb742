// pg ships no types for its parameter conversion; this is the one function the statement batch uses.
declare module 'pg/lib/utils.js' {
  const utils: { prepareValue(value: unknown): string | null };
  export default utils;
}
