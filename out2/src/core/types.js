"use strict";
/** Plain data returned by the engine. Offsets are character offsets into the file text. */
Object.defineProperty(exports, "__esModule", { value: true });
//# sourceMappingURL=types.js.map