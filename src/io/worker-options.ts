/**
 * SourceOptions across a worker thread: compiled frameworks do not cross (they hold functions and
 * shared objects), so their definitions go and each worker compiles them again.
 */
import { compileFramework, type Framework } from '../core/framework.js';
import type { SourceOptions } from './evaluate.js';

export type WorkerSourceOptions = Omit<SourceOptions, 'framework' | 'frameworks' | 'lookup' | 'previousFiles'> & {
  frameworkDefinition?: Framework['definition'];
  registered?: Framework['definition'][];
};

/** The options a worker gets; `drop` names the caller's own fields that stay in this thread (functions, settings of the batch). */
export function toWorkerOptions<T extends SourceOptions>(options: T, drop: readonly (keyof T)[] = []): WorkerSourceOptions {
  const { framework, frameworks = [], lookup: _lookup, previousFiles: _previousFiles, ...rest } = options;
  for (const key of drop) delete (rest as Partial<T>)[key];
  return { ...rest, ...(frameworks.length > 0 ? { registered: frameworks.map((f) => f.definition) } : {}), ...(framework ? { frameworkDefinition: framework.definition } : {}) };
}

export function fromWorkerOptions(setup: WorkerSourceOptions): SourceOptions {
  const { frameworkDefinition, registered, ...rest } = setup;
  return {
    ...rest,
    ...(frameworkDefinition ? { framework: compileFramework(frameworkDefinition) } : {}),
    ...(registered ? { frameworks: registered.map((d) => compileFramework(d)) } : {}),
  };
}
