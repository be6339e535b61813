/** Loads Monaco once per page, on demand; concurrent callers share one import. */
type MonacoModule = typeof import('./monaco-setup.ts');

let loading: Promise<MonacoModule> | null = null;

export function loadMonaco(): Promise<MonacoModule> {
  loading ??= import('./monaco-setup.ts').catch((error: unknown) => {
    loading = null; // let a later interaction try again (e.g. after a network blip)
    throw error;
  });
  return loading;
}
