/** Types of build.mjs (plain JavaScript, so that it runs without a TypeScript loader). */
export declare const DIST: string;
export declare const CLI: string;
export declare function isStale(): boolean;
export declare function build(): Promise<void>;
