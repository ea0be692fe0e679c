/**
 * Types of the modules `build/talk-library-plugin.ts` generates from the content folder.
 * `virtual:talk-library` is small and loaded with the first page; the full manifest is its own chunk.
 */
declare module 'virtual:talk-library' {
  type LibraryEntry = import('./manifest.ts').LibraryEntry;
  type LibraryManifest = import('./manifest.ts').LibraryManifest;
  /** Number of talks in the content folder. */
  export const talkCount: number;
  /** The one talk, when the folder holds exactly one (so `/` opens it without loading the manifest). */
  export const soleTalk: LibraryEntry | null;
  /** Loads the manifest of every talk (a separate chunk). */
  export function loadManifest(): Promise<LibraryManifest>;
}
