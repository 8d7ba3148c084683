import type { DiagnosticInfo } from './diagnostic-info.types';

/** SCN080–SCN089: what the text itself holds, whatever field it is in. */
export const TEXT_DIAGNOSTICS: DiagnosticInfo[] = [
  {
    code: 'SCN080',
    name: 'invisible-character',
    title: 'Control or text-direction character',
    severity: 'warning',
    description:
      'Text holds a character that does not show but changes things: a control character (U+0000–U+001F other than tab and ' +
      'newline, U+007F–U+009F), a noncharacter (U+FFFE, U+FFFF), half of a broken emoji or symbol (a lone surrogate), or a ' +
      'text-direction override or isolate (U+202A–U+202E, U+2066–U+2069), which can make text display in another order than ' +
      'it is stored. They usually arrive by copy and paste and can break exported files. The left-to-right and right-to-left ' +
      'marks (U+200E, U+200F, U+061C) are allowed: they only help mixed-direction text, such as a name in Arabic script, sit right.',
    example: 'title: "Nobody \\u202Esnetsil"',
    fix: 'Retype the text, or delete the character at the position the message gives. For mixed-direction text use U+200E or U+200F.',
  },
];
