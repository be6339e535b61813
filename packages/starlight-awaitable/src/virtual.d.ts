declare module 'virtual:starlight-awaitable/lessons' {
  /** The lessons folder, root-relative ("/content/lessons"): the plugin's `lessons` option. */
  export const LESSONS_ROOT: string;
  /** Every .py, .ts and .out file under it, as text, keyed by root-relative path ("/content/lessons/x/run_order.py"). */
  export const lessonFiles: Record<string, string>;
}
