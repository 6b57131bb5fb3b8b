// Runs src/ modules in a separate Node.js process, for what one process cannot show about itself: a lock held by
// another live pid, two contenders racing, a SIGKILL. Node 20 cannot run TypeScript, so the child's entry file
// and every relative import it reaches are transpiled (types erased, nothing checked: tsc does that) into a
// temporary tree that mirrors the repository, with node_modules linked in.
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ts from "typescript";

const repoRoot = path.resolve(import.meta.dirname, "../..");
let outRoot: string | undefined;

const transpileTree = (relativeFile: string, out: string, done: Set<string>): void => {
  if (done.has(relativeFile)) return;
  done.add(relativeFile);
  const source = fs.readFileSync(path.join(repoRoot, relativeFile), "utf8");
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: {
      module: ts.ModuleKind.ESNext,
      target: ts.ScriptTarget.ES2022,
      verbatimModuleSyntax: true,
    },
    fileName: relativeFile,
  });
  const target = path.join(out, relativeFile.replace(/\.ts$/, ".js"));
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, outputText);
  for (const match of source.matchAll(/from\s+"(\.{1,2}\/[^"]+)\.js"/g)) {
    const imported = path.join(path.dirname(relativeFile), `${match[1] ?? ""}.ts`);
    transpileTree(imported, out, done);
  }
};

/** Transpiles `entry` (a path relative to the repository, e.g. "test/state/children/x.ts"); returns the .js file. */
export const compileChild = (entry: string): string => {
  if (outRoot === undefined) {
    outRoot = fs.mkdtempSync(path.join(os.tmpdir(), "bulkport-child-"));
    fs.writeFileSync(path.join(outRoot, "package.json"), JSON.stringify({ type: "module" }));
    fs.symlinkSync(path.join(repoRoot, "node_modules"), path.join(outRoot, "node_modules"), "dir");
  }
  transpileTree(entry, outRoot, new Set());
  return path.join(outRoot, entry.replace(/\.ts$/, ".js"));
};

/** For `afterAll`: removes the transpiled tree. */
export const removeCompiledChildren = (): void => {
  if (outRoot !== undefined) fs.rmSync(outRoot, { recursive: true, force: true });
  outRoot = undefined;
};

export interface ChildResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export const startChild = (
  entry: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv = {},
): ChildProcessWithoutNullStreams =>
  spawn(process.execPath, [compileChild(entry), ...args], { env: { ...process.env, ...env } });

/** Resolves when the child has exited, with everything it wrote. */
export const waitForExit = (child: ChildProcessWithoutNullStreams): Promise<ChildResult> =>
  new Promise((resolve, reject) => {
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr }));
  });

export const runChild = (
  entry: string,
  args: readonly string[],
  env?: NodeJS.ProcessEnv,
): Promise<ChildResult> => waitForExit(startChild(entry, args, env));

/** Resolves with the first line the child writes to stdout (children print one JSON line when ready). */
export const firstLine = (child: ChildProcessWithoutNullStreams): Promise<string> =>
  new Promise((resolve, reject) => {
    let buffered = "";
    const onData = (chunk: Buffer): void => {
      buffered += chunk.toString();
      const end = buffered.indexOf("\n");
      if (end >= 0) {
        child.stdout.off("data", onData);
        resolve(buffered.slice(0, end));
      }
    };
    child.stdout.on("data", onData);
    child.on("close", () => reject(new Error(`child exited before writing a line (stdout: ${buffered})`)));
  });

/** The pid of a process that has exited, so `kill(pid, 0)` fails with ESRCH. */
export const deadPid = async (): Promise<number> => {
  const child = spawn(process.execPath, ["-e", ""]);
  const pid = child.pid;
  await new Promise((resolve) => child.on("close", resolve));
  if (pid === undefined) throw new Error("could not spawn a child to get a dead pid");
  return pid;
};
