/** The help texts: `talkline --help` for all commands, `talkline help COMMAND` (or `COMMAND --help`) for one. */
import { ALIGN_OUTPUTS } from './align.ts';
import { CHECK_SHOWN_PER_FILE } from './check.ts';
import { EXPORT_FORMATS } from './convert.ts';

export const COMMANDS = ['dev', 'build', 'import', 'check', 'convert', 'align', 'help'] as const;
export type Command = (typeof COMMANDS)[number];

const COMMAND_HELP: Record<Command, string> = {
  dev: `talkline dev [PATH] [--port N] [--open] [--lang LANG]
  Shows the talks in the viewer, at http://localhost:5173/ (the next free port when it is taken).
  PATH is a talk file (.md, .vtt, .srt, .json) or a folder of talks; without one, content/ when the
  current folder has it, else the current folder. The pages and addresses are those of the built site.
  Save a talk file and the open page shows it in place, at the same moment of the video; a save that
  does not read as a talk is shown in the page (file, line, message) until the next good one.
  --port N               the port to try first (default 5173)
  --open                 open the page in the browser
  --lang LANG            the page's language before a reader's own applies: en (default) or ru
`,
  build: `talkline build [PATH] [--out DIR] [--base PATH] [--site-url URL] [--lang LANG] [--force] [--sourcemap]
  Builds the static site of the talks into DIR: a page for each talk and its embed, the home page
  (the library, or the talk when there is one), the search index, 404.html and, with --site-url,
  sitemap.xml. PATH is as for dev. Prints what it wrote, and each talk it could not read.
  -o, --out DIR          the site's folder (default dist). A folder Talkline did not build is refused;
                         one it built is replaced whole once the new site is ready
  --base PATH            the folder the site is served from (/blog/talks/), or a CDN's address;
                         without it every address is relative and the site works from any folder
  --site-url URL         the home page's full address, for canonical links and sitemap.xml
  --lang LANG            the language the pages are written in: en (default, or TALKLINE_LANG) or ru;
                         each reader's page then turns to the reader's language, if it speaks it
  --force                replace DIR even though Talkline did not build it
  --sourcemap            publish source maps beside the code
  Exit status: 0 built, 1 a talk could not be read or the site could not be written.
`,
  import: `talkline import FEED --out DIR [--limit N] [--since DATE] [--timeout SECONDS] [--force]
  Writes a talk file into DIR for each episode of a podcast's RSS feed that has a Podcasting 2.0
  transcript: front matter (title, date, media, duration, guid, season, episode, show), the description,
  the chapters as headings, the turns. FEED is an http(s):// address or a file. Run it again to add
  new episodes: a file edited here is kept, one still as written follows the feed. One line per
  episode (written, unchanged, kept, skipped, failed), then the counts.
  -o, --out DIR          the talks' folder; one holding other files is refused unless --force
  --limit N              only the N newest episodes
  --since DATE           only episodes published on DATE (YYYY-MM-DD) or later
  --timeout SECONDS      give up on a request after this long (default 30)
  --force                add the episodes to a folder that holds other files (none is replaced)
  Exit status: 0 done, 1 an episode failed (the others are still imported) or the feed could not be read.
`,
  check: `talkline check FILE... [--all]
  A summary line per file, then its diagnostics as FILE:LINE: warning|error: message.
  The first ${CHECK_SHOWN_PER_FILE} diagnostics of a file are shown, then a count of the rest.
  A file that cannot be read is named with the reason; the others are still checked.
  A markdown talk's translations beside it (talk.ru.vtt, talk.ru.md) are checked after it, each at its own lines.
  --all                  show every diagnostic
  Exit status: 0 when no file has an error, 1 otherwise.
`,
  convert: `talkline convert FILE --to FORMAT [-o OUT]
  Writes the talk as FORMAT: ${EXPORT_FORMATS.join(', ')}.
  --to FORMAT            the format to write
  -o, --out OUT          write to OUT instead of standard output (- is standard output)
`,
  align: `talkline align TALK CAPTIONS [--to FORMAT] [-o OUT]
talkline align TALK CAPTIONS --fix [--restore[=all]] [--retime] [-o OUT]
  Checks TALK against the recording's CAPTIONS, word by word.
  --to FORMAT            ${ALIGN_OUTPUTS.join(', ')} (default report; findings: the report as JSON)
  --fix                  write TALK back in its own format with the chosen fixes applied
  --restore              with --fix: put back what the transcript skipped that says something, in the
                         recording's words said once; repeats and fragments are left out and listed
  --restore=all          with --fix: put back every skipped passage, repeats and fragments too
  --retime               with --fix: rewrite the stamps to the recording's times
  --min-drift SECONDS    report a written stamp only when it is at least this far from the recording
  -o, --out OUT          write to OUT instead of standard output (- is standard output)
`,
  help: `talkline help [COMMAND]
  This text, or the help of one command.
`,
};

const GENERAL = `Usage: npx talkline <command> [options]

Commands:
  dev [PATH] [--port N] [--open]             show the talks in the viewer, updated as you save them
  build [PATH] [--out DIR] [--base PATH] [--site-url URL] [--lang LANG] [--force] [--sourcemap]
                                             build the static site of the talks (default into dist/)
  import FEED --out DIR [--limit N] [--since DATE]
                                             a podcast's feed into talk files, one per episode
  check FILE... [--all]                      summary and FILE:LINE diagnostics of each file
  convert FILE --to FORMAT [-o OUT]          the talk in another format (${EXPORT_FORMATS.join(', ')})
  align TALK CAPTIONS [--to FORMAT] [-o OUT] [--fix [--restore[=all]] [--retime]] [--min-drift SECONDS]
                                             check a talk against the recording's captions
  help [COMMAND]                             this text, or one command's

PATH is a talk file or a folder of talks (default content/, else the current folder).
FILE may be - for standard input. Talk files up to 64 MB are read.
-o OUT writes through symbolic links, keeps OUT's permissions and hard links, and replaces a regular
file only once the whole output is written; - is standard output.
Exit status: 0 done, 1 a file has errors or could not be read or written, 2 the command was not
understood, 130 or 143 interrupted (Ctrl-C, SIGTERM).
Run "talkline help COMMAND" for a command's options.
`;

export const isCommand = (name: string | undefined): name is Command => (COMMANDS as readonly (string | undefined)[]).includes(name);

export function usage(command?: Command): string {
  return command === undefined ? GENERAL : `Usage: ${COMMAND_HELP[command]}`;
}
