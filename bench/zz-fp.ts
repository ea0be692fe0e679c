import { firstPageSize } from './first-page-size.ts';
const [dir, page, base] = process.argv.slice(2);
const size = firstPageSize(dir!, page!, { base: base ?? '/' });
console.log((size.total/1024).toFixed(1), 'KB');
for (const s of size.scripts) console.log('  ', s.file, (s.gzip/1024).toFixed(1));
