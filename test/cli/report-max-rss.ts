// Loaded with `node --import` by the input-limit tests: reports the peak memory of the command line on exit.
process.on('exit', () => process.stderr.write(`max-rss-kb ${process.resourceUsage().maxRSS}\n`));
