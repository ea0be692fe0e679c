/**
 * Which files of a content folder are talks, what each talk's address is called, and which caption
 * file sits beside which markdown talk. Pure: the build plugin runs it on a directory listing, tests on
 * plain names.
 */
import { titleFromFileName } from '../transcript/formats/captions/file-name.ts';
import { translatedMarkdownBase } from './language-tags.ts';

/** Extensions `readTalk` understands; other files in the folder (notes, images) are not talks. */
const TALK_EXTENSION = /\.(md|markdown|vtt|webvtt|srt|json)$/i;
const MARKDOWN_EXTENSION = /\.(md|markdown)$/i;
/** Podcasting 2.0 chapters files travel beside transcripts (`talk.chapters.json`); they hold no words. */
const CHAPTERS_FILE = /\.chapters\.json$/i;
/** Notes about the folder itself (`README.md`), not talks. */
const FOLDER_NOTE = /^readme\./i;
/**
 * A project's own files, which sit in the folder an author runs `talkline` from: npm's, TypeScript's,
 * JavaScript tools' JSON (`package.json`, `tsconfig.json`, `.eslintrc.json`, `renovate.json`).
 */
const PROJECT_FILE =
  /^(package|package-lock|npm-shrinkwrap|tsconfig(\..+)?|jsconfig|composer|deno|bower|lerna|nx|turbo|vercel|netlify|renovate|manifest|app|firebase)\.json$/i;

/** True for a file name the library reads as a talk or a caption file. */
export function isTalkFileName(fileName: string): boolean {
  return (
    TALK_EXTENSION.test(fileName) && !CHAPTERS_FILE.test(fileName) && !FOLDER_NOTE.test(fileName) && !PROJECT_FILE.test(fileName) && !fileName.startsWith('.')
  );
}

/** True for the talk markdown format, by name. */
export function isMarkdownFileName(fileName: string): boolean {
  return MARKDOWN_EXTENSION.test(fileName);
}

/**
 * The name two files must share to sit side by side: a markdown file without its extension, a caption
 * file without extension, language and `[VIDEOID]` (yt-dlp's `Talk [ID].en.vtt` pairs with `Talk.md`).
 */
export function baseNameOf(fileName: string): string {
  if (isMarkdownFileName(fileName)) return fileName.replace(MARKDOWN_EXTENSION, '');
  // A name that is only an id (`[aB3dE5fG7hJ].en.vtt`) keeps the id rather than becoming empty.
  return titleFromFileName(fileName) || fileName.replace(/\.[^.]*$/, '');
}

/**
 * A readable address part for a file: lower case ASCII letters, digits and dashes
 * (`Neural Networks Explained [aB3dE5fG7hJ].en.vtt` -> `neural-networks-explained`).
 */
export function slugOf(fileName: string): string {
  const slug = baseNameOf(fileName)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    // (?<!-): a run of dashes is tried once, from its start, not from each of its dashes.
    .replace(/^-+|(?<!-)-+$/g, '');
  return slug === '' ? 'talk' : slug.slice(0, 80).replace(/(?<!-)-+$/, '');
}

/** A talk file and the caption files that sit beside it. */
export interface TalkFileGroup {
  fileName: string;
  slug: string;
  /**
   * Files with the same base name as this markdown talk (always empty for a caption talk): its caption
   * files, and its translations (`talk.ru.md` too); `splitSiblings` in `translations.ts` tells them apart.
   */
  captions: string[];
}

/**
 * Groups a folder's file names into talks, in name order. A caption file with a markdown sibling of the
 * same base name belongs to that talk (it is its captions, to align), so it is not listed on its own.
 * Slugs are unique: a repeated one gets `-2`, `-3`… in name order, so addresses do not move between builds
 * unless files are added or renamed.
 */
export function groupTalkFiles(fileNames: readonly string[]): TalkFileGroup[] {
  const names = fileNames.filter(isTalkFileName).sort((a, b) => a.localeCompare(b, 'en'));
  const markdownByBase = new Map<string, TalkFileGroup>();
  const groups: TalkFileGroup[] = [];
  const present = new Set(names);
  // `talk.ru.md` beside `talk.md` is the talk in another language: one of its siblings, not a talk of its own.
  const isTranslatedMarkdown = (fileName: string): boolean => {
    const base = translatedMarkdownBase(fileName);
    return base !== null && present.has(base);
  };
  for (const fileName of names) {
    if (!isMarkdownFileName(fileName) || isTranslatedMarkdown(fileName)) continue;
    const group: TalkFileGroup = { fileName, slug: '', captions: [] };
    // The first markdown file of a base name takes its captions; a second (`talk.markdown`) is a talk of its own.
    if (!markdownByBase.has(baseNameOf(fileName))) markdownByBase.set(baseNameOf(fileName), group);
    groups.push(group);
  }
  for (const fileName of names) {
    if (isTranslatedMarkdown(fileName)) {
      markdownByBase.get(baseNameOf(translatedMarkdownBase(fileName)!))?.captions.push(fileName);
      continue;
    }
    if (isMarkdownFileName(fileName)) continue;
    const sibling = markdownByBase.get(baseNameOf(fileName));
    if (sibling !== undefined) sibling.captions.push(fileName);
    else groups.push({ fileName, slug: '', captions: [] });
  }
  groups.sort((a, b) => a.fileName.localeCompare(b.fileName, 'en'));
  const taken = new Set<string>();
  for (const group of groups) {
    const wanted = slugOf(group.fileName);
    let slug = wanted;
    for (let n = 2; taken.has(slug); n += 1) slug = `${wanted}-${n}`;
    taken.add(slug);
    group.slug = slug;
  }
  return groups;
}
