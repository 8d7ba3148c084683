import type { DiagnosticInfo } from './diagnostic-info.types';

/** SCN001–SCN010: the file as a whole, before its fields are looked at. */
export const INPUT_DIAGNOSTICS: DiagnosticInfo[] = [
  {
    code: 'SCN001',
    name: 'empty-file',
    title: 'Empty file',
    severity: 'error',
    description: 'The file has no content, or only comments and blank lines.',
    example: '# nothing here yet',
    fix: 'Start from a template: npm run new-scenario -- <id>.',
  },
  {
    code: 'SCN002',
    name: 'file-too-large',
    title: 'File too large',
    severity: 'error',
    description: 'The file is larger than the 2 MB limit, so it is not read at all. A scenario of 1,000 decision points is about 800 KB.',
    example: '(a 10 MB log file saved as a .scenario.yaml)',
    fix: 'Split the conversation into several scenarios, or check that the right file was saved.',
  },
  {
    code: 'SCN003',
    name: 'binary-content',
    title: 'Not a text file',
    severity: 'error',
    description:
      'The file contains NUL bytes or bytes that are not valid UTF-8, so it is probably not text (a word-processor document, an image) or it was saved in another encoding.',
    example: '(a .docx file renamed to .scenario.yaml)',
    fix: 'Save the file as plain text in UTF-8 encoding.',
  },
  {
    code: 'SCN004',
    name: 'yaml-syntax',
    title: 'YAML syntax error',
    severity: 'error',
    description:
      'The text is not valid YAML: often a missing colon, a tab used for indentation, wrong indentation, or an unclosed quote or bracket.',
    example: 'title: "Nobody believes me\nsummary: ...',
    fix: 'Look at the line shown (and the one before it). Quote text that contains ": " or starts with a special character such as *, &, ! or @.',
  },
  {
    code: 'SCN005',
    name: 'too-complex',
    title: 'Document too complex',
    severity: 'error',
    description:
      'The document nests too deeply or expands, through YAML aliases (*name), to far more values than any scenario needs. Reading stops to keep the tools responsive.',
    example: 'a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n# … repeated',
    fix: 'Write the values out instead of using anchors and aliases.',
  },
  {
    code: 'SCN006',
    name: 'not-a-mapping',
    title: 'Top level is not a mapping',
    severity: 'error',
    description:
      'A scenario file is a mapping of fields (schemaVersion:, id:, title: …) at the top level, but this file holds a list or a single value.',
    example: '- id: opening-1\n  phase: opening',
    fix: 'Start the file with the scenario fields, each at the left margin: schemaVersion: 1, id: …, title: …',
  },
  {
    code: 'SCN007',
    name: 'not-a-scenario',
    title: 'Not a scenario file',
    severity: 'error',
    description:
      'The file is YAML but has none of the fields of a scenario (schemaVersion, nodes, start), so it is probably another kind of file.',
    example: 'services:\n  web:\n    image: nginx',
    fix: 'Keep only scenario files named <id>.scenario.yaml in scenarios/, or start from npm run new-scenario -- <id>.',
  },
  {
    code: 'SCN008',
    name: 'missing-schema-version',
    title: 'Missing schemaVersion',
    severity: 'error',
    description:
      'Every scenario states the format version it was written for, so future versions of Common Ground can upgrade it safely. The file is checked as version 1.',
    example: 'id: work-injury-claim\ntitle: Nobody believes me',
    fix: 'Add the line "schemaVersion: 1" at the top of the file.',
  },
  {
    code: 'SCN009',
    name: 'unsupported-schema-version',
    title: 'Unsupported schemaVersion',
    severity: 'error',
    description:
      'The schemaVersion is not a version this copy of Common Ground can read: it is newer than the tools, or not a whole number.',
    example: 'schemaVersion: 7',
    fix: 'Write "schemaVersion: 1", or update Common Ground if the file comes from a newer version.',
  },
  {
    code: 'SCN010',
    name: 'duplicate-key',
    title: 'Field given twice',
    severity: 'error',
    description: 'The same field appears twice in one mapping, so it is unclear which value counts.',
    example: 'title: Nobody believes me\ntitle: Whose side are you on?',
    fix: 'Delete one of the two lines (check the indentation: a field indented too little belongs to the outer mapping).',
  },
];
