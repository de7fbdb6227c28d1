/**
 * Every public name of the published package has a doc comment, so that hovering it in an
 * editor says what it is: each export of the built entries (`.` and `./upload`), and each
 * property and method of the classes, interfaces and object types they export. Read from the
 * built `.d.ts` files with the TypeScript compiler, as an editor reads them.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const DIST = fileURLToPath(new URL("../dist/", import.meta.url));
const ENTRIES = ["index.d.ts", "upload.d.ts"].map((file) => path.join(DIST, file));

/** Whether a declaration is this package's own (not lib.dom's Error, not the types package's). */
const ours = (declaration: ts.Declaration) => declaration.getSourceFile().fileName.startsWith(DIST);

function undocumented(): string[] {
  const program = ts.createProgram(ENTRIES, {
    strict: true,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    noEmit: true,
  });
  const checker = program.getTypeChecker();
  const missing = new Set<string>();
  const seen = new Set<ts.Symbol>();
  const documented = (symbol: ts.Symbol) =>
    ts.displayPartsToString(symbol.getDocumentationComment(checker)).trim() !== "";

  const visit = (symbol: ts.Symbol, name: string) => {
    const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
    const declarations = (target.getDeclarations() ?? []).filter(ours);
    if (declarations.length === 0 || seen.has(target)) return;
    seen.add(target);
    if (!documented(target)) missing.add(name);
    // The members a reader hovers: of a class, an interface or an object type.
    const type =
      target.flags & ts.SymbolFlags.Class
        ? checker.getDeclaredTypeOfSymbol(target)
        : target.flags & (ts.SymbolFlags.Interface | ts.SymbolFlags.TypeAlias)
          ? checker.getDeclaredTypeOfSymbol(target)
          : undefined;
    if (!type) return;
    for (const member of checker.getPropertiesOfType(type)) {
      const own = (member.getDeclarations() ?? []).filter(ours);
      if (own.length === 0) continue;
      if (!documented(member)) missing.add(`${name}.${member.getName()}`);
    }
  };

  for (const entry of ENTRIES) {
    const module = checker.getSymbolAtLocation(program.getSourceFile(entry)!)!;
    for (const exported of checker.getExportsOfModule(module))
      visit(exported, `${path.basename(entry)}: ${exported.getName()}`);
  }
  return [...missing].sort();
}

describe("hover docs", () => {
  it("every export of the built entries, and every member of what they export, is documented", () => {
    expect(undocumented()).toEqual([]);
  });
});
