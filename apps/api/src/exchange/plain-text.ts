/** An escaped character stands aside (in the Private Use Area) while the marks are removed. */
const ESCAPE_BASE = 0xe000;

/**
 * Markdown as plain text for people reading a spreadsheet: the words and line breaks stay, the
 * markup goes (headings, emphasis, code marks, quotes, HTML); a link keeps its address in
 * brackets after its text. Not a Markdown parser: the descriptions are short, and a mark this
 * misses only stays visible.
 */
export function markdownToText(markdown: string): string {
  return markdown
    .replace(/\r\n?/g, '\n')
    .replace(/\\([\\`*_{}[\]()#+\-.!>~|<])/g, (_, c: string) => String.fromCharCode(ESCAPE_BASE + c.charCodeAt(0)))
    .replace(/^[ \t]*(```|~~~).*$/gm, '')
    .replace(/^[ \t]{0,3}#{1,6}[ \t]+(.*?)[ \t]*#*[ \t]*$/gm, '$1')
    .replace(/^[ \t]{0,3}(?:[-*_][ \t]*){3,}$/gm, '')
    .replace(/^[ \t]{0,3}>[ \t]?/gm, '')
    .replace(/^([ \t]*)[*+][ \t]+/gm, '$1- ')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([ \t]*<?([^)\s>]+)>?(?:[ \t]+"[^"]*")?[ \t]*\)/g, (_, text: string, url: string) => (text === url ? url : `${text} (${url})`))
    .replace(/<(https?:\/\/[^>\s]+)>/g, '$1')
    .replace(/<\/?[a-zA-Z][^>]*>/g, '')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
    .replace(/(?<![\w*])([*_])(?=\S)(.+?)(?<=\S)\1(?![\w*])/g, '$2')
    .replace(/~~(?=\S)(.+?)(?<=\S)~~/g, '$1')
    .replace(/[\ue000-\ue0ff]/g, (c) => String.fromCharCode(c.charCodeAt(0) - ESCAPE_BASE))
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
