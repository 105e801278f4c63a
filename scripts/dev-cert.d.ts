export function httpsServer(load?: () => unknown): Promise<{ server: { type: 'https'; options?: unknown }; trusted: boolean; note: string | null }>;
