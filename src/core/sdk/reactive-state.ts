/**
 * UI frameworks' reactive boxes: `const messages = ref([])` keeps its array in `messages.value`, so a component's
 * conversation grows through `messages.value.push(...)` and is sent as `messages.value`. Data for the history
 * detector: the factory exports, the modules they come from, the key that holds the value, and whether the framework
 * makes the factory available without an import (Nuxt's auto-imports, `unplugin-auto-import`).
 */
export interface ReactiveBox {
  modules: readonly string[];
  exports: readonly string[];
  key: string;
  /** Used without an import too (the name is then not declared in the file). */
  autoImported: boolean;
}

export const REACTIVE_BOXES: readonly ReactiveBox[] = [
  // Vue 3 (also re-exported by Nuxt's `#imports`); `shallowRef` holds the same array.
  { modules: ["vue", "#imports", "@vue/reactivity", "@vue/composition-api"], exports: ["ref", "shallowRef"], key: "value", autoImported: true },
];
