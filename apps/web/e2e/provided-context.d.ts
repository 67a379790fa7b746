// Values the global setup hands to the browser tests.
declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export {};
