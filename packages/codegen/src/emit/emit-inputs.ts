/**
 * What an emitter may need besides the model: products of the run that more than one output
 * shares (the snippets are published by the snippets package and shown by the reference
 * site). An emitter declares them in `needs`; the pipeline makes each once per run and hands
 * them over, so that no emitter imports another or keeps state between runs.
 */
import type { ApiModel } from "../model/api-model.js";
import { type Snippet, snippetsOf } from "./snippets/write-snippets.js";

export interface EmitInputs {
  snippets: readonly Snippet[];
}

export type EmitInputName = keyof EmitInputs;

const MAKERS: { [K in EmitInputName]: (model: ApiModel) => EmitInputs[K] } = {
  snippets: snippetsOf,
};

/**
 * The inputs of one run, each made the first time an emitter that declared it asks. Reading
 * one the emitter did not declare is a codegen bug, said at once rather than found later as
 * an output that depends on something its cache key does not.
 */
export function runInputs(
  model: ApiModel,
): (emitter: { name: string; needs?: readonly EmitInputName[] }) => EmitInputs {
  const made: Partial<EmitInputs> = {};
  const make = <K extends EmitInputName>(name: K): EmitInputs[K] =>
    (made[name] ??= MAKERS[name](model));
  return (emitter) => {
    const declared = new Set(emitter.needs ?? []);
    const inputs = {} as EmitInputs;
    for (const name of Object.keys(MAKERS) as EmitInputName[])
      Object.defineProperty(inputs, name, {
        enumerable: true,
        get() {
          if (!declared.has(name))
            throw new Error(
              `codegen bug: emitter ${emitter.name} reads ${name} without declaring it in needs`,
            );
          return make(name);
        },
      });
    return inputs;
  };
}
