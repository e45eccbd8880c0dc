import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * Every way into the server that the authorization matrices cannot see goes through the guard:
 *
 * - every server action (a 'use server' module's exports, or a function marked 'use server')
 *   calls runAction or requireActor, directly or through a helper of its own module;
 * - every route handler under app/admin and app/api does the same, except the few that are
 *   public by design (listed below, with the reason);
 * - every admin page outside app/admin/(auth) calls requireStaff (or requireStaffFor).
 *
 * The domain functions then check the roles table themselves (see the *.db.test.ts matrices).
 * This is a static check of the source: adding an action, a route or a page that skips the
 * guard fails here, before any request is made.
 */

const ROOT = path.resolve(import.meta.dirname, '../..');
const APP = path.join(ROOT, 'app');

const ACTION_GUARDS = ['runAction', 'requireActor'];
const PAGE_GUARDS = ['requireStaff', 'requireStaffFor'];

/** Newsroom pages that show nothing to guard. */
const PAGES_WITHOUT_CONTENT: Record<string, string> = {
  'app/admin/(newsroom)/not-permitted/page.tsx': 'shows only the refusal proxy.ts answers 403 with',
  'app/admin/(newsroom)/missing/page.tsx': 'shows only the "Not found" proxy.ts answers 404 with',
};

/** Server actions open to people without a session. */
const PUBLIC_ACTIONS: Record<string, string> = {
  'app/admin/(auth)/actions.ts#signInAction': 'signing in: there is no actor yet (lib/auth/credentials.ts checks and throttles)',
  'app/admin/(auth)/actions.ts#signOutAction': 'only clears this browser’s session cookie',
  'app/admin/(auth)/actions.ts#acceptInvitationAction': 'authorised by the one-time link (lib/users/access-links.ts)',
  'app/admin/(auth)/actions.ts#resetPasswordAction': 'authorised by the one-time link (lib/users/access-links.ts)',
};

/** Route handlers (under app/admin and app/api) that are public or guarded another way. */
const PUBLIC_ROUTES: [RegExp, string][] = [
  [/^app\/api\/auth\//, 'Auth.js: signing in and out'],
  [/^app\/api\/health\//, 'health check for load balancers: no data'],
  [/^app\/api\/internal\//, 'the scheduler’s own hook, authorised by its shared secret'],
];

const HTTP_METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

function files(directory: string): string[] {
  return readdirSync(directory).flatMap((entry) => {
    const full = path.join(directory, entry);
    if (statSync(full).isDirectory()) return files(full);
    return /\.(ts|tsx)$/.test(entry) && !/\.test\.tsx?$/.test(entry) ? [full] : [];
  });
}

const relative = (file: string) => path.relative(ROOT, file).split(path.sep).join('/');

type FunctionLike = ts.FunctionDeclaration | ts.ArrowFunction | ts.FunctionExpression | ts.MethodDeclaration;

function hasUseServer(body: ts.Node | undefined): boolean {
  if (!body || !ts.isBlock(body)) return false;
  const first = body.statements[0];
  return Boolean(first && ts.isExpressionStatement(first) && ts.isStringLiteral(first.expression) && first.expression.text === 'use server');
}

function moduleUsesServer(source: ts.SourceFile): boolean {
  const first = source.statements[0];
  return Boolean(first && ts.isExpressionStatement(first) && ts.isStringLiteral(first.expression) && first.expression.text === 'use server');
}

/**
 * Names of functions called anywhere inside `node` (identifiers only: `runAction(…)`,
 * `helper(…)`), and of components it renders (`<Helper />`: a page that streams its content
 * behind Suspense renders an inner async component that does the work).
 */
function calledNames(node: ts.Node): Set<string> {
  const names = new Set<string>();
  const visit = (child: ts.Node) => {
    if (ts.isCallExpression(child) && ts.isIdentifier(child.expression)) names.add(child.expression.text);
    if ((ts.isJsxSelfClosingElement(child) || ts.isJsxOpeningElement(child)) && ts.isIdentifier(child.tagName)) names.add(child.tagName.text);
    ts.forEachChild(child, visit);
  };
  visit(node);
  return names;
}

interface ModuleFunctions {
  /** Top-level functions by name (declarations and `const name = (…) => …`). */
  functions: Map<string, FunctionLike>;
  /** Exported names and the local function each refers to. */
  exported: Map<string, FunctionLike>;
}

function moduleFunctions(source: ts.SourceFile): ModuleFunctions {
  const functions = new Map<string, FunctionLike>();
  const exported = new Map<string, FunctionLike>();
  const isExported = (node: ts.Node) => ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword);
  const aliases: [string, string][] = [];
  for (const statement of source.statements) {
    if (ts.isFunctionDeclaration(statement)) {
      if (statement.name) functions.set(statement.name.text, statement);
      const isDefault = (ts.getModifiers(statement) ?? []).some((modifier) => modifier.kind === ts.SyntaxKind.DefaultKeyword);
      if (isExported(statement)) exported.set(isDefault || !statement.name ? 'default' : statement.name.text, statement);
    } else if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        const init = declaration.initializer;
        if (ts.isIdentifier(declaration.name) && init && (ts.isArrowFunction(init) || ts.isFunctionExpression(init))) {
          functions.set(declaration.name.text, init);
          if (isExported(statement)) exported.set(declaration.name.text, init);
        }
      }
    } else if (ts.isExportDeclaration(statement) && statement.exportClause && ts.isNamedExports(statement.exportClause) && !statement.moduleSpecifier) {
      for (const element of statement.exportClause.elements) aliases.push([element.name.text, (element.propertyName ?? element.name).text]);
    }
  }
  for (const [name, local] of aliases) {
    const fn = functions.get(local);
    if (fn) exported.set(name, fn);
  }
  return { functions, exported };
}

/** Functions of the module that reach a guard, directly or through other functions of the module. */
function guardedFunctions(functionsOf: ModuleFunctions, guards: readonly string[]): Set<FunctionLike> {
  const guarded = new Set<FunctionLike>();
  const calls = new Map([...functionsOf.functions.values()].map((fn) => [fn, calledNames(fn)]));
  let changed = true;
  while (changed) {
    changed = false;
    for (const [fn, names] of calls) {
      if (guarded.has(fn)) continue;
      const reaches = [...names].some((name) => guards.includes(name) || (functionsOf.functions.has(name) && guarded.has(functionsOf.functions.get(name) as FunctionLike)));
      if (reaches) {
        guarded.add(fn);
        changed = true;
      }
    }
  }
  return guarded;
}

function parse(file: string): ts.SourceFile {
  return ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
}

/** Every server action in app/: [where, guarded?]. */
function serverActions(): { id: string; guarded: boolean }[] {
  const found: { id: string; guarded: boolean }[] = [];
  for (const file of files(APP)) {
    const source = parse(file);
    const functionsOf = moduleFunctions(source);
    const guarded = guardedFunctions(functionsOf, ACTION_GUARDS);
    if (moduleUsesServer(source)) {
      for (const [name, fn] of functionsOf.exported) found.push({ id: `${relative(file)}#${name}`, guarded: guarded.has(fn) });
    }
    // Inline actions: any function whose body starts with 'use server'.
    const visit = (node: ts.Node) => {
      if ((ts.isFunctionDeclaration(node) || ts.isArrowFunction(node) || ts.isFunctionExpression(node)) && hasUseServer(node.body)) {
        const names = calledNames(node);
        const reaches = [...names].some((name) => ACTION_GUARDS.includes(name) || (functionsOf.functions.has(name) && guarded.has(functionsOf.functions.get(name) as FunctionLike)));
        const name = ts.isFunctionDeclaration(node) && node.name ? node.name.text : `inline@${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
        found.push({ id: `${relative(file)}#${name}`, guarded: reaches });
      }
      ts.forEachChild(node, visit);
    };
    if (!moduleUsesServer(source)) visit(source);
  }
  return found;
}

function routeHandlers(): { id: string; guarded: boolean; publicReason?: string }[] {
  const found: { id: string; guarded: boolean; publicReason?: string }[] = [];
  for (const file of files(APP)) {
    const where = relative(file);
    if (!/\/route\.tsx?$/.test(where) || !/^app\/(admin|api)\//.test(where)) continue;
    const functionsOf = moduleFunctions(parse(file));
    const guarded = guardedFunctions(functionsOf, ACTION_GUARDS);
    const publicReason = PUBLIC_ROUTES.find(([pattern]) => pattern.test(where))?.[1];
    for (const [name, fn] of functionsOf.exported) {
      if (HTTP_METHODS.has(name)) found.push({ id: `${where}#${name}`, guarded: guarded.has(fn), publicReason });
    }
  }
  return found;
}

function adminPages(): { id: string; guarded: boolean }[] {
  return files(path.join(APP, 'admin'))
    .filter((file) => /\/page\.tsx?$/.test(relative(file)) && !relative(file).startsWith('app/admin/(auth)/'))
    .map((file) => {
      const functionsOf = moduleFunctions(parse(file));
      const guarded = guardedFunctions(functionsOf, PAGE_GUARDS);
      const page = functionsOf.exported.get('default');
      return { id: relative(file), guarded: Boolean(page && guarded.has(page)) };
    });
}

describe('every way into the server goes through the guard', () => {
  it('server actions call runAction or requireActor (or are public on purpose)', () => {
    const actions = serverActions();
    expect(actions.length).toBeGreaterThan(10);
    const unguarded = actions.filter((action) => !action.guarded && !(action.id in PUBLIC_ACTIONS)).map((action) => action.id);
    expect(unguarded, 'server actions that skip runAction/requireActor').toEqual([]);
    // The allow-list names real actions only: a renamed or removed one must leave it too.
    const ids = new Set(actions.map((action) => action.id));
    expect(Object.keys(PUBLIC_ACTIONS).filter((id) => !ids.has(id)), 'stale PUBLIC_ACTIONS entries').toEqual([]);
  });

  it('admin and API route handlers call runAction or requireActor, except the public ones', () => {
    const unguarded = routeHandlers()
      .filter((route) => !route.guarded && !route.publicReason)
      .map((route) => route.id);
    expect(unguarded, 'route handlers that skip runAction/requireActor').toEqual([]);
  });

  it('every newsroom page calls requireStaff', () => {
    const pages = adminPages();
    expect(pages.length).toBeGreaterThan(5);
    expect(pages.filter((page) => !page.guarded && !(page.id in PAGES_WITHOUT_CONTENT)).map((page) => page.id), 'admin pages that skip requireStaff').toEqual([]);
    const ids = new Set(pages.map((page) => page.id));
    expect(Object.keys(PAGES_WITHOUT_CONTENT).filter((id) => !ids.has(id)), 'stale PAGES_WITHOUT_CONTENT entries').toEqual([]);
  });
});

describe('the coverage check itself', () => {
  const check = (code: string, guards = ACTION_GUARDS) => {
    const source = ts.createSourceFile('x.tsx', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
    const functionsOf = moduleFunctions(source);
    const guarded = guardedFunctions(functionsOf, guards);
    return Object.fromEntries([...functionsOf.exported].map(([name, fn]) => [name, guarded.has(fn)]));
  };

  it('follows helpers of the same module and sees through export aliases', () => {
    expect(
      check(`'use server';
        async function wrapped(input) { return runAction(schema, input, work); }
        export async function viaHelper(input) { return wrapped(input); }
        export const arrow = async (input) => { const actor = await requireActor(); return actor; };
        export async function open(input) { return doSomething(input); }
        async function local() { return requireActor(); }
        export { local as renamed };`),
    ).toEqual({ viaHelper: true, arrow: true, open: false, renamed: true });
  });

  it('knows a page’s default export, and one that does not call requireStaff', () => {
    expect(check('export default async function Page() { const actor = await requireStaff(); return actor; }', PAGE_GUARDS)).toEqual({ default: true });
    expect(check('export default async function Page() { return listEverything(); }', PAGE_GUARDS)).toEqual({ default: false });
    expect(
      check('async function Content() { await requireStaff(); return null; } export default function Page() { return <Suspense><Content /></Suspense>; }', PAGE_GUARDS),
    ).toEqual({ default: true });
    expect(
      check('async function Content() { return listEverything(); } export default function Page() { return <Suspense><Content /></Suspense>; }', PAGE_GUARDS),
    ).toEqual({ default: false });
  });
});
