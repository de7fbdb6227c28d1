/**
 * check:spec's type-checks, in one worker thread for the whole run: each spec's project is a
 * new TypeScript program, but the files no spec changes (TypeScript's libs, @types/node, the
 * installed packages' declarations) are parsed and bound once and handed to every program. A
 * tsc process per spec spent about half its time on those.
 *
 * Messages: in, {id, project}; out, {id, report}, the report as `tsc -p project` prints it
 * (no colours, file names relative to the project's folder).
 */
import path from "node:path";
import { parentPort } from "node:worker_threads";
import ts from "typescript";

/** Source files outside the scratch copies, by name and the options that shape a parse. */
const shared = new Map();
const unchanging = (fileName) => fileName.includes("/node_modules/");

function typecheck(project) {
  const dir = path.dirname(project);
  const diagnostics = [];
  const config = ts.getParsedCommandLineOfConfigFile(
    project,
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (diagnostic) => diagnostics.push(diagnostic),
    },
  );
  if (!config) return format(diagnostics, dir);
  const host = ts.createCompilerHost(config.options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, languageVersion, onError, fresh) => {
    if (!unchanging(fileName)) return getSourceFile(fileName, languageVersion, onError, fresh);
    const key = `${fileName}\0${JSON.stringify(languageVersion)}`;
    let file = shared.get(key);
    if (!file) {
      file = getSourceFile(fileName, languageVersion, onError, fresh);
      if (file) shared.set(key, file);
    }
    return file;
  };
  const program = ts.createProgram({
    rootNames: config.fileNames,
    options: config.options,
    projectReferences: config.projectReferences,
    host,
    configFileParsingDiagnostics: config.errors,
  });
  return format([...config.errors, ...ts.getPreEmitDiagnostics(program)], dir);
}

function format(diagnostics, dir) {
  return ts
    .formatDiagnostics(diagnostics, {
      getCanonicalFileName: (fileName) => fileName,
      getCurrentDirectory: () => dir,
      getNewLine: () => "\n",
    })
    .trim();
}

parentPort.on("message", ({ id, project }) => {
  let report;
  try {
    report = typecheck(project);
  } catch (error) {
    report = `the type-check of ${project} failed: ${error?.stack ?? error}`;
  }
  parentPort.postMessage({ id, report });
});
