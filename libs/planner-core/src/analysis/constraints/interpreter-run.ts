/**
 * An interpreter with what it runs ("python -m pip", "node build.js", "java -jar tool.jar", "powershell -File
 * x.ps1"): the interpreter is the process, the module, script or archive after it a part of its command line.
 */
import type { ValueHit } from './value-hit';

/** Interpreters and runtimes that run a module, script or archive named after them. */
const INTERPRETER = String.raw`python(?:[23](?:\.\d{1,2})?)?|py|node|nodejs|deno|bun|java|javaw|ruby|perl|php|powershell|pwsh|bash|sh|zsh|cscript|wscript|osascript|dotnet`;
/** A switch that says what the interpreter runs: a module, an archive, a class path, a script file. */
const RUN_SWITCH = String.raw`-m|-jar|-cp|-classpath|-file|-f|run`;
/** Files an interpreter runs, by their extension. */
const SCRIPT_FILE = String.raw`(?:[A-Za-z]:)?[\w.\\/~-]{1,80}\.(?:py|pyw|pyz|js|mjs|cjs|ts|jar|ps1|psm1|rb|pl|php|sh|vbs|vbe|jse|wsf|dll)`;
/** The module, archive or class a run switch names ("http.server", "pip", "com.acme.Main", "tool.jar"). */
const RUN_TARGET = String.raw`(?:[A-Za-z]:)?[A-Za-z_~.\\/][\w.\\/~-]{0,80}`;

/** An interpreter, then a run switch and its target or a script file. */
export const INTERPRETER_RUN = new RegExp(
  String.raw`(?<![\w.\\/-])(${INTERPRETER})(?:\.exe)?\s+(?:((?:${RUN_SWITCH})\s+)(${RUN_TARGET})|(${SCRIPT_FILE}))(?![\w\\/-]|\.\w)`,
  'gi',
);

/** Words a run switch is followed by that name nothing run ("python -m on the servers" is no module). */
const NOT_A_TARGET =
  /^(?:on|in|at|by|from|for|to|of|with|via|and|or|the|any|all|a|an|that|was|were|is|are|last|past|since|this|today|yesterday)$/i;

/** Characters of a question read for interpreters. */
const MAX_TEXT = 1_000;

/** Whether a question names an interpreter at all (a cheap test before the scan). */
export const INTERPRETER_SAID = new RegExp(String.raw`(?<![\w.\\/-])(?:${INTERPRETER})(?:\.exe)?\s`, 'i');

/**
 * The hits for a match of {@link INTERPRETER_RUN}: the interpreter as the process, the module, script or archive
 * (with the switch before it in its span) as a part of the command line. Null when the switch names nothing.
 */
export function interpreterRunHits(m: RegExpExecArray): ValueHit[] | null {
  const target = (m[3] ?? m[4])!.replace(/[.]+$/, '');
  if (m.index >= MAX_TEXT || target.length < 2 || NOT_A_TARGET.test(target)) return null;
  const interpreter = m[1]!;
  const process: ValueHit = {
    kind: 'process',
    // "python3.11" runs as python.exe on Windows: the name without its version matches every build.
    value: interpreter.toLowerCase().replace(/[\d.]+$/, ''),
    start: m.index,
    end: m.index + interpreter.length,
    operator: 'contains',
  };
  const argument = m[0].length - (m[3] ?? m[4])!.length - (m[2]?.length ?? 0);
  const start = m.index + argument;
  const end = start + (m[2]?.length ?? 0) + target.length;
  return [process, { kind: 'command_line', value: target, start, end, operator: 'contains' }];
}
