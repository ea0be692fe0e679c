/** Type of the module `build/talk-library-plugin.ts` generates for the library's static search index. */
declare module 'virtual:talk-library/search-index' {
  /**
   * Address of the index folder, relative to the page (`search-index/<hash>/`); null where there is none
   * (the dev server, a one-talk site), and the page then searches the talk files themselves.
   */
  export const searchIndexUrl: string | null;
}
