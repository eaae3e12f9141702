import { scan, type SpanSet, type ValueHit } from './value-hit';

/**
 * A registry value named by its name: "a value named Userinit", "the value called GlobalFlag", or a capitalised
 * name said right before "value(s)" ("Debugger values set under …", "the Shell registry value"). Not a value's
 * data ("Debugger value data"), nor an ordinary capitalised word opening the phrase ("Any values …").
 */
const VALUE_NAMED =
  /\b(?:registry\s+)?values?\s+(?:named|called)\s+["'`]?([A-Za-z][\w.-]{1,60}?)["'`]?(?=[\s,;:.?!)]|$)|(?<![\w\\.-])["'`]?([A-Z][A-Za-z0-9_.-]{1,60})["'`]?\s+(?:registry\s+)?values?\b(?!\s+(?:data|of)\b)/g;

/** Capitalised words that open a phrase or name the registry itself, never a value's name. */
const NOT_A_VALUE_NAME =
  /^(?:Any|All|Some|Which|What|The|New|Old|Registry|Reg|Key|Default|Those|These|Each|Every|Show|List|Find|Did|Were|Was|Are|Is)$/;

/** The hint that puts a value's name on the column of registry value names. */
const VALUE_NAME_HINT = 'RegistryValueName';

/**
 * The registry values a question names by their names ("any Debugger values set under Image File Execution
 * Options"): text on the column of value names. The caller reads them only in a question about the registry.
 */
export function readRegistryValueNames(text: string, taken: SpanSet): ValueHit[] {
  const hits: ValueHit[] = [];
  scan(
    text,
    VALUE_NAMED,
    taken,
    (m) => {
      const name = (m[1] ?? m[2])!;
      if (NOT_A_VALUE_NAME.test(name)) return null;
      const start = m.index + m[0].indexOf(name);
      return { kind: 'text', value: name, start, end: start + name.length, hint: VALUE_NAME_HINT };
    },
    hits,
  );
  return hits;
}
