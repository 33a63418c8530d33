/**
 * The published surface of every element: an element is a folder in src/components/, and a test
 * fails when the folder ships without one of the ways users and tools find it (the manifest editors
 * and Storybook autodocs read, the npm entry and `exports`, `sideEffects` for bundlers, the CDN
 * bundle, `HTMLElementTagNameMap`). Reads dist/npm/custom-elements.json: `npm test` builds first.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import ts from 'typescript';

const pkgDir = new URL('../', import.meta.url);
const src = new URL('src/', pkgDir);
const read = (path: string) => readFileSync(new URL(path, pkgDir), 'utf8');

const pkg = JSON.parse(read('package.json')) as {
  customElements: string;
  exports: Record<string, unknown>;
  sideEffects: string[];
};

interface ManifestDeclaration {
  name: string;
  customElement?: boolean;
  tagName?: string;
}
const manifestPath = 'dist/npm/custom-elements.json';

const elements = readdirSync(new URL('components/', src), { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => ({ folder: e.name, tag: `loket-${e.name}` }));

function parse(path: string): ts.SourceFile {
  return ts.createSourceFile(path, read(path), ts.ScriptTarget.Latest, true);
}

function walk(node: ts.Node, visit: (node: ts.Node) => void): void {
  visit(node);
  node.forEachChild((child) => walk(child, visit));
}

const text = (node: ts.Node | undefined) => (node && ts.isStringLiteralLike(node) ? node.text : undefined);

/** Specifiers of the module's static imports and re-exports. */
function staticImports(file: ts.SourceFile): string[] {
  return file.statements.flatMap((s) =>
    (ts.isImportDeclaration(s) || ts.isExportDeclaration(s)) && s.moduleSpecifier ? [text(s.moduleSpecifier)!] : [],
  );
}

/** `'loket-x': () => import('./x.js')` entries of an autoload map, as tag → specifier. */
function lazyImports(file: ts.SourceFile): Map<string, string> {
  const map = new Map<string, string>();
  walk(file, (node) => {
    if (!ts.isPropertyAssignment(node)) return;
    const tag = text(node.name);
    walk(node.initializer, (inner) => {
      if (tag && ts.isCallExpression(inner) && inner.expression.kind === ts.SyntaxKind.ImportKeyword) {
        map.set(tag, text(inner.arguments[0])!);
      }
    });
  });
  return map;
}

/** What a define module does: `X.define('tag')` calls and its `HTMLElementTagNameMap` entries. */
function defineModule(file: ts.SourceFile): { defined: Map<string, string>; tagMap: Map<string, string> } {
  const defined = new Map<string, string>();
  const tagMap = new Map<string, string>();
  walk(file, (node) => {
    if (
      ts.isCallExpression(node) &&
      ts.isPropertyAccessExpression(node.expression) &&
      node.expression.name.text === 'define' &&
      text(node.arguments[0])
    ) {
      defined.set(text(node.arguments[0])!, node.expression.expression.getText());
    }
    if (ts.isInterfaceDeclaration(node) && node.name.text === 'HTMLElementTagNameMap') {
      for (const member of node.members) {
        if (ts.isPropertySignature(member) && text(member.name)) tagMap.set(text(member.name)!, member.type?.getText() ?? '');
      }
    }
  });
  return { defined, tagMap };
}

test('the elements are found: one folder per element in src/components/', () => {
  assert.ok(elements.length >= 4, `found ${elements.map((e) => e.folder).join(', ')}`);
});

test('package.json names the manifest the build writes', () => {
  assert.equal(pkg.customElements, manifestPath);
});

for (const { folder, tag } of elements) {
  test(`<${tag}> is published everywhere an element must be`, () => {
    const problems: string[] = [];
    const defineFile = `src/components/${folder}/${folder}.ts`;
    const componentFile = `src/components/${folder}/${folder}.component.ts`;
    const defineJs = `./components/${folder}/${folder}.js`;

    // The define module: the tag, defined once, with its class in HTMLElementTagNameMap.
    const { defined, tagMap } = defineModule(parse(defineFile));
    const className = defined.get(tag);
    if (!className) problems.push(`${defineFile} does not call <Class>.define('${tag}')`);
    if (!tagMap.has(tag)) problems.push(`${defineFile} does not add '${tag}' to HTMLElementTagNameMap`);
    else if (className && tagMap.get(tag) !== className)
      problems.push(`${defineFile}: HTMLElementTagNameMap['${tag}'] is ${tagMap.get(tag)}, the defined class is ${className}`);

    // custom-elements.json: editors and Storybook autodocs know the element by its tag.
    assert.ok(existsSync(new URL(manifestPath, pkgDir)), `${manifestPath} is missing: run npm run build first`);
    const manifest = JSON.parse(read(manifestPath)) as { modules: { path: string; declarations?: ManifestDeclaration[] }[] };
    const declaration = manifest.modules.find((m) => m.path === componentFile)?.declarations?.find((d) => d.name === className);
    if (!declaration) problems.push(`custom-elements.json has no declaration of ${className} in ${componentFile}`);
    else if (!declaration.customElement || declaration.tagName !== tag)
      problems.push(`custom-elements.json: ${className} has tagName ${declaration.tagName} (add @tagname ${tag} to its JSDoc)`);

    // The npm entry defines it and exports its class.
    if (!staticImports(parse('src/index.ts')).includes(defineJs))
      problems.push(`src/index.ts does not export from '${defineJs}'`);

    // `exports`: the define module and the side-effect-free class, both with their types.
    for (const module of [folder, `${folder}.component`]) {
      const expected = {
        types: `./dist/npm/components/${folder}/${module}.d.ts`,
        default: `./dist/npm/components/${folder}/${module}.js`,
      };
      const entry = pkg.exports[`./${module}.js`];
      if (!entry) problems.push(`package.json exports has no './${module}.js'`);
      else if (JSON.stringify(entry) !== JSON.stringify(expected))
        problems.push(`package.json exports['./${module}.js'] is ${JSON.stringify(entry)}, expected ${JSON.stringify(expected)}`);
      for (const file of Object.values(expected))
        if (!existsSync(new URL(file, pkgDir)))
          problems.push(`exports['./${module}.js'] points to ${file}, which the build did not write`);
    }

    // sideEffects: a bundler must not drop the define module of an `import '@loket/elements/x.js'`.
    for (const file of [`./dist/npm/components/${folder}/${folder}.js`, `./${defineFile}`])
      if (!pkg.sideEffects.includes(file)) problems.push(`package.json sideEffects does not list ${file}`);

    // The CDN bundle defines it: imported by embed.ts, or autoloaded when its tag appears.
    const embed = parse('src/embed.ts');
    const lazy = lazyImports(embed).get(tag);
    if (!staticImports(embed).includes(defineJs) && lazy !== defineJs)
      problems.push(
        `src/embed.ts neither imports '${defineJs}' nor autoloads '${tag}' from it${lazy ? ` (autoloads ${lazy})` : ''}`,
      );

    assert.deepEqual(problems, []);
  });
}
