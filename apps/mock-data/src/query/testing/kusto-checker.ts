import type { KqlSchema } from '../schema';

/* eslint-disable @typescript-eslint/no-explicit-any -- the Kusto bridge is untyped JavaScript (Bridge.NET output). */
let kusto: any;

/** Microsoft's Kusto.Language (compiled to JS), loaded once: it takes seconds. */
function language(): any {
  if (!kusto) {
    require('@kusto/language-service-next/bridge.js');
    require('@kusto/language-service-next/Kusto.Language.Bridge.js');
    kusto = (globalThis as any).Kusto.Language;
  }
  return kusto;
}

export interface KqlDiagnostic {
  readonly severity: string;
  readonly message: string;
  readonly start: number;
}

/** A Kusto analyser over a schema's tables with their column types (untyped columns are strings). */
export function kustoChecker(schema: KqlSchema): (query: string) => KqlDiagnostic[] {
  const K = language();
  const tables = Object.entries(schema.tables).map(([name, columns]) => {
    const typed = columns.map((c) => `['${c}']:${schema.types?.[name]?.[c] ?? 'string'}`).join(', ');
    return new K.Symbols.TableSymbol.$ctor7(name, `(${typed})`, null);
  });
  const database = new K.Symbols.DatabaseSymbol.$ctor2('mesh', null, tables);
  const globals = K.GlobalState.Default.WithDatabase(database);
  return (query: string) => {
    const diagnostics = K.KustoCode.ParseAndAnalyze(query, globals).GetDiagnostics();
    const out: KqlDiagnostic[] = [];
    for (let i = 0; i < diagnostics.Count; i += 1) {
      const d = diagnostics.getItem(i);
      if (String(d.Severity) === 'Error')
        out.push({ severity: String(d.Severity), message: String(d.Message), start: Number(d.Start) });
    }
    return out;
  };
}
