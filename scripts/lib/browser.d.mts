export declare const SYSTEM_CHROMIUM: string;
export declare function findChromium(): { found: boolean; executablePath: string | undefined; kind: 'system' | 'playwright' };
export declare const CHROMIUM_ARGS: string[];
