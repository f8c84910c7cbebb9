// esbuild plugin: eld's n-gram database (`eld/src/ngrams/*.js`, a 1.6 MB object literal) is bundled as
// JSON.parse('...') of the same data. V8 reads JSON faster and stores it smaller than an object literal,
// so the first language identification in a fresh process (CLI, worker thread, language server)
// costs half the time and half the memory. The data itself is the library's, unchanged; the legal
// comment (kept by esbuild at the end of the bundle) names its author and licence.
import { pathToFileURL } from 'node:url';

export const eldJson = {
  name: 'eld-json',
  setup(build) {
    build.onLoad({ filter: /[\\/]eld[\\/]src[\\/]ngrams[\\/][\w.]+\.js$/ }, async (args) => {
      const { ngramsData } = await import(pathToFileURL(args.path).href);
      const notice = '/*! eld (Nito-ELD) language detector and n-gram data, Copyright 2023 Nito T.M., Apache License 2.0, https://www.apache.org/licenses/LICENSE-2.0 */';
      return { contents: `${notice}\nexport const ngramsData = JSON.parse(${JSON.stringify(JSON.stringify(ngramsData))});\n`, loader: 'js' };
    });
  },
};
