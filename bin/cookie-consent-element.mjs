#!/usr/bin/env node
// cookie-consent-element check <url>: checks a site's cookies against its <cookie-consent> tables.
// See tools/check/cli.mjs; `--help` for the options.
/* global process, console */
import { main } from '../tools/check/cli.mjs';

main(process.argv.slice(2)).then(
  (status) => {
    process.exitCode = status;
  },
  (error) => {
    // Not the site's fault, nor the user's: say so, and do not exit 1 (which means "a violation").
    console.error('cookie-consent-element: the check failed unexpectedly:', error);
    process.exitCode = 2;
  },
);
