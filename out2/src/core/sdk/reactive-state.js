"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.REACTIVE_BOXES = void 0;
exports.REACTIVE_BOXES = [
    // Vue 3 (also re-exported by Nuxt's `#imports`); `shallowRef` holds the same array.
    { modules: ["vue", "#imports", "@vue/reactivity", "@vue/composition-api"], exports: ["ref", "shallowRef"], key: "value", autoImported: true },
];
//# sourceMappingURL=reactive-state.js.map