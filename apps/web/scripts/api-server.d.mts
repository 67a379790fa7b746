/** Starts the built API with fresh demo data on free ports; see api-server.mjs. */
export function startApiServer(): Promise<{ baseUrl: string; stop: () => Promise<void> }>;
