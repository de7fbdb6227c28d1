import { performance } from "node:perf_hooks";
import { runInputs } from "../emit/emit-inputs.js";
import { EMITTERS } from "../emit/emitters.js";
import type { Emitter, GeneratedFile } from "../emit/generated-file.js";
import type { ApiModel } from "../model/api-model.js";
import { buildModel } from "../model/build-model.js";
import { loadSpec, type LoadedSpec } from "../load/load-spec.js";
import { keepAcrossRuns, prunePersisted } from "../persisted.js";
import { releaseWorkingMemory } from "../cached.js";
import { emitWorkerRunning, startEmitWorker, stopEmitWorker } from "../emit/worker/in-worker.js";
import { formatFiles } from "./format-files.js";

export interface GenerateOptions {
  specPath: string;
  /** Output root: the repository (or a scratch copy of it). Paths in headers are relative to it. */
  root: string;
  emitters?: readonly Emitter[];
  /**
   * Keep the emit worker for the next generation (watch mode). Otherwise it stops once the
   * emitters are done: its heap (TypeScript, the types' syntax tree) need not sit beside
   * prettier's.
   */
  keepWorker?: boolean;
}

export interface GenerateResult {
  spec: LoadedSpec;
  model: ApiModel;
  /** Every generated file, formatted, paths relative to `root`. */
  files: GeneratedFile[];
  /** The folders the emitters own (stale files in them are removed). */
  ownedDirs: string[];
  /** Milliseconds per phase; `worker`: whether the emit worker ran tasks (see in-worker.ts). */
  timings: { load: number; model: number; emit: number; format: number; worker: boolean };
}

/** Spec → model → emitters → formatted files, all in memory. Throws on any bad input; writes nothing. */
export async function generate(options: GenerateOptions): Promise<GenerateResult> {
  const emitters = options.emitters ?? EMITTERS;
  let mark = performance.now();
  const lap = () => {
    const now = performance.now();
    const elapsed = now - mark;
    mark = now;
    return Math.round(elapsed);
  };
  // The emit worker loads its modules while the spec loads (a large spec's root file says so
  // now, a large spec of many small files once loaded).
  startEmitWorker([options.specPath]);
  keepAcrossRuns(true);
  const spec = await loadSpec(options.specPath, { displayRoot: options.root });
  startEmitWorker(spec.files);
  const load = lap();
  const model = buildModel(spec);
  const modelTime = lap();
  const inputsFor = runInputs(model);
  const emitted = (
    await Promise.all(
      emitters.map(async (emitter) => {
        const files = await emitter.emit(model, inputsFor(emitter));
        const stray = files.find((file) => !file.path.startsWith(`${emitter.outputDir}/`));
        if (stray)
          throw new Error(
            `codegen bug: emitter ${emitter.name} wrote ${stray.path} outside ${emitter.outputDir}`,
          );
        return files;
      }),
    )
  ).flat();
  prunePersisted();
  // Validators and the sampler's copies of the document are not needed to format: dropped
  // before prettier runs.
  releaseWorkingMemory(model);
  releaseWorkingMemory(model.document);
  const worker = emitWorkerRunning();
  if (!options.keepWorker) await stopEmitWorker();
  const emit = lap();
  const files = (await formatFiles(emitted)).sort((a, b) =>
    a.path < b.path ? -1 : a.path > b.path ? 1 : 0,
  );
  const format = lap();
  return {
    spec,
    model,
    files,
    ownedDirs: emitters.map((emitter) => emitter.outputDir),
    timings: { load, model: modelTime, emit, format, worker },
  };
}
