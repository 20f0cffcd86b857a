// Runtime: any (pure). House typography for library text: straight quotes become typographic
// ones, as a printed agreement has them. Applied to the library's own words only; values a
// user typed are printed exactly as typed.
const opening = /(^|[\s([{\u2014\u2013/-])"/g;
const openingSingle = /(^|[\s([{\u2014\u2013/-])'/g;

export function smartQuotes(text: string): string {
  if (!text.includes('"') && !text.includes("'")) return text;
  return text.replace(opening, '$1\u201C').replace(/"/g, '\u201D').replace(openingSingle, '$1\u2018').replace(/'/g, '\u2019');
}
